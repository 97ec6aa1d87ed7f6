#include "render/mustache_template.h"

#include <doctest/doctest.h>

#include <iterator>
#include <random>
#include <utility>

namespace plansite {

namespace {

std::string render(const std::string& source, const View& view, const View* outer = nullptr) {
  std::optional<MustacheTemplate::Error> error;
  MustacheTemplate parsed = MustacheTemplate::parse(source, error);
  REQUIRE_FALSE(error);
  std::string out;
  parsed.render(view, outer, out);
  return out;
}

MustacheTemplate::Error error_of(const std::string& source) {
  std::optional<MustacheTemplate::Error> error;
  MustacheTemplate::parse(source, error);
  REQUIRE(error);
  return *error;
}

}  // namespace

TEST_CASE("mustache: variables are escaped, triple and & ones are not") {
  View view = View().set("x", "<a href='q'>&\"</a>");
  CHECK(render("{{x}}|{{{x}}}|{{&x}}|{{ x }}", view) ==
        "&lt;a href=&apos;q&apos;&gt;&amp;&quot;&lt;/a&gt;|<a href='q'>&\"</a>|<a href='q'>&\"</a>|"
        "&lt;a href=&apos;q&apos;&gt;&amp;&quot;&lt;/a&gt;");
  // Flags, lists, maps and missing names print nothing.
  CHECK(render("[{{b}}{{l}}{{m}}{{missing}}]", View().set("b", true).set("l", View::List{"a"}).set("m", View())) ==
        "[]");
}

TEST_CASE("mustache: sections show non-empty strings and lists, true and maps; inverted ones the rest") {
  View view = View()
                  .set("empty", "")
                  .set("text", "t")
                  .set("yes", true)
                  .set("no", false)
                  .set("none", View::List{})
                  .set("items", View::List{View().set("n", "1"), View().set("n", "2")})
                  .set("map", View().set("n", "m"));
  CHECK(render("{{#empty}}E{{/empty}}{{#text}}[{{.}}]{{/text}}{{#yes}}Y{{/yes}}{{#no}}N{{/no}}", view) == "[t]Y");
  CHECK(render("{{#none}}L{{/none}}{{#items}}<{{n}}>{{/items}}{{#map}}({{n}}){{/map}}", view) == "<1><2>(m)");
  CHECK(render("{{^empty}}e{{/empty}}{{^no}}n{{/no}}{{^none}}l{{/none}}{{^missing}}m{{/missing}}", view) == "enlm");
  CHECK(render("{{^text}}T{{/text}}{{^yes}}Y{{/yes}}{{^items}}I{{/items}}{{^map}}M{{/map}}", view) == "");
}

TEST_CASE("mustache: names are looked up from the innermost scope out, dotted names whole in one scope") {
  View outer = View().set("t", View().set("title", "shared")).set("x", "outer");
  View view = View()
                  .set("x", "page")
                  .set("a", View().set("b", View().set("c", "abc")))
                  .set("items", View::List{View().set("x", "item"), View().set("y", "other")})
                  .set("words", View::List{"one", "two"});
  CHECK(render("{{x}} {{t.title}} {{a.b.c}} {{a.b.missing}}.", view, &outer) == "page shared abc .");
  CHECK(render("{{#items}}{{x}};{{/items}}", view, &outer) == "item;page;");
  CHECK(render("{{#words}}{{.}},{{/words}}", view) == "one,two,");
  // "a.b" must resolve in one scope: an inner "a" without "b" does not stop the search outward.
  View inner_a = View().set("list", View::List{View().set("a", View())}).set("a", View().set("b", "outer b"));
  CHECK(render("{{#list}}{{a.b}}{{/list}}", inner_a) == "outer b");
}

TEST_CASE("mustache: a line holding a section tag and only spaces is left out, newline and all") {
  View view = View().set("items", View::List{"a", "b"}).set("yes", true).set("no", false);
  CHECK(render("<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n</ul>\n", view) ==
        "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n");
  CHECK(render("a\n  {{#yes}}\nshown\n  {{/yes}}\nb", view) == "a\nshown\nb");
  // A false section is skipped without marking its line: the line's spaces stay (as kainjow's 4.1 did).
  CHECK(render("a\n  {{#no}}\nhidden\n  {{/no}}\nb", view) == "a\n  \nb");
  // Text beside a section tag keeps the line; \r\n and \r end lines too.
  CHECK(render("x {{#yes}}y{{/yes}}\r\nz\r", view) == "x y\r\nz\r");
  // Comments and variables do not make a line removable.
  CHECK(render("  {{! note }}\n{{missing}}\n", view) == "  \n\n");
  // The last line, without a newline, follows the same rule.
  CHECK(render("a\n  {{#yes}}{{/yes}}  ", view) == "a\n");
}

TEST_CASE("mustache: delimiters can be changed, and comments print nothing") {
  View view = View().set("x", "1");
  CHECK(render("{{=<% %>=}}<% x %> {{x}} <%={{ }}=%>{{x}}{{! gone }}", view) == "1 {{x}} 1");
}

TEST_CASE("mustache: mistakes give their line and column") {
  auto unclosed_tag = error_of("ok\n  {{x");
  CHECK(unclosed_tag.line == 2);
  CHECK(unclosed_tag.column == 3);
  CHECK(unclosed_tag.message == "a tag is not closed (no '}}')");
  auto unclosed_section = error_of("a\n{{#plans}}\n");
  CHECK(unclosed_section.line == 2);
  CHECK(unclosed_section.column == 1);
  CHECK(unclosed_section.message == "section \"plans\" is not closed");
  auto crossed = error_of("{{#a}}{{#b}}{{/a}}{{/b}}");
  CHECK(crossed.column == 7);
  CHECK(crossed.message == "section \"b\" is not closed (\"a\" is closed instead)");
  CHECK(error_of("x{{/a}}").message == "section \"a\" is closed but was never opened");
  CHECK(error_of("{{=<%%>=}}").message == "a delimiter change must read {{=<open> <close>=}}");
  CHECK(error_of("{{{x}}").message == "a tag is not closed (no '}}}')");
}

TEST_CASE("mustache: sections nest at most 100 deep, so a theme cannot exhaust the stack") {
  auto nested = [](int depth) {
    std::string source;
    for (int i = 0; i < depth; ++i) source += "{{#a}}";
    for (int i = 0; i < depth; ++i) source += "{{/a}}";
    return source;
  };
  CHECK(render(nested(100), View().set("a", true)) == "");
  CHECK(error_of(nested(101)).message == "sections are nested more than 100 deep");
}

TEST_CASE("mustache: a borrowed view renders as the view it borrows, at any depth") {
  const View link = View().set("title", "Kế hoạch").set("url", "/ke-hoach/a/");
  const View rows = View::List{View().set("n", "1"), View().set("n", "2")};
  const View flag = true;
  const View empty_list = View::List{};
  View page = View()
                  .set("plan", View::borrow(link))
                  .set("rows", View::borrow(rows))
                  .set("shown", View::borrow(flag))
                  .set("none", View::borrow(empty_list))
                  .set("again", View::borrow(View::borrow(link)));  // a loan of a loan reads the original
  const std::string source =
      "{{plan.title}} {{plan.url}}|{{#rows}}{{n}}{{/rows}}|{{#shown}}yes{{/shown}}|{{^none}}none{{/none}}|"
      "{{#plan}}{{title}}{{/plan}}|{{again.url}}";
  CHECK(render(source, page) == "Kế hoạch /ke-hoach/a/|12|yes|none|Kế hoạch|/ke-hoach/a/");
  // Read through const access, as templates do; a loan cannot be changed.
  CHECK(std::as_const(page["plan"]).is_map());
  CHECK(std::as_const(page["rows"]).list().size() == 2);
  CHECK(std::as_const(page["shown"]).boolean());
}

namespace {

// Templates of lines, blank lines, spaces and sections on lines of their own
// or not, where leaving lines out matters.
std::string random_lines(std::mt19937& random, int depth) {
  static const char* const pieces[] = {"a", "text", " ", "  ", "\t", "\n", "\n", "  \n", "\r\n", "{{x}}", "{{{x}}}",
                                       "{{empty}}", "{{missing}}", "{{! note }}", "\n\n"};
  std::string out;
  for (unsigned n = random() % 7 + 1; n > 0; --n) {
    if (random() % 4 == 0 && depth < 3) {
      static const char* const names[] = {"flag", "off", "list", "empty", "missing"};
      std::string name = names[random() % std::size(names)];
      std::string kind = random() % 3 ? "#" : "^";
      std::string before = random() % 2 ? "\n" : (random() % 2 ? "  " : "");
      std::string after = random() % 2 ? "\n" : "";
      out += before + "{{" + kind + name + "}}" + after + random_lines(random, depth + 1) + before + "{{/" + name +
             "}}" + after;
    } else {
      out += pieces[random() % std::size(pieces)];
    }
  }
  return out;
}

}  // namespace

TEST_CASE("mustache: text joined across lines renders as the lines one by one") {
  std::mt19937 random(20261124);
  View view = View()
                  .set("flag", true)
                  .set("off", false)
                  .set("x", "<v>")
                  .set("empty", "")
                  .set("list", View::List{View().set("x", "1"), View().set("x", "2")});
  for (int round = 0; round < 20000; ++round) {
    std::string source = random_lines(random, 0);
    std::optional<MustacheTemplate::Error> error;
    MustacheTemplate joined = MustacheTemplate::parse(source, error);
    REQUIRE_FALSE(error);
    MustacheTemplate apart = MustacheTemplate::parse(source, error, false);
    std::string a, b;
    joined.render(view, nullptr, a);
    apart.render(view, nullptr, b);
    if (a != b) {
      INFO("template: " << source);
      CHECK(a == b);
      break;
    }
  }
}

}  // namespace plansite
