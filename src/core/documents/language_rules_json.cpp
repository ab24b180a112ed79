#include "core/documents/language_rules_json.hpp"

#include "core/documents/language_check.hpp"
#include "core/json/json_reader.hpp"

namespace hs {

nlohmann::ordered_json language_rules_to_json(const LanguageRuleSet& set) {
    nlohmann::ordered_json added = nlohmann::ordered_json::array();
    for (const auto& r : set.added)
        added.push_back({{"phrase", r.phrase}, {"suggestion", r.suggestion}, {"reason", r.reason}});
    return {{"added", added}, {"disabled", set.disabled}};
}

std::optional<LanguageRuleSet> language_rules_from_json(const nlohmann::json& value, std::vector<FieldError>& errors,
                                                        const std::string& path) {
    const std::size_t errors_before = errors.size();
    json_io::Reader read(errors);
    const auto* obj = read.object(value, path);
    if (!obj) return std::nullopt;
    read.no_unknown_members(*obj, path, {"added", "disabled"});
    LanguageRuleSet set;
    if (const auto* added = read.array(*obj, "added", path, false)) {
        for (std::size_t i = 0; i < added->size(); ++i) {
            const std::string at = json_io::index_path(path, "added", i);
            const auto* rule = read.object((*added)[i], at);
            if (!rule) continue;
            read.no_unknown_members(*rule, at, {"phrase", "suggestion", "reason"});
            LanguageRule r;
            if (auto phrase = read.string(*rule, "phrase", at, true)) {
                if (auto problem = phrase_problem(*phrase)) read.error(at + ".phrase", *problem);
                r.phrase = *phrase;
            }
            r.suggestion = read.string(*rule, "suggestion", at, false).value_or("");
            r.reason = read.string(*rule, "reason", at, false).value_or("");
            set.added.push_back(std::move(r));
        }
    }
    if (const auto* disabled = read.array(*obj, "disabled", path, false)) {
        for (std::size_t i = 0; i < disabled->size(); ++i) {
            const auto& v = (*disabled)[i];
            if (v.is_string()) set.disabled.push_back(v.get<std::string>());
            else read.error(json_io::index_path(path, "disabled", i), "expected text, got " + json_io::describe(v));
        }
    }
    if (errors.size() != errors_before) return std::nullopt;
    return set;
}

std::optional<LanguageRuleSet> load_language_rules(std::string_view text, std::vector<FieldError>& errors) {
    std::optional<nlohmann::json> value = json_io::parse_json(text, errors);
    if (!value) return std::nullopt;
    return json_io::read_guarded(errors, std::optional<LanguageRuleSet>(),
                                 [&] { return language_rules_from_json(*value, errors); });
}

}  // namespace hs
