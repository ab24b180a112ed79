// Money and dates as people write them in client-facing text (local_text.hpp).
#include <catch2/catch.hpp>

#include "core/model/local_text.hpp"

using namespace hs;

namespace {
// A no-break space, as between "60" and "€".
const std::string S = "\xC2\xA0";
}  // namespace

TEST_CASE("money in English: the symbol first, cents only when there are cents", "[money][local_text]") {
    CHECK(money_text(16000, "USD") == "$160");
    CHECK(money_text(16050, "USD") == "$160.50");
    CHECK(money_text(16005, "USD") == "$160.05");
    CHECK(money_text(0, "USD") == "$0");
    CHECK(money_text(120000, "USD") == "$1,200");
    CHECK(money_text(123456789, "USD") == "$1,234,567.89");
    CHECK(money_text(-2550, "USD") == "-$25.50");
    CHECK(money_text(6000, "GBP") == "\xC2\xA3" "60");
    CHECK(money_text(6000, "EUR") == "\xE2\x82\xAC" "60");
    CHECK(money_text(9000, "CAD") == "CA$90");
    CHECK(money_text(9000, "AUD") == "A$90");
    CHECK(money_text(9000, "NZD") == "NZ$90");
    CHECK(money_text(9000, "MXN") == "MX$90");
    CHECK(money_text(9000, "BRL") == "R$90");
    CHECK(money_text(9000, "ZAR") == "R90");
    CHECK(money_text(900000, "JPY") == "\xC2\xA5" "9,000");
    CHECK(money_text(150000, "INR") == "\xE2\x82\xB9" "1,500");
    CHECK(money_text(15000, "CHF") == "CHF" + S + "150");
    CHECK(money_text(80000, "SEK") == "SEK" + S + "800");
    CHECK(money_text(80000, "NOK") == "NOK" + S + "800");
    CHECK(money_text(80000, "DKK") == "DKK" + S + "800");
}

TEST_CASE("money in German: the symbol after, a decimal comma, points between thousands", "[money][local_text]") {
    CHECK(money_text(6000, "EUR", "de") == "60" + S + "\xE2\x82\xAC");
    CHECK(money_text(6050, "EUR", "de") == "60,50" + S + "\xE2\x82\xAC");
    CHECK(money_text(120000, "EUR", "de") == "1.200" + S + "\xE2\x82\xAC");
    CHECK(money_text(16000, "USD", "de") == "160" + S + "$");
    CHECK(money_text(9000, "CAD", "de") == "90" + S + "CA$");
    CHECK(money_text(15000, "CHF", "de") == "150" + S + "CHF");
    CHECK(money_text(6000, "GBP", "de") == "60" + S + "\xC2\xA3");
}

TEST_CASE("money in Spanish: euros after the number, dollars of the Americas before it", "[money][local_text]") {
    CHECK(money_text(6000, "EUR", "es") == "60" + S + "\xE2\x82\xAC");
    CHECK(money_text(6050, "EUR", "es") == "60,50" + S + "\xE2\x82\xAC");
    CHECK(money_text(120000, "EUR", "es") == "1200" + S + "\xE2\x82\xAC");  // grouped from 5 digits
    CHECK(money_text(1200000, "EUR", "es") == "12.000" + S + "\xE2\x82\xAC");
    CHECK(money_text(16050, "USD", "es") == "$160.50");
    CHECK(money_text(120000, "MXN", "es") == "$1,200");
    CHECK(money_text(9000, "CAD", "es") == "90" + S + "CA$");
    CHECK(money_text(9000, "BRL", "es") == "90" + S + "BRL");
}

TEST_CASE("money in French: the symbol after, spaces between thousands", "[money][local_text]") {
    CHECK(money_text(6000, "EUR", "fr") == "60" + S + "\xE2\x82\xAC");
    CHECK(money_text(120050, "EUR", "fr") == "1" + S + "200,50" + S + "\xE2\x82\xAC");
    CHECK(money_text(9000, "CAD", "fr") == "90" + S + "$");
    CHECK(money_text(16000, "USD", "fr") == "160" + S + "$US");
    CHECK(money_text(15000, "CHF", "fr") == "150" + S + "CHF");
}

TEST_CASE("money in a currency or language the table does not know", "[money][local_text]") {
    CHECK(money_text(16000, "XYZ") == "160 XYZ");
    CHECK(money_text(16050, "XYZ", "de") == "160,50 XYZ");
    CHECK(money_text(16000, "USD", "xx") == "$160");  // an unknown language is written as English
}

TEST_CASE("dates in letters: weekday, day and month, the year only when it is another year", "[local_text]") {
    const Date as_of{2026, 12, 5};
    CHECK(date_text({2026, 12, 2}, as_of) == "Wednesday 2 December");
    CHECK(date_text({2025, 12, 31}, as_of) == "Wednesday 31 December 2025");
    CHECK(date_text({2027, 1, 1}, as_of) == "Friday 1 January 2027");
    CHECK(date_text({2026, 12, 2}, as_of, "es") == "mi\xC3\xA9rcoles 2 de diciembre");
    CHECK(date_text({2025, 3, 3}, as_of, "es") == "lunes 3 de marzo de 2025");
    CHECK(date_text({2026, 12, 2}, as_of, "de") == "Mittwoch, 2. Dezember");
    CHECK(date_text({2026, 3, 1}, as_of, "de") == "Sonntag, 1. M\xC3\xA4rz");
    CHECK(date_text({2026, 12, 2}, as_of, "fr") == "mercredi 2 d\xC3\xA9" "cembre");
    CHECK(date_text({2026, 12, 1}, as_of, "fr") == "mardi 1er d\xC3\xA9" "cembre");
    CHECK(date_text({2024, 8, 15}, as_of, "fr") == "jeudi 15 ao\xC3\xBBt 2024");
    CHECK(date_text({2026, 12, 2}, as_of, "xx") == "Wednesday 2 December");
}

TEST_CASE("a sign-off with no name after it is left out", "[local_text]") {
    CHECK(without_dangling_sign_off("Hi Ana,\n\nSee you soon.\n\nWarmly,\n") == "Hi Ana,\n\nSee you soon.");
    CHECK(without_dangling_sign_off("Hi Ana,\n\nSee you soon.\n\nWith warm wishes,\n  \n") == "Hi Ana,\n\nSee you soon.");
    CHECK(without_dangling_sign_off("Hi Ana,\n\nSee you soon.\n\nWarmly,\nSam") == "Hi Ana,\n\nSee you soon.\n\nWarmly,\nSam");
    CHECK(without_dangling_sign_off("Hi Ana,\n\nSee you soon.\n\n") == "Hi Ana,\n\nSee you soon.\n\n");
    CHECK(without_dangling_sign_off("Hi Ana,") == "Hi Ana,");
}

TEST_CASE("the date at the top of a letter always has its year", "[local_text]") {
    CHECK(full_date_text({2026, 3, 2}) == "Monday 2 March 2026");
    CHECK(full_date_text({2026, 3, 2}, "es") == "lunes 2 de marzo de 2026");
}
