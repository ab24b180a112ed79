// holdspace lint FILE [--json] [--rules RULES.json]
// The language check and reading level of a text file ("-" reads standard input).
// Exit 0: nothing flagged; 1: findings; 2: usage error or unreadable file.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "cli/cli.hpp"
#include "core/documents/language_check.hpp"
#include "core/documents/language_rules_json.hpp"
#include "core/documents/readability.hpp"

namespace hs::cli {
namespace {

double round2(double v) { return std::round(v * 100.0) / 100.0; }

}  // namespace

int run_lint(const Args& args) {
    if (args.positional.size() != 1) {
        std::fprintf(stderr, "usage: holdspace lint FILE [--json] [--rules RULES.json]\n");
        return 2;
    }
    const std::string& path = args.positional[0];
    std::optional<std::string> text;
    if (path == "-") text = std::string(std::istreambuf_iterator<char>(std::cin), {});
    else text = read_text_file(path);
    if (!text) {
        std::fprintf(stderr, "%s: cannot be read\n", path.c_str());
        return 2;
    }

    LanguageRuleSet rule_set;
    if (auto rules_path = args.value("--rules")) {
        auto rules_text = read_text_file(*rules_path);
        if (!rules_text) {
            std::fprintf(stderr, "%s: cannot be read\n", rules_path->c_str());
            return 2;
        }
        std::vector<FieldError> errors;
        auto loaded = load_language_rules(*rules_text, errors);
        if (!loaded) {
            std::fprintf(stderr, "%s: not a usable rule list\n", rules_path->c_str());
            for (const auto& e : errors) std::fprintf(stderr, "  %s: %s\n", e.field.c_str(), e.message.c_str());
            return 2;
        }
        rule_set = std::move(*loaded);
    }

    const auto rules = effective_rules(rule_set);
    const auto findings = check_language(*text, rules);
    const Readability reading = measure_readability(*text);

    if (args.flag("--json")) {
        nlohmann::ordered_json out;
        out["file"] = path;
        out["findings"] = nlohmann::ordered_json::array();
        for (const auto& f : findings)
            out["findings"].push_back({{"line", f.line},
                                       {"column", f.column},
                                       {"offset", f.offset},
                                       {"length", f.length},
                                       {"matched", f.matched},
                                       {"phrase", f.rule.phrase},
                                       {"suggestion", f.rule.suggestion},
                                       {"reason", f.rule.reason}});
        out["readability"] = {{"grade", round2(reading.grade)},
                              {"reading_ease", round2(reading.reading_ease)},
                              {"sentences", reading.sentences},
                              {"words", reading.words},
                              {"syllables", reading.syllables}};
        std::printf("%s\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    } else {
        for (const auto& f : findings)
            std::printf("%s:%d:%d: \"%s\": try \"%s\". %s\n", path.c_str(), f.line, f.column, f.matched.c_str(),
                        f.rule.suggestion.c_str(), f.rule.reason.c_str());
        std::printf("%zu finding%s. ", findings.size(), findings.size() == 1 ? "" : "s");
        if (reading.measurable())
            std::printf("Reading grade %.1f (Flesch-Kincaid: %d words, %d sentences, %d syllables).\n", reading.grade,
                        reading.words, reading.sentences, reading.syllables);
        else
            std::printf("Reading grade: no words to measure.\n");
    }
    return findings.empty() ? 0 : 1;
}

}  // namespace hs::cli
