// The model programs (mô hình điểm): a card per program on the index, and a
// page per program with its participants, places, activities and results.
#include "render/chart_view.h"
#include "render/pages.h"
#include "render/pagination.h"
#include "render/progress_view.h"
#include "render/ui_text.h"

namespace plansite {

size_t program_index_page_count(const SiteItems& items) {
  return page_count(items.programs.size(), kProgramsPerPage);
}

View program_index_view(const PageContext& context, Localizer& tr, size_t page) {
  const std::string& language = context.language;
  const PlanItems<Program>& programs = context.items.programs;
  View::List cards;
  size_t first = (page - 1) * kProgramsPerPage;
  for (size_t i = first; i < programs.size() && i < first + kProgramsPerPage; ++i) {
    const auto& [plan, program] = programs[i];
    cards.push_back(View()
                        .set("name", tr(program->name))
                        .set("url", context.urls.program(language, plan->id, program->id))
                        .set("plan", plan_link(*plan, context, tr))
                        .set("period", program->period ? format_year_span(*program->period) : std::string{})
                        .set("participants", tr(program->participants))
                        .set("responsible", agency_short_names(program->responsible, context.site, tr)));
  }
  View v;
  v.set("heading", ui_text("programs", language));
  v.set("summary", count_phrase(programs.size(), "count_programs", language));
  set_list(v, "cards", std::move(cards));
  add_pagination(v, page, program_index_page_count(context.items),
                 [&](int n) { return context.urls.programs(language, n); }, language);
  return v;
}

View program_view(const Plan& plan, const Program& program, const PageContext& context, Localizer& tr,
                  PageContent& page) {
  View v;
  v.set("index_url", context.urls.programs(context.language));
  v.set("plan", plan_link(plan, context, tr));
  v.set("name", tr(program.name));
  v.set("participants", tr(program.participants));
  set_list(v, "places", text_list(program.places, tr));
  v.set("period", program.period ? format_year_span(*program.period) : std::string{});
  set_list(v, "activities", text_list(program.activities, tr));
  set_list(v, "expected_results", text_list(program.expected_results, tr));
  set_list(v, "responsible", agency_links(program.responsible, context, tr));
  View::List links;
  for (const auto& l : program.links)
    links.push_back(View().set("url", l.url).set("label", l.label.empty() ? l.url : tr(l.label)));
  set_list(v, "links", std::move(links));
  View::List history = program_history(plan, program, context, tr, page);
  // The photos after the table, newest report first: the latest activity leads.
  View::List photos;
  for (auto row = history.rbegin(); row != history.rend(); ++row)
    for (const View& photo : (*row)["photos"].list()) photos.push_back(photo);
  set_list(v, "photos", std::move(photos));
  set_list(v, "history", std::move(history));
  if (auto chart = program_chart(plan, program, context)) v.set("chart", chart_view(*chart, context, page));
  return v;
}

}  // namespace plansite
