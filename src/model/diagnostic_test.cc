#include "model/diagnostic.h"

#include <doctest/doctest.h>

using namespace plansite;

TEST_CASE("diagnostics print like a compiler: sorted, source line, caret under the character") {
  Diagnostics d;
  d.add_source("a.yaml", "title: x\nlead: [phòng-vhxh]\n");
  d.error({"a.yaml", 2, 8}, "unknown agency 'phòng-vhxh'", "did you mean 'phong-van-hoa-xa-hoi'?");
  d.warning({"a.yaml", 1, 1}, "first");
  CHECK(d.format() ==
        "a.yaml:1:1: warning: first\n"
        "    title: x\n"
        "    ^\n"
        "a.yaml:2:8: error: unknown agency 'phòng-vhxh'\n"
        "    lead: [phòng-vhxh]\n"
        "           ^\n"
        "  hint: did you mean 'phong-van-hoa-xa-hoi'?\n");
  CHECK(d.error_count() == 1);
}

TEST_CASE("did-you-mean suggests only close words") {
  CHECK(did_you_mean("sybmol", {"symbol", "status"}) == "did you mean 'symbol'?");
  CHECK(did_you_mean("completely-different", {"symbol", "status"}) == "");
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("a long source line is quoted around the column, between ellipses") {
  Diagnostics d;
  d.add_source("a.yaml", std::string(3000, 'x') + "BAD" + std::string(3000, 'y'));
  d.error({"a.yaml", 1, 3001}, "bad");
  std::string shown = "…" + std::string(60, 'x') + "BAD" + std::string(57, 'y') + "…";
  CHECK(d.format() == "a.yaml:1:3001: error: bad\n    " + shown + "\n    " + std::string(61, ' ') + "^\n");
}

TEST_CASE("control characters in the quoted line and in messages are shown escaped") {
  Diagnostics d;
  d.add_source("a.yaml", "title: \"\x1b[2J\"\n");
  d.error({"a.yaml", 1, 12}, "unknown value '\x1b[2J\x07'", "not \x1b here");
  CHECK(d.format() ==
        "a.yaml:1:12: error: unknown value '\\x1b[2J\\x07'\n"
        "    title: \"\\x1b[2J\"\n"
        "                  ^\n"
        "  hint: not \\x1b here\n");
}

TEST_CASE("a huge quoted value is cut to a readable width") {
  Diagnostics d;
  d.error({"a.yaml", 1, 1}, "unknown agency '" + std::string(10'000'000, 'a') + "' in task", "did you mean '" +
          std::string(500, 'b') + "'?");
  std::string out = d.format();
  CHECK(out == "a.yaml:1:1: error: unknown agency '" + std::string(kMaxQuoteWidth - 1, 'a') + "…' in task\n" +
                   "  hint: did you mean '" + std::string(kMaxQuoteWidth - 1, 'b') + "…'?\n");
  // Unquoted, a long message is cut as a whole.
  Diagnostics whole;
  whole.error({"a.yaml", 1, 1}, std::string(5000, 'z'));
  CHECK(whole.format().size() < kMaxMessageWidth + 40);
}

TEST_CASE("past a file's limit, one message says so and the rest are counted, not kept") {
  Diagnostics d;
  std::string text;
  for (int i = 0; i < 150'000; ++i) text += "x: y\n";
  d.add_source("a.yaml", text);
  for (int i = 1; i <= 150'000; ++i) d.error({"a.yaml", i, 1}, "bad");
  d.warning({"b.yaml", 1, 1}, "other file");
  CHECK(d.error_count() == 150'000);
  REQUIRE(d.all().size() == kMaxDiagnosticsPerFile + 2);
  CHECK(d.all()[kMaxDiagnosticsPerFile].message == "too many problems in this file; the rest are not shown");
  CHECK(d.all()[kMaxDiagnosticsPerFile].position.line == kMaxDiagnosticsPerFile + 1);
  CHECK(d.format().find("a.yaml:100:1: error: bad\n    x: y\n    ^\n") != std::string::npos);
  // The limit holds across diagnostics merged from other threads.
  Diagnostics other;
  for (int i = 1; i <= 50; ++i) other.error({"a.yaml", i, 2}, "more");
  d.merge(std::move(other));
  CHECK(d.all().size() == kMaxDiagnosticsPerFile + 2);
  CHECK(d.error_count() == 150'050);
}
