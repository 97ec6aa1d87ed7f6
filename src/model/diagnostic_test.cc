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

TEST_CASE("a very long source line is not quoted") {
  Diagnostics d;
  d.add_source("a.yaml", std::string(5000, 'x'));
  d.error({"a.yaml", 1, 4000}, "bad");
  CHECK(d.format() == "a.yaml:1:4000: error: bad\n");
}

TEST_CASE("did-you-mean suggests only close words") {
  CHECK(did_you_mean("sybmol", {"symbol", "status"}) == "did you mean 'symbol'?");
  CHECK(did_you_mean("completely-different", {"symbol", "status"}) == "");
  CHECK(edit_distance("kitten", "sitting") == 3);
}
