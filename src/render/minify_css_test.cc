#include "render/minify_css.h"

#include <doctest/doctest.h>

using namespace plansite;

TEST_CASE("minify_css drops comments and spare white space, and keeps what the rules mean") {
  CHECK(minify_css("/* why */\n.a {\n  color: red;\n  margin: 0 auto;\n}\n") == ".a{color:red;margin:0 auto}");
  CHECK(minify_css(".a > .b ,\n.c ~ .d { x: 1 }") == ".a>.b,.c~.d{x:1}");
  // A space before ':' is a descendant selector; spaces in calc() are required.
  CHECK(minify_css("nav :focus { width: calc(100% - 2rem); }") == "nav :focus{width:calc(100% - 2rem)}");
  CHECK(minify_css("@media (min-width: 40rem) and (max-width: 60rem) { .a { b: c } }") ==
        "@media (min-width:40rem) and (max-width:60rem){.a{b:c}}");
  // Strings are kept exactly, comment markers and spaces inside them too.
  CHECK(minify_css(".a::before { content: \" /* - */  \"; }") == ".a::before{content:\" /* - */  \"}");
  CHECK(minify_css("li::before{content:'\\'  x'}") == "li::before{content:'\\'  x'}");
  // A comment between two words still separates them.
  CHECK(minify_css("margin:0/**/auto") == "margin:0 auto");
  // Cut short: an unclosed comment or string ends the sheet, without reading past it.
  CHECK(minify_css(".a{b:c}/* open") == ".a{b:c}");
  CHECK(minify_css(".a{content:\"open") == ".a{content:\"open");
}
