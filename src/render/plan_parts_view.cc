// The structured parts of a plan page, shown on the web beside the document:
// objectives, indicators, tasks ("6 rõ"), pilot models, "Tổ chức thực hiện"
// and the agencies the plan names.
#include <algorithm>

#include "render/plan_parts.h"
#include "render/progress_view.h"
#include "render/ui_text.h"

namespace plansite {

namespace {

// The value with its unit, as a target would show it: "60%", "120 hộ".
std::string format_value(double value, const std::string& unit, const std::string& language) {
  Target t;
  t.value = value;
  return format_target_value(t, unit, language);
}

View target_view(const Target& t, const std::string& unit, Localizer& tr) {
  const std::string& language = tr.language();
  View v;
  v.set("label", t.by ? ui_text("by_year", language) + " " + std::to_string(*t.by) : ui_text("standing_target", language));
  v.set("value", format_target_value(t, unit, language));
  v.set("note", tr(t.note));
  v.set("statement", tr(t.statement));
  v.set("population", tr(t.population));
  return v;
}

}  // namespace

View::List indicators_view(const Plan& plan, const PageContext& context, Localizer& tr) {
  const std::string& language = tr.language();
  View::List out;
  for (const auto& i : plan.indicators) {
    View v;
    v.set("id", i.id);
    v.set("url", context.urls.indicator(context.language, plan.id, i.id));
    v.set("latest", latest_value(plan, i, context));
    v.set("statement", tr(i.statement));
    v.set("population", tr(i.population));
    v.set("baseline", i.baseline_value ? std::to_string(i.baseline_year) + ": " +
                                             format_value(*i.baseline_value, i.unit, language)
                                       : std::string{});
    v.set("agency", i.agency ? agency_short_names({*i.agency}, context.site, tr) : std::string{});
    View::List targets;
    for (const auto& t : i.targets) targets.push_back(target_view(t, i.unit, tr));
    v.set("targets", std::move(targets));
    out.push_back(std::move(v));
  }
  return out;
}

namespace {

View indicator_link(const Plan& plan, const Indicator& i, const PageContext& context, Localizer& tr) {
  return View()
      .set("statement", tr(i.statement))
      .set("url", context.urls.indicator(context.language, plan.id, i.id))
      .set("latest", latest_value(plan, i, context));
}

View::List objectives_view(const Plan& plan, const PageContext& context, Localizer& tr) {
  View::List out;
  for (const auto& o : plan.objectives) {
    View::List indicators;
    for (const auto& i : plan.indicators)
      if (i.objective && i.objective->id == o.id) indicators.push_back(indicator_link(plan, i, context, tr));
    View v;
    v.set("id", o.id);
    v.set("title", tr(o.title));
    v.set("statement", tr(o.statement));
    v.set("has_indicators", !indicators.empty());
    v.set("indicators", std::move(indicators));
    out.push_back(std::move(v));
  }
  return out;
}

View::List tasks_view(const Plan& plan, const PageContext& context, Localizer& tr) {
  View::List out;
  for (size_t n = 0; n < plan.tasks.size(); ++n) {
    const Task& t = plan.tasks[n];
    View v;
    v.set("number", task_number(plan, t));
    v.set("id", t.id);
    v.set("url", context.urls.task(context.language, plan.id, t.id));
    v.set("content", tr(t.content));
    // An empty lead or time is the plan's gap, shown as one ("Chưa giao").
    v.set("lead", agency_short_names(t.lead, context.site, tr));
    v.set("implementing", agency_short_names(t.implementing, context.site, tr));
    v.set("coordinating", agency_short_names(t.coordinating, context.site, tr));
    v.set("timeframe", format_timeframe(t.timeframe, tr));
    v.set("participants", tr(t.participants));
    v.set("expected_result", tr(t.expected_result));
    v.set("status", status_view(context.items.task_states.at(&t).status, context));
    out.push_back(std::move(v));
  }
  return out;
}

View::List programs_view(const Plan& plan, const PageContext& context, Localizer& tr) {
  View::List out;
  for (const auto& p : plan.programs) {
    View v;
    v.set("id", p.id);
    v.set("url", context.urls.program(context.language, plan.id, p.id));
    v.set("name", tr(p.name));
    v.set("participants", tr(p.participants));
    v.set("places", text_list(p.places, tr));
    v.set("has_places", !p.places.empty());
    v.set("has_expected_results", !p.expected_results.empty());
    v.set("has_links", !p.links.empty());
    v.set("period", p.period ? format_year_span(*p.period) : std::string{});
    v.set("activities", text_list(p.activities, tr));
    v.set("expected_results", text_list(p.expected_results, tr));
    v.set("responsible", agency_names(p.responsible, context.site, tr));
    View::List links;
    for (const auto& l : p.links)
      links.push_back(View().set("url", l.url).set("label", l.label.empty() ? l.url : tr(l.label)));
    v.set("links", std::move(links));
    out.push_back(std::move(v));
  }
  return out;
}

View::List responsibilities_view(const Plan& plan, const PageContext& context, Localizer& tr) {
  View::List out;
  for (const auto& r : plan.responsibilities) {
    View::List tasks;
    for (const auto& ref : r.tasks) {
      for (size_t n = 0; n < plan.tasks.size(); ++n) {
        const Task& t = plan.tasks[n];
        if (t.id != ref.id && t.number != ref.id) continue;
        tasks.push_back(View().set("id", t.id).set("number", task_number(plan, t)).set("content", tr(t.content)));
        break;
      }
    }
    View v;
    v.set("heading", r.label.empty() ? agency_names(r.agencies, context.site, tr) : tr(r.label));
    v.set("duties", text_list(r.duties, tr));
    v.set("has_tasks", !tasks.empty());
    v.set("tasks", std::move(tasks));
    out.push_back(std::move(v));
  }
  return out;
}

View::List agencies_view(const Plan& plan, const PageContext& context, Localizer& tr) {
  View::List out;
  for (const auto& id : plan_agency_ids(plan)) {
    auto it = context.site.agencies.find(id);
    if (it == context.site.agencies.end()) continue;
    const Agency& a = *it->second;
    View::List roles;
    for (const auto& role : a.roles) roles.push_back(View().set("title", tr(role.title)).set("held_by", tr(role.held_by)));
    View v;
    v.set("anchor", "agency-" + a.id);
    v.set("name", tr(a.name));
    v.set("short", tr(a.short_name));
    v.set("kind", ui_text("agency_kind_" + a.kind, context.language));
    v.set("has_roles", !roles.empty());
    v.set("roles", std::move(roles));
    v.set("has_criteria", !a.criteria.empty());
    v.set("criteria", text_list(a.criteria, tr));
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace

std::string plan_tasks_anchor(const Plan& plan) { return plan.annex ? "annex-title" : "tasks-heading"; }

std::vector<std::string> plan_agency_ids(const Plan& plan) {
  std::vector<std::string> ids;
  auto add = [&ids](const std::vector<IdRef>& refs) {
    for (const auto& r : refs)
      if (std::find(ids.begin(), ids.end(), r.id) == ids.end()) ids.push_back(r.id);
  };
  add(plan.issuers);
  for (const auto& s : plan.signatories)
    if (s.agency) add({*s.agency});
  for (const auto& i : plan.indicators)
    if (i.agency) add({*i.agency});
  for (const auto& t : plan.tasks) {
    add(t.lead);
    add(t.implementing);
    add(t.coordinating);
  }
  for (const auto& p : plan.programs) add(p.responsible);
  for (const auto& r : plan.responsibilities) add(r.agencies);
  return ids;
}

void add_plan_parts(View& view, const Plan& plan, const PageContext& context, Localizer& tr) {
  set_list(view, "objectives", objectives_view(plan, context, tr));
  // The table of indicators with every milestone has a page of its own (it
  // would double the weight of a long plan's page); here, a link to it, and
  // the indicators no objective lists.
  view.set("has_indicators", !plan.indicators.empty());
  view.set("indicators_url", context.urls.plan_indicators(context.language, plan.id));
  view.set("indicators_link", ui_text("plan_indicators_link", context.language) + " (" +
                                  count_phrase(plan.indicators.size(), "count_indicators", context.language) + ")");
  View::List loose;
  for (const auto& i : plan.indicators) {
    bool listed = false;
    for (const auto& o : plan.objectives) listed = listed || (i.objective && i.objective->id == o.id);
    if (!listed) loose.push_back(indicator_link(plan, i, context, tr));
  }
  set_list(view, "loose_indicators", std::move(loose));
  set_list(view, "tasks", tasks_view(plan, context, tr));
  set_list(view, "programs", programs_view(plan, context, tr));
  set_list(view, "responsibilities", responsibilities_view(plan, context, tr));
  set_list(view, "agencies", agencies_view(plan, context, tr));
}

}  // namespace plansite
