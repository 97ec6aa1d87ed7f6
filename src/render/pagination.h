#pragma once
// Internal to the render stage: long lists split into pages of a fixed size.
#include <functional>
#include <string>

#include "render/view.h"

namespace plansite {

/// How many pages `count` items fill at `per_page` each (at least one, which
/// may say the list is empty).
size_t page_count(size_t count, size_t per_page);

/// The pager of page `page` (from 1) of `pages`: `paged`, `page_label`,
/// `pages` (the first, the last and those near the current one, with a gap
/// marked between), `previous_url` and `next_url`; `url_of(n)` is page n's URL.
/// Rendered by the theme's pagination.mustache.
void add_pagination(View& view, size_t page, size_t pages, const std::function<std::string(int)>& url_of,
                    const std::string& language);

}  // namespace plansite
