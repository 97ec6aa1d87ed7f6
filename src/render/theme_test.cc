// The template adapter: escaping, dotted names, shared data, partials.
#include "render/theme.h"

#include <doctest/doctest.h>

#include "test_support.h"

using plansite::Diagnostics;
using plansite::Theme;
using plansite::View;
using plansite::testing::TempSite;

namespace {

// Renders `source` as a site's override of the built-in home.mustache.
std::string render(const std::string& source, View view, const View& shared = View(),
                   const std::map<std::string, std::string>& more = {}) {
  std::map<std::string, std::string> files = {{"home.mustache", source}};
  files.insert(more.begin(), more.end());
  TempSite theme_dir(files);
  Diagnostics diagnostics;
  Theme theme = Theme::load(theme_dir.root(), diagnostics);
  REQUIRE_FALSE(diagnostics.has_errors());
  auto shared_data = theme.share(shared);
  std::string out = theme.render("home.mustache", view, shared_data.get(), diagnostics);
  CHECK_FALSE(diagnostics.has_errors());
  return out;
}

}  // namespace

TEST_CASE("text is escaped for HTML, every special character, and triple braces are not") {
  View v;
  v.set("x", "<a href=\"u\">Tom & Jerry's</a>");
  CHECK(render("{{x}}|{{{x}}}", v) ==
        "&lt;a href=&quot;u&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;|<a href=\"u\">Tom & Jerry's</a>");
  CHECK(render("{{x}}", View().set("x", "plain text, no entities")) == "plain text, no entities");
}

TEST_CASE("dotted names reach into maps, and fall back to outer sections and the shared data") {
  View v;
  v.set("a", View().set("b", View().set("c", "deep")));
  v.set("items", View::List{View().set("name", "one"), View().set("name", "two").set("label", "own")});
  v.set("label", "outer");
  View shared;
  shared.set("t", View().set("hello", "Xin chào"));
  CHECK(render("{{a.b.c}} {{a.b.missing}}|{{#items}}{{name}}:{{label}}:{{t.hello}};{{/items}}", v, shared) ==
        "deep |one:outer:Xin chào;two:own:Xin chào;");
  // A page's own value wins over the shared one.
  CHECK(render("{{t.hello}}", View().set("t", View().set("hello", "page")), shared) == "page");
}

TEST_CASE("partials are inlined, nested ones too; an unknown partial renders nothing") {
  CHECK(render("[{{> outer}}][{{> nowhere}}]", View().set("x", "X"), View(),
               {{"outer.mustache", "<{{> inner}}>"}, {"inner.mustache", "{{x}}"}}) == "[<X>][]");
}
