// The open-data page (/du-lieu/, /en/data/): what files there are, how big,
// and what each column means, so a journalist or a commune clerk can use them.
#include "render/open_data.h"
#include "render/pages.h"
#include "render/pagination.h"
#include "render/ui_text.h"

namespace plansite {

namespace {

// "2,4 KB" / "2.4 KB", or bytes under one kilobyte.
std::string file_size(size_t bytes, const std::string& language) {
  if (bytes < 1024) return std::to_string(bytes) + " B";
  double kb = static_cast<double>(bytes) / 1024;
  return format_number(static_cast<double>(static_cast<long>(kb * 10 + 0.5)) / 10, language) + " KB";
}

size_t size_of(const PageContext& context, const std::string& path) {
  if (!context.open_data_sizes) return 0;
  auto found = context.open_data_sizes->find(path);
  return found == context.open_data_sizes->end() ? 0 : found->second;
}

// The files of one scope (the whole site, or one plan): a row per kind and format.
View::List file_rows(const PageContext& context, const Plan* plan) {
  View::List rows;
  for (const std::string kind : kDataKinds)
    for (const char* extension : {"csv", "json"}) {
      std::string path = data_file_path(kind, extension, plan);
      rows.push_back(View()
                         .set("name", path.substr(path.rfind('/') + 1))
                         .set("url", context.urls.data_file(path))
                         .set("format", extension == std::string("csv") ? "CSV (UTF-8)" : "JSON")
                         .set("size", file_size(size_of(context, path), context.language))
                         .set("holds", ui_text("data_kind_" + data_kind_key(kind), context.language)));
    }
  return rows;
}

}  // namespace

View data_view(const PageContext& context, Localizer& tr, size_t page) {
  const std::string& language = context.language;
  View v;
  // The plans' files a hundred plans to a page, as the plan index: one page
  // listing every plan's files was 9 MB at 5000 plans.
  View::List scopes;
  if (page == 1)
    scopes.push_back(View()
                         .set("title", ui_text("data_whole_site", language))
                         .set("id", "toan-bo")
                         .set("files", file_rows(context, nullptr)));
  const auto& plans = context.plans_newest_first;
  for (size_t i = (page - 1) * kPlansPerIndexPage; i < plans.size() && i < page * kPlansPerIndexPage; ++i)
    scopes.push_back(View()
                         .set("title", tr(plans[i]->title))
                         .set("id", plans[i]->id)
                         .set("plan_url", context.urls.plan(language, plans[i]->id))
                         .set("files", file_rows(context, plans[i])));
  v.set("scopes", std::move(scopes));
  v.set("first_page", page == 1);
  v.set("first_page_url", context.urls.data(language));
  add_pagination(v, page, plan_index_page_count(context.site.site),
                 [&](int n) { return context.urls.data(language, n); }, language);
  if (page > 1) return v;  // the feed, the columns and the snippet are on the first page

  View::List schemas;
  for (const std::string kind : kDataKinds) {
    View::List columns;
    for (const DataColumn& column : data_columns_of(kind))
      columns.push_back(View().set("name", column.name).set("meaning", language == "vi" ? column.vi : column.en));
    schemas.push_back(View()
                          .set("id", "cot-" + kind)
                          .set("title", ui_text("data_kind_" + data_kind_key(kind), language) + " (" + kind + ".csv, " +
                                            kind + ".json)")
                          .set("about", ui_text("data_about_" + data_kind_key(kind), language))
                          .set("columns", std::move(columns)));
  }
  v.set("schemas", std::move(schemas));
  v.set("feed_url", context.urls.has_host() ? context.urls.feed(language) : "");  // the first page only
  v.set("embed_url", context.urls.embed(language));
  v.set("embed_snippet", embed_snippet(context, tr));
  return v;
}

}  // namespace plansite
