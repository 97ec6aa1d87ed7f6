// The agencies: an index of every cơ quan, đơn vị in Vietnamese alphabetical
// order, and a page per agency with what it must do across every plan.
#include <algorithm>

#include "render/agency_records.h"
#include "render/pages.h"
#include "render/progress_view.h"
#include "render/ui_text.h"
#include "util/unicode.h"

namespace plansite {

namespace {

// An agency on a large portal may lead thousands of tasks across hundreds of
// plans: each list on its page shows those of the newest plans, so the page
// (and a build's time per page) stays bounded, and says how many more there are.
constexpr size_t kAgencyListLimit = 100;

template <typename T>
std::vector<T> newest(const std::vector<T>& items) {
  return std::vector<T>(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(std::min(items.size(), kAgencyListLimit)));
}

// "và 12 mục khác trong các kế hoạch cũ hơn" when a list was cut; "" otherwise.
std::string more_line(size_t total, const std::string& language) {
  if (total <= kAgencyListLimit) return {};
  return ui_text("more_before", language) + std::to_string(total - kAgencyListLimit) + ui_text("more_after", language);
}

// The short form, when it says something the name does not.
std::string short_name(const Agency& agency, Localizer& tr) {
  std::string name = tr(agency.name);
  std::string short_form = tr(agency.short_name);
  return short_form == name ? std::string{} : short_form;
}

View::List indicator_rows(const AgencyRecord& record, const PageContext& context, Localizer& tr) {
  View::List out;
  for (const auto& [plan, indicator] : newest(record.indicators))
    out.push_back(View()
                      .set("statement", tr(indicator->statement))
                      .set("url", context.urls.indicator(context.language, plan->id, indicator->id))
                      .set("plan", plan_link(*plan, context, tr)));
  return out;
}

View::List duty_rows(const AgencyRecord& record, const PageContext& context, Localizer& tr) {
  View::List out;
  for (const auto& [plan, duty] : newest(record.duties)) {
    View::List items;
    for (const auto& text : duty->duties) items.push_back(View().set("text", tr(text)));
    out.push_back(View()
                      .set("label", tr(duty->label))
                      .set("duties", std::move(items))
                      .set("plan", plan_link(*plan, context, tr)));
  }
  return out;
}

View::List program_rows(const AgencyRecord& record, const PageContext& context, Localizer& tr) {
  View::List out;
  for (const auto& [plan, program] : newest(record.programs))
    out.push_back(View()
                      .set("name", tr(program->name))
                      .set("url", context.urls.program(context.language, plan->id, program->id))
                      .set("plan", plan_link(*plan, context, tr)));
  return out;
}

// "3 nhiệm vụ chủ trì · 1 nhiệm vụ thực hiện · 5 nhiệm vụ phối hợp"; "" when the agency has nothing to do.
std::string task_counts(const AgencyRecord& record, const std::string& language) {
  return count_line({{record.leads.size(), "count_tasks_led"},
                     {record.implements.size(), "count_tasks_implemented"},
                     {record.coordinates.size(), "count_tasks_coordinated"},
                     {record.indicators.size(), "count_indicators"}},
                    language);
}

}  // namespace

std::vector<const Agency*> agencies_in_order(const Site& site, const std::string& language) {
  std::vector<std::pair<std::string, const Agency*>> keyed;
  for (const auto& agency : site.agencies) keyed.emplace_back(vietnamese_sort_key(agency.name.in(language)), &agency);
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second->id < b.second->id;
  });
  std::vector<const Agency*> out;
  for (const auto& [key, agency] : keyed) out.push_back(agency);
  return out;
}

View agency_index_view(const PageContext& context, Localizer& tr) {
  View::List items;
  for (const Agency* agency : context.agencies_in_order) {
    const AgencyRecord& record = context.agency_records.at(agency->id);
    items.push_back(View()
                        .set("name", tr(agency->name))
                        .set("short", short_name(*agency, tr))
                        .set("kind", ui_text("agency_kind_" + agency->kind, context.language))
                        .set("url", context.urls.agency(context.language, agency->id))
                        .set("counts", task_counts(record, context.language)));
  }
  View v;
  v.set("heading", ui_text("agencies_heading", context.language));
  set_list(v, "agencies", std::move(items));
  return v;
}

View agency_view(const Agency& agency, const PageContext& context, Localizer& tr) {
  const AgencyRecord& record = context.agency_records.at(agency.id);
  View v;
  v.set("name", tr(agency.name));
  v.set("short", short_name(agency, tr));
  v.set("kind", ui_text("agency_kind_" + agency.kind, context.language));
  v.set("index_url", context.urls.agencies(context.language));
  v.set("summary", task_counts(record, context.language));
  v.set("progress", agency_progress_line(agency.id, context));
  View::List roles;
  for (const auto& role : agency.roles) roles.push_back(View().set("title", tr(role.title)).set("held_by", tr(role.held_by)));
  set_list(v, "roles", std::move(roles));
  View::List criteria;
  for (const auto& text : agency.criteria) criteria.push_back(View().set("text", tr(text)));
  set_list(v, "criteria", std::move(criteria));
  // Each table names itself for screen readers; the section heading shows the same words.
  auto table = [&](const char* key, const char* caption, const auto& tasks) {
    if (tasks.empty()) return;
    v.set(std::string(key) + "_table",
          task_table(std::string(key) + "-caption", ui_text(caption, context.language),
                     task_rows(tasks, 0, kAgencyListLimit, context, tr))
              .set("more", more_line(tasks.size(), context.language)));
  };
  table("leads", "tasks_led", record.leads);
  table("implements", "tasks_implemented", record.implements);
  table("coordinates", "tasks_coordinated", record.coordinates);
  set_list(v, "indicators", indicator_rows(record, context, tr));
  set_list(v, "duties", duty_rows(record, context, tr));
  set_list(v, "programs", program_rows(record, context, tr));
  v.set("indicators_more", more_line(record.indicators.size(), context.language));
  v.set("duties_more", more_line(record.duties.size(), context.language));
  v.set("programs_more", more_line(record.programs.size(), context.language));
  v.set("has_nothing", record.leads.empty() && record.implements.empty() && record.coordinates.empty() && record.indicators.empty() &&
                           record.duties.empty() && record.programs.empty());
  return v;
}

}  // namespace plansite
