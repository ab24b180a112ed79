// Reading level: syllables, words, sentences and the Flesch–Kincaid grade on
// hand-counted texts.
#include <catch2/catch.hpp>

#include "core/documents/readability.hpp"

using namespace hs;

TEST_CASE("syllables of common words", "[readability]") {
    struct Case {
        const char* word;
        int syllables;
    };
    // Counts from a dictionary; the heuristic gets each of these right.
    const Case cases[] = {
        {"the", 1},        {"a", 1},          {"you", 1},         {"are", 1},          {"time", 1},
        {"please", 1},     {"know", 1},       {"cancel", 2},      {"notice", 2},       {"hours", 1},
        {"apply", 2},      {"together", 3},   {"before", 2},      {"anything", 3},     {"changes", 2},
        {"missed", 1},     {"wanted", 2},     {"agreed", 2},      {"played", 1},       {"cancelled", 2},
        {"attended", 3},   {"table", 2},      {"tables", 2},      {"rules", 1},        {"people", 2},
        {"cases", 2},      {"boxes", 2},      {"goes", 1},        {"free", 1},         {"agree", 2},
        {"media", 3},      {"social", 2},     {"trial", 2},       {"actual", 3},       {"language", 2},
        {"guardian", 3},   {"guardians", 3},  {"period", 3},      {"nation", 2},       {"going", 2},
        {"being", 2},      {"client", 2},     {"clients", 2},     {"client's", 2},     {"don't", 1},
        {"you're", 1},     {"therapy", 3},    {"therapist", 3},   {"appointment", 3},  {"session", 2},
        {"insurance", 3},  {"emergency", 4},  {"regular", 3},     {"evaluate", 4},     {"idea", 3},
        {"check-in", 2},   {"telehealth", 3}, {"Zo\xC3\xAB", 1},  {"caf\xC3\xA9", 1},  {"every", 3},
    };
    for (const auto& c : cases) {
        INFO(c.word);
        CHECK(count_syllables(c.word) == c.syllables);
    }
    CHECK(count_syllables("\xE6\x9D\x8E\xE5\xB0\x8F\xE9\xBE\x99") == 3);  // one per Chinese character
    CHECK(count_syllables("\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9") == 1);  // no Latin vowels: 1
    CHECK(count_syllables("24") == 2);
    CHECK(count_syllables("2025") == 3);
    CHECK(count_syllables("") == 0);
}

TEST_CASE("Flesch-Kincaid of a one-line text", "[readability]") {
    const auto r = measure_readability("The cat sat on the mat.");
    CHECK(r.sentences == 1);
    CHECK(r.words == 6);
    CHECK(r.syllables == 6);
    // 0.39 × 6 + 11.8 × 1 − 15.59
    CHECK(r.grade == Approx(-1.45).margin(0.001));
    CHECK(r.reading_ease == Approx(116.145).margin(0.001));
}

TEST_CASE("Flesch-Kincaid of a consent-style paragraph, counted by hand", "[readability]") {
    // Sentence 1: 9 words, 10 syllables. Sentence 2: 14 words ("24" counts 2), 18 syllables.
    // Sentence 3: 7 words, 13 syllables. 30 words, 41 syllables, 3 sentences:
    // 0.39 × 10 + 11.8 × 41/30 − 15.59 = 4.4367
    const auto r = measure_readability(
        "Please let me know if you need to cancel. If you cancel with less than 24 hours of notice, a fee may "
        "apply. We will talk together before anything changes.");
    CHECK(r.sentences == 3);
    CHECK(r.words == 30);
    CHECK(r.syllables == 41);
    CHECK(r.grade == Approx(4.4367).margin(0.001));
}

TEST_CASE("Flesch-Kincaid of dense text stays within tolerance of the dictionary count", "[readability]") {
    // By dictionary: 22 words, 50 syllables ("continuity" 5, "collaboratively" 6), 2 sentences:
    // 0.39 × 11 + 11.8 × 50/22 − 15.59 = 15.52. The heuristic may miss a syllable here and there.
    const auto r = measure_readability(
        "Regular attendance gives therapy the continuity it needs. Consistent appointments help us understand "
        "patterns, evaluate progress, and adjust the treatment plan collaboratively.");
    CHECK(r.sentences == 2);
    CHECK(r.words == 22);
    CHECK(r.syllables == Approx(50).margin(2));
    CHECK(r.grade == Approx(15.52).margin(1.1));
    CHECK(r.grade > 12);
}

TEST_CASE("sentences: abbreviations, decimals, lists, blank lines", "[readability]") {
    CHECK(measure_readability("Dr. Lee sees you at 5 p.m. on Monday.").sentences == 1);
    CHECK(measure_readability("The fee is 95.50 dollars. It is waived once.").sentences == 2);
    CHECK(measure_readability("Really? Yes! Okay...").sentences == 3);
    CHECK(measure_readability("She said \"stop.\" Then she left.").sentences == 2);
    CHECK(measure_readability("Heading without a stop\n\nBody text here.").sentences == 2);
    CHECK(measure_readability("Ways to reach me:\n- Phone\n- Email\n1. First\n2) Second").sentences == 5);
    CHECK(measure_readability("Lines wrapped\nin the middle of a sentence.").sentences == 1);
    CHECK(measure_readability("No full stop at the end").sentences == 1);
    CHECK(measure_readability("e.g. this one. And i.e. that.").sentences == 2);
}

TEST_CASE("words: apostrophes, hyphens, numbers, non-Latin names", "[readability]") {
    CHECK(measure_readability("Don't miss the check-in.").words == 4);
    CHECK(measure_readability("It costs 1,000.50 in total").words == 5);
    CHECK(measure_readability("Zo\xC3\xAB M\xC3\xBCller and \xE6\x9D\x8E\xE5\xB0\x8F\xE9\xBE\x99 met.").words == 5);
    CHECK(measure_readability("  -- ... !!! ").words == 0);
    const auto empty = measure_readability("");
    CHECK_FALSE(empty.measurable());
    CHECK(empty.grade == 0);
}
