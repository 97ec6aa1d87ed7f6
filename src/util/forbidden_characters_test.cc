#include "util/forbidden_characters.h"

#include <doctest/doctest.h>

using namespace plansite;

TEST_CASE("forbidden characters: controls, C1, bidi overrides and the fallback marks, not tab or line breaks") {
  CHECK_FALSE(find_forbidden_character("Kế hoạch\tsố 12\r\nđã ký\n"));
  for (const std::string& text : {std::string("a\x1b[2Jb"), std::string("a\x07"), std::string("a\0b", 3),
                                  std::string("a\x7f"), std::string("a\xc2\x9b"), std::string("a\u202eb"),
                                  std::string("a\u2066b"), std::string("a\uE000b"), std::string("a\uE001b"),
                                  std::string("a\x08")}) {
    auto found = find_forbidden_character(text);
    REQUIRE(found);
    CHECK(found->offset == 1);
  }
  // Neighbours of the forbidden ranges are ordinary text.
  CHECK_FALSE(find_forbidden_character("\xc2\xa0 \u2029 \u202f \u2065 \u206a \uE002 \u00e2"));
  CHECK(find_forbidden_character("ab\u202e")->code_point == 0x202E);
  CHECK(find_forbidden_character("\xc2\x85")->code_point == 0x85);
  // Among Vietnamese letters, whose bytes are passed over at one lookup each.
  CHECK(find_forbidden_character("Kế hoạch \u2066x")->code_point == 0x2066);
  CHECK(find_forbidden_character("đã ký\x1b")->code_point == 0x1B);
  CHECK(find_forbidden_character("số \uE001")->code_point == 0xE001);
}

TEST_CASE("forbidden characters are named for messages, removed, and escaped for the terminal") {
  CHECK(describe_character(0x1B) == "U+001B (escape)");
  CHECK(describe_character(0x202E) == "U+202E (bidirectional override)");
  CHECK(describe_character(0xE000) == "U+E000 (private use, reserved by plansite)");
  size_t removed = 0;
  CHECK(remove_forbidden_characters("Xã\x1b[2J Phú\u202e Thịnh\uE000", removed) == "Xã[2J Phú Thịnh");
  CHECK(removed == 3);
  CHECK(escape_for_terminal("a\x1b[2J\tb\nc\u202e\xc2\x9b") == "a\\x1b[2J\\tb\\nc\\u202e\\x9b");
  CHECK(escape_for_terminal("a\tb", true) == "a\tb");
}
