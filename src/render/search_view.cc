// The search page (/tim-kiem/, /en/search/). The page itself is a plain GET
// form; themes/default/search.js reads the index and lists the results, with
// every string it shows taken from the page (data-* attributes), so all text
// stays in ui_text.cc and the script stays the same in every language.
#include "render/pages.h"
#include "render/ui_text.h"

namespace plansite {

namespace {

const char* const kKinds[] = {"plan", "task", "indicator", "program", "agency"};

// The strings search.js needs, as data-* attributes of the form.
View::List script_strings(const std::string& language) {
  View::List out;
  for (const char* kind : kKinds)
    out.push_back(View().set("name", std::string("kind-") + kind).set("text", ui_text(std::string("search_kind_") + kind, language)));
  for (const char* key : {"count", "first", "none", "error"})
    out.push_back(View().set("name", key).set("text", ui_text(std::string("search_") + key, language)));
  return out;
}

}  // namespace

View search_view(const PageContext& context, Localizer& tr) {
  const std::string& language = context.language;
  View v;
  v.set("heading", ui_text("search_heading", language));
  v.set("action", context.urls.search(language));
  v.set("index_url", context.search_index_url);
  // The index holds site-root URLs ("/ke-hoach/x/"), but pages link relative
  // to themselves (relative_links.h): data-root becomes the way up to the
  // site's root from this page ("../index.html"), while data-base-path, not a
  // link, keeps the prefix search.js strips from each result's URL.
  v.set("root_url", context.urls.url_of(""));
  v.set("strings", script_strings(language));
  // Without JavaScript the page still leads somewhere: the newest plans (as
  // many as the home page lists, so the page stays small on a large portal),
  // the plan index with the rest, and the agencies.
  v.set("plans_url", context.urls.plans(language));
  v.set("agencies_url", context.urls.agencies(language));
  View::List plans;
  for (size_t i = 0; i < context.plans_newest_first.size() && i < kHomePlanCount; ++i) {
    const Plan* plan = context.plans_newest_first[i];
    plans.push_back(View().set("title", tr(plan->title)).set("url", context.urls.plan(language, plan->id)));
  }
  v.set("plans", std::move(plans));
  return v;
}

}  // namespace plansite
