#include "render/pages.h"
#include "render/ui_text.h"

namespace plansite {

View not_found_view(const PageContext& context) {
  const std::string& language = context.language;
  View::List links;
  auto add = [&](const std::string& label, const std::string& url) {
    View link;
    link.set("label", ui_text(label, language));
    link.set("url", url);
    links.push_back(std::move(link));
  };
  // A server shows this page at any missing address, however deep, so every
  // link starts at the site's root.
  add("not_found_home", context.urls.home(language));
  add("not_found_plans", context.urls.plans(language));
  if (context.has_search) add("not_found_search", context.urls.search(language));
  View v;
  v.set("links", std::move(links));
  return v;
}

}  // namespace plansite
