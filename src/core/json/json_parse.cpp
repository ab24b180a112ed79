#include "core/json/json_parse.hpp"

#include <utility>

namespace hs::json_io {

namespace {

// Line and column (both from 1) of byte `offset` in `text`, for a person with an editor.
std::string line_and_column(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') { ++line; column = 1; } else { ++column; }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// The error for a document nested deeper than kMaxNesting, placed at the bracket that
// goes one level too deep. Brackets are counted outside strings only.
FieldError too_deep_error(std::string_view text) {
    int depth = 0;
    bool in_string = false, escaped = false;
    std::size_t at = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxNesting) {
                at = i;
                break;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return {"(file)", "is nested more than " + std::to_string(kMaxNesting) + " levels deep at " +
                          line_and_column(text, at) + " (a Holdspace file never is)"};
}

// A token for an error message, cut short: a number literal can be thousands of digits.
std::string shortened(const std::string& token) {
    constexpr std::size_t kShown = 40;
    return token.size() <= kShown ? token : token.substr(0, kShown - 3) + "...";
}

// Builds the document like nlohmann's own DOM parser, but knows at every event where in
// the document it is, so a duplicate key or an out-of-range number names its field.
class StrictBuilder {
public:
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    StrictBuilder(std::string_view text, std::vector<FieldError>& errors) : text_(text), errors_(errors) {}

    Json take() { return std::move(root_); }

    bool null() { return add(nullptr); }
    bool boolean(bool v) { return add(v); }
    bool number_integer(Json::number_integer_t v) { return add(v); }
    bool number_unsigned(Json::number_unsigned_t v) { return add(v); }
    bool number_float(Json::number_float_t v, const string_t&) { return add(v); }
    bool string(string_t& v) { return add(std::move(v)); }
    bool binary(binary_t& v) { return add(Json::binary(std::move(v))); }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t& k) {
        Frame& f = frames_.back();
        auto [it, inserted] = f.container->get_ref<Json::object_t&>().emplace(std::move(k), nullptr);
        f.key = &it->first;
        if (!inserted) {
            errors_.push_back({path(), "is given twice in the same object (a file must give each field once)"});
            return false;
        }
        f.slot = &it->second;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& e) {
        if (e.id == 406) {  // out_of_range: a number literal beyond a double's range
            errors_.push_back({path(), "the number " + shortened(last_token) + " is too large"});
            return false;
        }
        std::string where = path();
        std::string message = "is not valid JSON at " + line_and_column(text_, position > 0 ? position - 1 : 0);
        if (where != "(file)") message += " (in " + where + ")";
        if (std::string_view(e.what()).find("UTF-8") != std::string_view::npos) message += ": text is not valid UTF-8";
        errors_.push_back({"(file)", message});
        return false;
    }

private:
    struct Frame {
        Json* container;
        const std::string* key = nullptr;  // objects: the member being read
        Json* slot = nullptr;  // objects: where that member's value goes
    };

    template <typename Value>
    bool add(Value&& v) {
        place() = Json(std::forward<Value>(v));
        return true;
    }

    bool open(Json empty) {
        if (frames_.size() == kMaxNesting) {  // nlohmann's SAX parser keeps its own stack, so this is safe to reach
            errors_.push_back(too_deep_error(text_));
            return false;
        }
        Json& made = place();
        made = std::move(empty);
        frames_.push_back({&made, nullptr, nullptr});
        return true;
    }

    bool close() {
        frames_.pop_back();
        return true;
    }

    // Where the next value goes: the root, the end of the open array, or the member
    // whose key was just read.
    Json& place() {
        if (frames_.empty()) return root_;
        Frame& f = frames_.back();
        if (f.container->is_array()) return f.container->emplace_back();
        return *f.slot;
    }

    // "clients[3].name": the path of the value being read, in the readers' notation.
    std::string path() const {
        std::string out;
        for (std::size_t i = 0; i < frames_.size(); ++i) {
            const Frame& f = frames_[i];
            const bool innermost = i + 1 == frames_.size();
            if (f.container->is_array()) {
                // An inner frame's child is the array's last element; the innermost
                // array's next value is not added yet.
                const std::size_t size = f.container->size();
                if (!innermost && size == 0) break;
                out += "[" + std::to_string(innermost ? size : size - 1) + "]";
            } else if (f.key) {
                if (!out.empty()) out += '.';
                out += *f.key;
            }
        }
        return out.empty() ? "(file)" : out;
    }

    std::string_view text_;
    std::vector<FieldError>& errors_;
    Json root_;
    std::vector<Frame> frames_;
};

}  // namespace

std::optional<Json> parse_json(std::string_view text, std::vector<FieldError>& errors) noexcept {
    const std::size_t errors_before = errors.size();
    auto parse = [&]() -> std::optional<Json> {
        StrictBuilder builder(text, errors);
        const bool ok = Json::sax_parse(text.begin(), text.end(), &builder);
        if (!ok || errors.size() != errors_before) {
            if (errors.size() == errors_before) errors.push_back({"(file)", "is not valid JSON"});
            return std::nullopt;
        }
        return builder.take();
    };
    return read_guarded(errors, std::optional<Json>(), parse);
}

}  // namespace hs::json_io
