// Readers for the structured parts of a plan: objectives, indicators, tasks
// ("6 rõ"), programs and responsibilities.
#include "load/field_reader.h"
#include "load/load_parts.h"

namespace plansite {

Objective read_objective(const YamlNode& node, Diagnostics& diagnostics) {
  FieldReader r(node, "objective", diagnostics);
  Objective o;
  o.position = node.position;
  o.id = r.id("id", true);
  o.title = r.text("title", true);
  o.statement = r.text("statement", false);
  r.finish();
  return o;
}

namespace {

Target read_target(const YamlNode& node, const std::string& unit, Diagnostics& diagnostics) {
  FieldReader r(node, "target", diagnostics);
  Target t;
  t.by = r.year("by", false);  // no year: a standing target, for the whole plan
  t.value = r.number("value", false);
  t.bound = r.one_of("bound", {"at-least", "above", "exactly"}, false, "exactly");
  t.note = r.text("note", false);
  t.statement = r.text("statement", false);
  t.population = r.text("population", false);
  if (r.ok() && !r.node("value", false) && t.note.empty() && t.statement.empty())
    diagnostics.error(node.position, "target has neither 'value' nor 'note'",
                      "give the number to reach (`value: 95`), or say the target in words (`note: …`)");
  if (t.value && unit == "percent" && (*t.value < 0 || *t.value > 100))
    diagnostics.error(r.node("value", false)->position,
                      "a percentage target must be between 0 and 100; got " + r.string("value", false));
  r.finish();
  return t;
}

// One target per milestone: two for the same year, or two standing ones,
// would leave a reader (and a progress report) unsure which one counts.
void check_milestones(const Indicator& indicator, const std::vector<YamlNode>& nodes, Diagnostics& diagnostics) {
  for (size_t i = 0; i < indicator.targets.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (indicator.targets[i].by != indicator.targets[j].by) continue;
      const auto& by = indicator.targets[i].by;
      diagnostics.error(nodes[i].position,
                        by ? "two targets for " + std::to_string(*by) : std::string("two standing targets"),
                        "one target per milestone year; a target without `by` holds for the whole plan");
      break;
    }
  }
}

}  // namespace

Indicator read_indicator(const YamlNode& node, Diagnostics& diagnostics) {
  FieldReader r(node, "indicator", diagnostics);
  Indicator i;
  i.position = node.position;
  i.id = r.id("id", true);
  i.objective = r.id_ref("objective", false);
  i.statement = r.text("statement", true);
  i.unit = r.one_of("unit", {"percent", "people", "households", "count"}, true);
  i.population = r.text("population", false);
  if (const YamlNode* baseline = r.node("baseline", false)) {
    FieldReader b(*baseline, "baseline", diagnostics);
    i.baseline_value = b.number("value", true);
    if (auto year = b.year("year", true)) i.baseline_year = *year;
    b.finish();
  }
  const auto& targets = r.list("targets", true);
  for (const auto& target : targets) i.targets.push_back(read_target(target, i.unit, diagnostics));
  check_milestones(i, targets, diagnostics);
  i.agency = r.id_ref("agency", false);
  r.finish();
  return i;
}

namespace {

const char* const kTimeframeHint =
    "the \"6 rõ\" need a clear time: add `timeframe: {from: 2026, to: 2030}` or `timeframe: {ongoing: true, "
    "from: 2026}`; if the plan gives none, write `timeframe: {}` and the site shows “Chưa xác định”";

// A plan may give a task no time at all. Said outright (`timeframe: {}`), the
// task is shown as unscheduled; left out, it is too, with a warning in case
// the officer forgot it.
Timeframe read_timeframe(FieldReader& task, Diagnostics& diagnostics) {
  Timeframe t;
  const YamlNode* node = task.node("timeframe", false);
  if (!node) {
    diagnostics.warning(task.position(), "task has no timeframe", kTimeframeHint);
    return t;
  }
  FieldReader r(*node, "timeframe", diagnostics);
  t.from = r.period("from", false);
  t.to = r.period("to", false);
  t.ongoing = r.boolean("ongoing", false);
  t.peak = r.periods("peak");
  t.note = r.text("note", false);
  bool empty_map = node->is_map() && node->entries.empty();
  if (r.ok() && !empty_map && !t.specified() && !r.node("from", false))
    diagnostics.error(node->position, "timeframe needs 'from', 'ongoing: true' or a 'note'",
                      "write `timeframe: {}` if the plan gives the task no time");
  if (t.from && t.to && t.to->last_quarter_index() < t.from->first_quarter_index())
    diagnostics.error(r.node("to", false)->position, "timeframe ends before it starts");
  r.finish();
  return t;
}

}  // namespace

Task read_task(const YamlNode& node, Diagnostics& diagnostics) {
  FieldReader r(node, "task", diagnostics);
  Task t;
  t.position = node.position;
  t.id = r.id("id", true);
  t.number = r.string("number", false);
  t.content = r.text("content", true);
  // `lead: []` says the plan names no lead; a missing key may be an oversight.
  t.lead = r.id_refs("lead", false);
  if (r.ok() && !r.node("lead", false))
    diagnostics.warning(node.position, "task has no lead agency",
                        "the \"6 rõ\" need a clear person: add `lead: [agency-id]`; if the plan names none, "
                        "write `lead: []` and the site shows “Chưa giao”");
  t.implementing = r.id_refs("implementing", false);
  t.coordinating = r.id_refs("coordinating", false);
  if (r.ok()) t.timeframe = read_timeframe(r, diagnostics);
  t.participants = r.text("participants", false);
  t.expected_result = r.text("expected_result", false);
  t.status = r.one_of("status", {"planned", "in-progress", "done", "overdue", "cancelled"}, false,
                      "planned");
  r.finish();
  return t;
}

Program read_program(const YamlNode& node, Diagnostics& diagnostics) {
  FieldReader r(node, "program", diagnostics);
  Program p;
  p.position = node.position;
  p.id = r.id("id", true);
  p.name = r.text("name", true);
  p.participants = r.text("participants", true);
  p.places = r.texts("places", false);
  p.period = r.year_span("period", false);
  p.activities = r.texts("activities", true);
  p.expected_results = r.texts("expected_results", false);
  p.responsible = r.id_refs("responsible", false);
  for (const auto& item : r.list("links", false)) {
    FieldReader l(item, "link", diagnostics);
    Link link;
    link.url = l.url("url", true);
    link.label = l.text("label", false);
    l.finish();
    p.links.push_back(std::move(link));
  }
  r.finish();
  return p;
}

Responsibility read_responsibility(const YamlNode& node, Diagnostics& diagnostics) {
  FieldReader r(node, "responsibility", diagnostics);
  Responsibility resp;
  resp.agencies = r.id_refs("agencies", true);
  resp.label = r.text("label", false);
  resp.duties = r.texts("duties", true);
  resp.tasks = r.id_refs("tasks", false);
  r.finish();
  return resp;
}

}  // namespace plansite
