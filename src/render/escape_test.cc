#include "render/escape.h"

#include <doctest/doctest.h>

#include <random>

namespace plansite {

namespace {

// The rule, one character at a time: what the fast escaper must match.
std::string escaped_slowly(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("escape_markup: the five characters, anywhere in the text") {
  CHECK(escape_markup("") == "");
  CHECK(escape_markup("Kế hoạch số 12/KH-UBND") == "Kế hoạch số 12/KH-UBND");
  CHECK(escape_markup("<a href=\"x\">Tom & Jerry's</a>") ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;");
  // Sixteen bytes are read at a time: a character at every place of a block and its edges.
  for (size_t length : {1u, 15u, 16u, 17u, 31u, 32u, 33u, 47u})
    for (size_t at = 0; at < length; ++at)
      for (char c : {'&', '<', '>', '"', '\''}) {
        std::string text(length, 'a');
        text[at] = c;
        CHECK(escape_markup(text) == escaped_slowly(text));
      }
}

TEST_CASE("append_escaped_markup: random text escapes as character by character") {
  std::mt19937 random(20261124);
  const std::string alphabet = "ab &<>\"'\xE1\xBA\xBF\n";
  for (int round = 0; round < 2000; ++round) {
    std::string text(random() % 80, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    std::string out = "kept:";
    append_escaped_markup(out, text);
    CHECK(out == "kept:" + escaped_slowly(text));
  }
}

}  // namespace plansite
