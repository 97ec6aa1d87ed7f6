#include "util/json.h"

#include <doctest/doctest.h>

#include <random>

namespace plansite {

namespace {

// The rule, one character at a time: what the fast writer must match.
std::string json_slowly(std::string_view text, JsonIn in) {
  static const char hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || (in == JsonIn::script && (c == '<' || c == '>' || c == '&')))
      out += std::string("\\u00") + hex[c >> 4] + hex[c & 15];
    else out += ch;
  }
  return out + "\"";
}

}  // namespace

TEST_CASE("json_string: quotes, backslashes and control characters escaped, the rest as it is") {
  CHECK(json_string("Kế hoạch \"số 1\"") == "\"Kế hoạch \\\"số 1\\\"\"");
  CHECK(json_string("a\\b\n\x01") == "\"a\\\\b\\n\\u0001\"");
  CHECK(json_string("</script>", JsonIn::script) == "\"\\u003c/script\\u003e\"");
  CHECK(json_string("</script>") == "\"</script>\"");
}

TEST_CASE("append_json_string: random text, as character by character, past every block edge") {
  std::mt19937 random(1124);
  const std::string alphabet = "ab \"\\<>&\n\t\x01\x1f\x7f\xE1\xBA\xBF";
  for (int round = 0; round < 3000; ++round) {
    std::string text(random() % 70, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    for (JsonIn in : {JsonIn::file, JsonIn::script}) {
      std::string out = "[";
      append_json_string(out, text, in);
      CHECK(out == "[" + json_slowly(text, in));
    }
  }
}

}  // namespace plansite
