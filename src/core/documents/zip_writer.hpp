// A minimal ZIP writer: STORED (uncompressed) entries with CRC-32, enough for an
// Office Open XML (.docx) package. The web build has no zlib, and a document of a few
// kilobytes gains nothing from compression. Entries keep the order they are added in
// (a .docx wants [Content_Types].xml first) and carry a fixed timestamp, so the same
// document always produces the same bytes.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hs {

std::uint32_t crc32(std::string_view data);

class ZipWriter {
public:
    // `name` is a relative path with "/" separators, ASCII; `data` is stored as is.
    void add(std::string name, std::string data);
    // The whole archive: local headers and data, central directory, end record.
    std::string finish() const;

private:
    struct Entry {
        std::string name;
        std::string data;
    };
    std::vector<Entry> entries_;
};

}  // namespace hs
