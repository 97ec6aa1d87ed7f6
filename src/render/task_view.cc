// The tasks: one table of every task of every plan with its "6 rõ", the
// same table filtered by status and by year (pages of their own, so the
// filters work without JavaScript), and a page per task.
#include "render/pages.h"
#include "render/pagination.h"
#include "render/plan_parts.h"
#include "render/progress_view.h"
#include "render/ui_text.h"
#include "util/unicode.h"

namespace plansite {

namespace {

// Plans newest first stop at this many in the filter by plan: a portal of
// hundreds of plans links the rest through the plan index.
constexpr size_t kPlanFilterLimit = 20;

// "Hoàn thành (12)": a filter's label with the number of tasks it leaves.
std::string counted(const std::string& label, size_t n, const std::string& language) {
  return label + " (" + format_number(static_cast<double>(n), language) + ")";
}

View filter_link(const std::string& label, const std::string& url, bool current) {
  return View().set("label", label).set("url", url).set("current", current);
}

// A group of filter links, open when it holds the list shown; none without links.
std::optional<View> filter_group(const char* heading, View::List links, bool open, const std::string& language) {
  if (links.empty()) return std::nullopt;
  return View().set("heading", ui_text(heading, language)).set("links", std::move(links)).set("open", open);
}

// Filters by plan and by lead agency lead to the tables those pages already
// have (a plan's task table, an agency's tasks); by status and by year to the
// filtered lists of this family.
View::List filter_groups(const PageContext& context, Localizer& tr, const TaskList& shown) {
  const std::string& language = context.language;
  const SiteItems& items = context.items;
  View::List groups;
  auto add = [&groups](std::optional<View> group) {
    if (group) groups.push_back(std::move(*group));
  };

  View::List statuses;
  for (TaskStatus status : kTaskStatuses) {
    std::string key(status_key(status));
    auto it = items.tasks_by_status.find(key);
    if (it == items.tasks_by_status.end()) continue;
    statuses.push_back(filter_link(counted(context.statuses->label(status, language), it->second.size(), language),
                                   context.urls.tasks_by_status(language, key), shown.status == key));
  }
  add(filter_group("filter_by_status", std::move(statuses), !shown.status.empty(), language));

  View::List years;
  for (const auto& [year, tasks] : items.tasks_by_year)
    years.push_back(filter_link(counted(std::to_string(year), tasks.size(), language), context.urls.tasks_by_year(language, year),
                                shown.year == year));
  add(filter_group("filter_by_year", std::move(years), shown.year != 0, language));

  // The same on every list: lent by the context once it has made them.
  const SharedViews& shared = context.shared;
  if (!shared.made) {
    add(plan_filter_group(context, tr));
    add(lead_filter_group(context, tr));
    return groups;
  }
  for (const auto* group : {&shared.plan_filters, &shared.lead_filters})
    if (*group) groups.push_back((*group)->lend(tr));
  return groups;
}

}  // namespace

std::optional<View> plan_filter_group(const PageContext& context, Localizer& tr) {
  const std::string& language = context.language;
  View::List plans;
  for (const Plan* plan : context.plans_newest_first) {
    if (plan->tasks.empty()) continue;
    if (plans.size() == kPlanFilterLimit) {
      plans.push_back(filter_link(ui_text("all_plans", language), context.urls.plans(language), false));
      break;
    }
    plans.push_back(filter_link(counted(tr(plan->title), plan->tasks.size(), language),
                                context.urls.plan(language, plan->id) + "#" + plan_tasks_anchor(*plan), false));
  }
  return filter_group("filter_by_plan", std::move(plans), false, language);
}

std::optional<View> lead_filter_group(const PageContext& context, Localizer& tr) {
  const std::string& language = context.language;
  View::List agencies;
  for (const Agency* agency : context.agencies_in_order) {
    size_t n = context.agency_records.at(agency->id).leads.size();
    if (n > 0)
      agencies.push_back(filter_link(counted(tr(agency->name), n, language),
                                     context.urls.agency(language, agency->id) + "#leads-heading", false));
  }
  return filter_group("filter_by_lead", std::move(agencies), false, language);
}

namespace {

const PlanItems<Task>& tasks_of(const SiteItems& items, const TaskList& list) {
  static const PlanItems<Task> none;
  if (!list.status.empty()) {
    auto it = items.tasks_by_status.find(list.status);
    return it == items.tasks_by_status.end() ? none : it->second;
  }
  if (list.year != 0) {
    auto it = items.tasks_by_year.find(list.year);
    return it == items.tasks_by_year.end() ? none : it->second;
  }
  return items.tasks;
}

// "Nhiệm vụ 3", not "Nhiệm vụ 3.": the list's number without its full stop.
std::string named_number(const Plan& plan, const Task& task) {
  std::string number = task_number(plan, task);
  if (!number.empty() && number.back() == '.') number.pop_back();
  return number;
}

// A related task of the same plan, for "previous" and "next".
View task_link(const Plan& plan, const Task& task, const PageContext& context, Localizer& tr) {
  return View()
      .set("number", named_number(plan, task))
      .set("content", tr(task.content))
      .set("url", context.urls.task(context.language, plan.id, task.id));
}

}  // namespace

std::string TaskList::url(const Urls& urls, const std::string& language, int page) const {
  if (!status.empty()) return urls.tasks_by_status(language, status, page);
  if (year != 0) return urls.tasks_by_year(language, year, page);
  return urls.tasks(language, page);
}

std::string TaskList::title(const PageContext& context) const {
  const std::string& language = context.language;
  std::string out = ui_text("tasks", language);
  for (TaskStatus s : kTaskStatuses)
    if (status == status_key(s)) out += ": " + context.statuses->label(s, language);
  if (year != 0) out += ": " + ui_text("year", language) + " " + std::to_string(year);
  return out;
}

size_t TaskList::pages(const SiteItems& items) const { return page_count(tasks_of(items, *this).size(), kTasksPerPage); }

View::List task_rows(const PlanItems<Task>& tasks, size_t first, size_t count, const PageContext& context,
                     Localizer& tr) {
  View::List out;
  for (size_t i = first; i < tasks.size() && i < first + count; ++i) {
    const auto& [plan, task] = tasks[i];
    View v;
    v.set("plan", plan_link(*plan, context, tr));
    v.set("number", task_number(*plan, *task));
    v.set("content", tr(task->content));
    v.set("url", context.urls.task(context.language, plan->id, task->id));
    v.set("lead", agency_short_names(task->lead, context.site, tr));
    v.set("implementing", agency_short_names(task->implementing, context.site, tr));
    v.set("coordinating", agency_short_names(task->coordinating, context.site, tr));
    v.set("timeframe", format_timeframe(task->timeframe, tr));
    v.set("expected_result", tr(task->expected_result));
    v.set("status", status_view(context.items.task_states.at(task).status, context));
    out.push_back(std::move(v));
  }
  return out;
}

View task_table(const std::string& caption_id, const std::string& caption, View::List rows) {
  bool has_results = false;
  for (auto& row : rows) has_results = has_results || !row["expected_result"].string().empty();
  return View()
      .set("caption_id", caption_id)
      .set("caption", caption)
      .set("has_results", has_results)
      .set("rows", std::move(rows));
}

View task_list_view(const PageContext& context, Localizer& tr, const TaskList& list, size_t page) {
  const std::string& language = context.language;
  const PlanItems<Task>& tasks = tasks_of(context.items, list);
  View v;
  v.set("heading", list.title(context));
  v.set("filtered", !list.status.empty() || list.year != 0);
  v.set("all_url", context.urls.tasks(language));
  v.set("summary", count_phrase(tasks.size(), "count_tasks", language));
  v.set("filters", filter_groups(context, tr, list));
  v.set("has_tasks", !tasks.empty());
  v.set("table", task_table("tasks-caption", list.title(context),
                            task_rows(tasks, (page - 1) * kTasksPerPage, kTasksPerPage, context, tr)));
  add_pagination(v, page, list.pages(context.items), [&](int n) { return list.url(context.urls, language, n); },
                 language);
  return v;
}

View task_view(const Plan& plan, const Task& task, const PageContext& context, Localizer& tr, PageContent& page) {
  const std::string& language = context.language;
  View v;
  v.set("index_url", context.urls.tasks(language));
  v.set("plan", plan_link(plan, context, tr));
  v.set("plan_tasks_url", context.urls.plan(language, plan.id) + "#" + plan_tasks_anchor(plan));
  v.set("number", named_number(plan, task));
  v.set("content", tr(task.content));
  set_list(v, "lead", agency_links(task.lead, context, tr));
  set_list(v, "implementing", agency_links(task.implementing, context, tr));
  set_list(v, "coordinating", agency_links(task.coordinating, context, tr));
  v.set("timeframe", format_timeframe(task.timeframe, tr));
  v.set("participants", tr(task.participants));
  v.set("expected_result", tr(task.expected_result));
  const TaskState& state = context.items.task_states.at(&task);
  v.set("status", status_view(state.status, context));
  v.set("percent", state.status == TaskStatus::not_started ? std::string{}
                                                           : format_number(state.percent, language) + "%");
  v.set("status_url", context.urls.tasks_by_status(language, std::string(status_key(state.status))));
  set_list(v, "history", task_history(plan, task, context, tr, page));
  v.set("as_of", context.as_of ? format_date(*context.as_of, language) : std::string{});
  // "Tổ chức thực hiện" items that answer for this task, by its number or id.
  View::List duties;
  for (const auto& r : plan.responsibilities)
    for (const auto& ref : r.tasks)
      if (ref.id == task.id || ref.id == task.number) {
        View::List texts;
        for (const auto& text : r.duties) texts.push_back(View().set("text", tr(text)));
        duties.push_back(View()
                             .set("heading", r.label.empty() ? agency_names(r.agencies, context.site, tr) : tr(r.label))
                             .set("duties", std::move(texts)));
        break;
      }
  set_list(v, "duties", std::move(duties));
  size_t index = static_cast<size_t>(&task - plan.tasks.data());
  v.set("previous", index > 0 ? View::List{task_link(plan, plan.tasks[index - 1], context, tr)} : View::List{});
  v.set("next", index + 1 < plan.tasks.size() ? View::List{task_link(plan, plan.tasks[index + 1], context, tr)}
                                              : View::List{});
  return v;
}

std::string task_title(const Plan& plan, const Task& task, Localizer& tr) {
  return ui_text("task", tr.language()) + " " + named_number(plan, task) + " - " + shortened(tr(task.content), 80);
}

}  // namespace plansite
