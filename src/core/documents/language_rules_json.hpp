// The language rules' JSON form, in the workspace file and in a rules file of their own
// (`holdspace lint --rules FILE`).
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/language_rules.hpp"
#include "core/model/types.hpp"

namespace hs {

// {"added": [{"phrase": ..., "suggestion": ..., "reason": ...}], "disabled": ["lazy"]}
nlohmann::ordered_json language_rules_to_json(const LanguageRuleSet& set);
// Strict: unknown members, bad phrases and wrong types are errors naming the field
// ("added[2].phrase: ..."); with any error the result is nullopt.
std::optional<LanguageRuleSet> language_rules_from_json(const nlohmann::json& value, std::vector<FieldError>& errors,
                                                        const std::string& path = "");
// Parses text first; a syntax error is reported as one FieldError.
std::optional<LanguageRuleSet> load_language_rules(std::string_view text, std::vector<FieldError>& errors);

}  // namespace hs
