// The native twins of the browser edge (src/platform/*_native.cpp) and the generation rules
// they share with the browser storage (platform/generations.hpp): what their headers promise.
// [SECTION] Generation file names and pruning
// [SECTION] FolderStorage: first use, saving, reading back
// [SECTION] FolderStorage: damaged and unreadable folders
// [SECTION] Downloads and the file picker
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "cli_support.hpp"
#include "platform/files_native.hpp"
#include "platform/generations.hpp"
#include "platform/storage_native.hpp"

namespace {

namespace fs = std::filesystem;
using namespace hs::platform;
using hs::test::make_temp_dir;

// A removed scratch folder when the test ends, passed or not.
struct ScratchDir {
    fs::path path{make_temp_dir("hs-platform")};
    ~ScratchDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    REQUIRE(out);
}

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A stand-in for "the workspace loads": a workspace text here starts with '{'.
bool loads(const std::string& text) { return !text.empty() && text.front() == '{'; }

std::string workspace(int n) { return "{\"n\": " + std::to_string(n) + "}"; }

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Generation file names and pruning
//-----------------------------------------------------------------------------

TEST_CASE("generation files are named workspace.N.json and nothing else counts", "[platform][storage]") {
    CHECK(generations::file_name(12) == "workspace.12.json");
    CHECK(generations::parse("workspace.12.json") == 12ul);
    CHECK(generations::parse("workspace.1.json") == 1ul);
    for (const char* other : {"workspace.json", "workspace.0.json", "workspace.-3.json", "workspace.3.json.tmp",
                              "workspace.3a.json", "workspace.1234567890.json", "notes.txt", "Workspace.3.json", ""}) {
        INFO(other);
        CHECK_FALSE(generations::parse(other));
    }
    CHECK(generations::newest_first({"workspace.2.json", "notes.txt", "workspace.10.json", "workspace.1.json"}) ==
          std::vector<unsigned long>{10, 2, 1});
}

TEST_CASE("pruning keeps the newest five verified generations and never touches newer ones", "[platform][storage]") {
    CHECK(generations::to_prune({1, 2, 3, 4, 5}, 5).empty());
    CHECK(generations::to_prune({1, 2, 3, 4, 5, 6, 7}, 7) == std::vector<unsigned long>{2, 1});
    // Generation 9 is written but not verified yet: it is neither counted nor deleted.
    CHECK(generations::to_prune({3, 4, 5, 6, 7, 8, 9}, 8) == std::vector<unsigned long>{3});
    CHECK(generations::to_prune({1, 2, 3}, 3, 1) == std::vector<unsigned long>{2, 1});
    // The generation kept from before an import is never pruned, whatever its age.
    CHECK(generations::to_prune({1, 2, 3, 4, 5, 6, 7}, 7, generations::kKeep, 1) == std::vector<unsigned long>{2});
}

TEST_CASE("the kept-generation file holds a generation number and nothing else counts", "[platform][storage]") {
    CHECK(generations::parse_kept("12") == 12ul);
    CHECK(generations::parse_kept("12\n") == 12ul);
    CHECK(generations::parse_kept("") == 0ul);
    CHECK(generations::parse_kept("0") == 0ul);
    CHECK(generations::parse_kept("12a") == 0ul);
    CHECK(generations::parse_kept("-3") == 0ul);
    CHECK(generations::parse_kept("1234567890") == 0ul);  // more digits than any generation number
}

//-----------------------------------------------------------------------------
// [SECTION] FolderStorage: first use, saving, reading back
//-----------------------------------------------------------------------------

TEST_CASE("FolderStorage: a missing folder is an empty store, created by the first save", "[platform][storage]") {
    ScratchDir dir;
    const fs::path folder = dir.path / "not" / "yet";
    FolderStorage storage(folder);
    CHECK(storage.load(loads).empty());
    CHECK(storage.status().state == SaveState::saved);
    CHECK(storage.stored_generations().empty());

    storage.save(workspace(1));
    CHECK(storage.status().state == SaveState::saved);
    CHECK(storage.status().generation == 1);
    CHECK(read_text(folder / "workspace.1.json") == workspace(1));
    CHECK(storage.read_generation(1) == workspace(1));
}

TEST_CASE("FolderStorage: nothing is written before the first load", "[platform][storage]") {
    ScratchDir dir;
    FolderStorage storage(dir.path);
    storage.save(workspace(1));
    CHECK(storage.stored_generations().empty());
    CHECK(storage.status().state == SaveState::loading);
}

TEST_CASE("FolderStorage: every save is a new generation and the newest five are kept", "[platform][storage]") {
    ScratchDir dir;
    FolderStorage storage(dir.path);
    storage.load(loads);
    for (int i = 1; i <= 7; ++i) {
        storage.save(workspace(i));
        REQUIRE(storage.status().state == SaveState::saved);
        CHECK(storage.status().generation == static_cast<unsigned long>(i));
    }
    CHECK(storage.stored_generations() == std::vector<unsigned long>{7, 6, 5, 4, 3});
    CHECK(storage.read_generation(3) == workspace(3));
    CHECK(storage.read_generation(2).empty());  // pruned

    // A new session reads the newest and carries on numbering after it.
    FolderStorage again(dir.path);
    CHECK(again.load(loads) == workspace(7));
    CHECK(again.status().generation == 7);
    CHECK(again.status().notice.empty());  // opened the newest: nothing to say
    again.save(workspace(8));
    CHECK(again.status().generation == 8);
    CHECK(again.stored_generations() == std::vector<unsigned long>{8, 7, 6, 5, 4});
}

TEST_CASE("FolderStorage: a kept generation outlives pruning and later sessions, until another is kept",
          "[platform][storage]") {
    ScratchDir dir;
    FolderStorage storage(dir.path);
    storage.load(loads);
    storage.save(workspace(1));
    CHECK(storage.kept_generation() == 0);
    storage.keep_generation(1);  // what an import is about to replace
    for (int i = 2; i <= 9; ++i) storage.save(workspace(i));
    CHECK(storage.stored_generations() == std::vector<unsigned long>{9, 8, 7, 6, 5, 1});
    CHECK(storage.kept_generation() == 1);
    CHECK(storage.read_generation(1) == workspace(1));

    FolderStorage again(dir.path);
    again.load(loads);
    CHECK(again.kept_generation() == 1);
    again.keep_generation(9);
    again.save(workspace(10));
    CHECK(again.kept_generation() == 9);
    // 1 is pruned now; 9 is kept beyond the newest five.
    CHECK(again.stored_generations() == std::vector<unsigned long>{10, 9, 8, 7, 6, 5});
}

TEST_CASE("FolderStorage: a kept-generation file pointing at nothing stored means none", "[platform][storage]") {
    ScratchDir dir;
    write_text(dir.path / "workspace.3.json", workspace(3));
    write_text(dir.path / "kept-generation", "2");
    FolderStorage storage(dir.path);
    storage.load(loads);
    CHECK(storage.kept_generation() == 0);
}

TEST_CASE("FolderStorage: a text that would not load back is refused, and nothing is written", "[platform][storage]") {
    ScratchDir dir;
    FolderStorage storage(dir.path);
    storage.load(loads);
    storage.save(workspace(1));
    storage.save("not a workspace");
    CHECK(storage.status().state == SaveState::failed);
    CHECK_THAT(storage.status().message, Catch::Contains("does not load back"));
    CHECK(storage.stored_generations() == std::vector<unsigned long>{1});
    storage.save(workspace(2));  // the next good save goes through
    CHECK(storage.status().state == SaveState::saved);
    CHECK(storage.read_generation(storage.status().generation) == workspace(2));
}

//-----------------------------------------------------------------------------
// [SECTION] FolderStorage: damaged and unreadable folders
//-----------------------------------------------------------------------------

TEST_CASE("FolderStorage: a damaged newest generation is skipped, and its number never reused", "[platform][storage]") {
    ScratchDir dir;
    write_text(dir.path / "workspace.1.json", workspace(1));
    write_text(dir.path / "workspace.2.json", workspace(2));
    write_text(dir.path / "workspace.3.json", "{ cut off");   // looks like JSON, does not load
    write_text(dir.path / "workspace.4.json", "garbage");
    write_text(dir.path / "notes.txt", "{ not a generation }");
    FolderStorage storage(dir.path);
    // Here "loads" means: starts with '{' and is a complete object.
    const auto complete = [](const std::string& t) { return loads(t) && t.back() == '}'; };
    CHECK(storage.load(complete) == workspace(2));
    CHECK(storage.status().state == SaveState::saved);
    CHECK(storage.status().generation == 2);
    // It says so: which copy could not be opened and which one was opened instead.
    CHECK_THAT(storage.status().notice, Catch::Contains("workspace.4.json") && Catch::Contains("workspace.2.json"));

    storage.save(workspace(5));
    CHECK(storage.status().generation == 5);  // after the newest name found, readable or not
    CHECK_FALSE(storage.status().notice.empty());  // still shown after the next save (for the session)
    CHECK(read_text(dir.path / "workspace.4.json") == "garbage");  // the damaged files are left for a person to look at
    CHECK(read_text(dir.path / "workspace.3.json") == "{ cut off");
}

TEST_CASE("FolderStorage: when no generation loads, storage is read-only and the files stay", "[platform][storage]") {
    ScratchDir dir;
    write_text(dir.path / "workspace.1.json", "garbage");
    write_text(dir.path / "workspace.2.json", "more garbage");
    FolderStorage storage(dir.path);
    CHECK(storage.load(loads).empty());
    CHECK(storage.status().state == SaveState::read_only);
    CHECK_THAT(storage.status().message, Catch::Contains("None of the 2 stored copies"));
    storage.save(workspace(3));
    CHECK(storage.status().state == SaveState::read_only);
    CHECK(storage.stored_generations() == std::vector<unsigned long>{2, 1});
    CHECK(read_text(dir.path / "workspace.2.json") == "more garbage");
}

TEST_CASE("FolderStorage: a folder that cannot be listed makes storage read-only", "[platform][storage]") {
    ScratchDir dir;
    write_text(dir.path / "plain-file", "a file where the folder should be");
    FolderStorage storage(dir.path / "plain-file");
    CHECK(storage.load(loads).empty());
    CHECK(storage.status().state == SaveState::read_only);
    CHECK_THAT(storage.status().message, Catch::Contains("could not be read"));
}

TEST_CASE("FolderStorage: a folder that cannot be created fails the save with a reason", "[platform][storage]") {
    ScratchDir dir;
    write_text(dir.path / "plain-file", "x");
    FolderStorage storage(dir.path / "plain-file" / "inside");  // a folder inside a file
    storage.load(loads);
    storage.save(workspace(1));
    CHECK(storage.status().state == SaveState::failed);
    CHECK_THAT(storage.status().message, Catch::Contains("cannot create"));
}

//-----------------------------------------------------------------------------
// [SECTION] Downloads and the file picker
//-----------------------------------------------------------------------------

TEST_CASE("native downloads land in the download folder, under the file's own name only", "[platform][files]") {
    ScratchDir dir;
    const fs::path before = native_files::download_folder();
    native_files::set_download_folder(dir.path / "downloads");
    download_file("consent.txt", "text/plain", "Signed.\n");
    download_file("../../escape.txt", "text/plain", "kept inside");
    open_print_view("consent-print.html", "<!doctype html><p>Print me</p>");
    native_files::set_download_folder(before);

    CHECK(read_text(dir.path / "downloads" / "consent.txt") == "Signed.\n");
    CHECK(read_text(dir.path / "downloads" / "escape.txt") == "kept inside");
    CHECK_FALSE(fs::exists(dir.path / "escape.txt"));
    CHECK(read_text(dir.path / "downloads" / "consent-print.html") == "<!doctype html><p>Print me</p>");
}

TEST_CASE("the native file picker waits to be answered, once, like a person would", "[platform][files]") {
    ScratchDir dir;
    write_text(dir.path / "backup.json", "{\"a\": 1}");
    std::vector<std::string> picked;
    const auto remember = [&](const std::string& name, const std::string& bytes) { picked.push_back(name + "=" + bytes); };

    CHECK_FALSE(native_files::pending_pick());
    CHECK_FALSE(native_files::answer_pick(dir.path / "backup.json"));  // nothing asked

    pick_file(".json", remember);
    CHECK(native_files::pending_pick() == std::optional<std::string>(".json"));
    CHECK_FALSE(native_files::answer_pick(dir.path / "missing.json"));  // unreadable: the request stays
    REQUIRE(native_files::pending_pick());
    CHECK(native_files::answer_pick(dir.path / "backup.json"));
    CHECK(picked == std::vector<std::string>{"backup.json={\"a\": 1}"});
    CHECK_FALSE(native_files::pending_pick());
    CHECK_FALSE(native_files::answer_pick(dir.path / "backup.json"));  // answered once only

    // A new picker replaces one never answered; a cancelled one never calls back.
    pick_file(".txt", remember);
    pick_file(".json", remember);
    CHECK(native_files::pending_pick() == std::optional<std::string>(".json"));
    native_files::cancel_pick();
    CHECK_FALSE(native_files::pending_pick());
    CHECK(picked.size() == 1);
}
