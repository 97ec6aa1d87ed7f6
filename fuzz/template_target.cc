#include <optional>
#include <string>
#include <string_view>

#include "render/mustache_links.h"
#include "render/mustache_template.h"
#include "render/relative_links.h"
#include "targets.h"

namespace plansite::fuzz {

namespace {

// A view with every kind of value, nested, under the names templates use most.
const View& sample_view() {
  static const View view = [] {
    View item = View().set("name", "<b>&</b>").set("url", "/ke-hoach/x/").set("done", true).set("html", "<a href=\"/y\">y</a>");
    View::List items = {item, View().set("name", "").set("done", false), View("text")};
    return View()
        .set("title", "Kế hoạch")
        .set("url", "/co-quan/")
        .set("html", "<p><a href=\"/a/\">a</a></p>")
        .set("plans", items)
        .set("empty", View::List{})
        .set("yes", true)
        .set("no", false)
        .set("blank", "")
        .set("t", View().set("home", "Trang chủ").set("nested", View().set("deep", "x")));
  }();
  return view;
}

}  // namespace

int template_target(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  std::optional<MustacheTemplate::Error> error;
  MustacheTemplate parsed = MustacheTemplate::parse(source, error);
  std::string out;
  parsed.render(sample_view(), &sample_view(), out);
  // A refused template renders nothing; an accepted one cannot grow without
  // bound from a small source (no partials here, no recursion through data).
  if (error && !out.empty()) __builtin_trap();
  // Links made relative as the template renders must be those of the pass
  // over the finished page (mustache_links.h), wherever the template puts them.
  std::string linked;
  PageLinks links{"/", "/ke-hoach/x/", {}};
  if (parsed.render(sample_view(), &sample_view(), linked, links) &&
      linked != relative_links(out, links.base_path, links.page_url))
    __builtin_trap();
  return 0;
}

}  // namespace plansite::fuzz
