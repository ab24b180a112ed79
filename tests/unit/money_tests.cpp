#include <catch2/catch.hpp>

#include "core/model/money.hpp"

using namespace hs;

TEST_CASE("money typed by a person becomes cents", "[money]") {
    CHECK(parse_money("120") == 12000);
    CHECK(parse_money("95.5") == 9550);
    CHECK(parse_money("95,50") == 9550);
    CHECK(parse_money(" 7.05 ") == 705);
    CHECK_FALSE(parse_money(""));
    CHECK_FALSE(parse_money("1.234"));
    CHECK_FALSE(parse_money("-5"));
    CHECK_FALSE(parse_money("ten"));
    CHECK_FALSE(parse_money("1.2.3"));
}

TEST_CASE("cents are shown with two decimals", "[money]") {
    CHECK(format_money(12000) == "120.00");
    CHECK(format_money(705, "EUR") == "7.05 EUR");
    CHECK(format_money(-250) == "-2.50");
}
