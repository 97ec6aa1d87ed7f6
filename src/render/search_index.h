#pragma once
// Internal to the render stage: the search index, every plan, task,
// indicator, program and agency of the site as one JSON file per language
// that themes/default/search.js reads in the browser.
#include <string>
#include <vector>

#include "render/pages.h"

namespace plansite {

/// One thing a reader can find.
struct SearchEntry {
  std::string kind;   ///< plan, task, indicator, program, agency
  std::string title;  ///< shown in the results, in the page's language where it has one
  /// The title is Vietnamese on another language's page (no translation yet),
  /// so the result is marked lang="vi" and screen readers switch voice.
  bool title_in_vi = false;
  /// fold_to_ascii of the title and of other text that should find it (the
  /// Vietnamese wording on an English page, a short name, a document number).
  std::string folded;
  std::string url;
};

/// Where a result leads: the one place to change when tasks, indicators,
/// programs and agencies get pages of their own. Today only plans have a page;
/// an item links to its row on its plan's page (`#<id>`; an agency `#agency-<id>`),
/// and an agency no plan names, to the plan index. `plan_id` is the item's plan
/// (for an agency, the newest plan that names it), or "".
std::string search_item_url(const Urls& urls, const std::string& language, const std::string& kind,
                            const std::string& id, const std::string& plan_id);

/// Every plan (newest first), each followed by its tasks, indicators and
/// programs, then every agency, for the page of `context.language`.
std::vector<SearchEntry> search_entries(const PageContext& context);

/// The entries as the JSON array search.js reads:
/// [{"k":kind,"t":title,"f":folded,"u":url[,"l":"vi"]}, …].
std::string search_index_json(const std::vector<SearchEntry>& entries);

}  // namespace plansite
