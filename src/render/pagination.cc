#include "render/pagination.h"

#include <algorithm>

#include "render/ui_text.h"

namespace plansite {

size_t page_count(size_t count, size_t per_page) { return std::max<size_t>(1, (count + per_page - 1) / per_page); }

void add_pagination(View& view, size_t page, size_t pages, const std::function<std::string(int)>& url_of,
                    const std::string& language) {
  view.set("paged", pages > 1);
  if (pages <= 1) return;
  view.set("page_label", ui_text("page", language) + " " + std::to_string(page) + "/" + std::to_string(pages));
  // A list of hundreds of pages links its ends and its neighbourhood, not every page.
  View::List links;
  size_t last_shown = 0;
  for (size_t n = 1; n <= pages; ++n) {
    bool near = n + 2 >= page && n <= page + 2;
    if (n != 1 && n != pages && !near) continue;
    if (last_shown != 0 && n > last_shown + 1) links.push_back(View().set("gap", true));
    links.push_back(View()
                        .set("number", std::to_string(n))
                        .set("url", url_of(static_cast<int>(n)))
                        .set("current", n == page));
    last_shown = n;
  }
  view.set("pages", std::move(links));
  view.set("has_previous", page > 1);
  view.set("previous_url", page > 1 ? url_of(static_cast<int>(page - 1)) : std::string{});
  view.set("has_next", page < pages);
  view.set("next_url", page < pages ? url_of(static_cast<int>(page + 1)) : std::string{});
}

}  // namespace plansite
