#include "render/open_data.h"

#include <charconv>
#include <cstdio>
#include <functional>

#include "resolve/status.h"
#include "util/csv.h"
#include "util/json.h"
#include "util/parallel.h"

namespace plansite {

namespace {

std::string iso_date(const PartialDate& date) {
  char buffer[16];
  if (date.day) std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  else if (date.month) std::snprintf(buffer, sizeof buffer, "%04d-%02d", date.year, date.month);
  else std::snprintf(buffer, sizeof buffer, "%04d", date.year);
  return buffer;
}

// The shortest text that reads back as the same double: 88.5, 84, 0.1.
std::string plain_number(double value) {
  char buffer[32];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

DataCell text_cell(const std::string& text) { return text.empty() ? DataCell{} : DataCell{text}; }
// A translation only where the content has one: never the Vietnamese again.
DataCell text_in(const Text& text, const std::string& language) {
  return text.has(language) ? text_cell(text.in(language)) : DataCell{};
}
DataCell number_cell(std::optional<double> value) { return value ? DataCell{*value} : DataCell{}; }

std::string agency_ids(const std::vector<IdRef>& refs) {
  std::string out;
  for (const auto& ref : refs) out += (out.empty() ? "" : "; ") + ref.id;
  return out;
}

// Names joined with "; ", in `language` where every agency has it; blank otherwise.
DataCell agency_names_in(const std::vector<IdRef>& refs, const ResolvedSite& site, const std::string& language) {
  std::string out;
  for (const auto& ref : refs) {
    auto found = site.agencies.find(ref.id);
    if (found == site.agencies.end()) continue;
    if (!found->second->name.has(language)) return {};
    out += (out.empty() ? "" : "; ") + found->second->name.in(language);
  }
  return text_cell(out);
}

std::vector<const Plan*> plans_of(const ResolvedSite& site, const Plan* plan) {
  if (plan) return {plan};
  std::vector<const Plan*> out;
  for (const auto& p : site.site.plans) out.push_back(&p);
  return out;
}

// The reports that count as of the build's date, oldest period first.
std::vector<const Report*> counted_reports(const Plan& plan, const std::optional<PartialDate>& as_of) {
  std::vector<const Report*> out;
  if (!as_of) return out;
  for (const auto& report : plan.reports)
    if (reported_by(report, as_of)) out.push_back(&report);
  return out;
}

void append_json_cell(std::string& out, const DataCell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) append_json_string(out, *text);
  else if (const auto* number = std::get_if<double>(&cell)) out += plain_number(*number);
  else out += "null";
}

std::string json_cell(const DataCell& cell) {
  std::string out;
  append_json_cell(out, cell);
  return out;
}

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes
// doubled. Only a text cell is guarded against being opened as a formula: a
// number (-5) is written as it is, and stays a number in the spreadsheet.
void append_csv_cell(std::string& out, const DataCell& cell) {
  if (const auto* number = std::get_if<double>(&cell)) {
    out += plain_number(*number);
    return;
  }
  const auto* plain = std::get_if<std::string>(&cell);
  if (!plain) return;
  // guard_formula's quote written in place, and runs of the text copied whole:
  // the site's files hold megabytes of cells.
  const std::string_view text = *plain;
  const std::string_view guard = formula_guard(text);
  bool quoted = false;
  for (char c : text) quoted = quoted || c == ',' || c == '"' || c == '\r' || c == '\n';
  if (!quoted) {
    out += guard;
    out += text;
    return;
  }
  out += '"';
  out += guard;
  for (size_t at = 0; at < text.size();) {
    size_t quote = std::min(text.find('"', at), text.size());
    out.append(text, at, quote - at);
    if (quote < text.size()) out += "\"\"";
    at = quote + 1;
  }
  out += '"';
}

}  // namespace

DataTable task_data(const ResolvedSite& site, const Plan* only) {
  DataTable table;
  table.columns = task_columns();
  const std::string as_of = site.as_of ? iso_date(*site.as_of) : "";
  for (const Plan* plan : plans_of(site, only)) {
    std::vector<const Report*> reports = counted_reports(*plan, site.as_of);
    for (const auto& task : plan->tasks) {
      TaskState state = task_state(task, plan->reports, site.as_of);
      const TaskProgress* latest = nullptr;
      const Report* latest_report = nullptr;
      for (const Report* report : reports)
        for (const auto& progress : report->tasks)
          if (progress.task.id == task.id) latest = &progress, latest_report = report;
      table.rows.push_back({plan->id, task.id, text_cell(task.number), text_cell(task.content.in("vi")),
                            text_in(task.content, "en"), agency_names_in(task.lead, site, "vi"),
                            agency_names_in(task.lead, site, "en"), text_cell(agency_ids(task.lead)),
                            std::string(status_key(state.status)), static_cast<double>(state.percent),
                            latest ? text_in(latest->note, "vi") : DataCell{},
                            latest ? text_in(latest->note, "en") : DataCell{},
                            latest_report ? DataCell{latest_report->period.key()} : DataCell{},
                            latest_report ? DataCell{iso_date(latest_report->date)} : DataCell{}, text_cell(as_of)});
    }
  }
  return table;
}

DataTable indicator_data(const ResolvedSite& site, const Plan* only) {
  DataTable table;
  table.columns = indicator_columns();
  for (const Plan* plan : plans_of(site, only)) {
    std::vector<const Report*> reports = counted_reports(*plan, site.as_of);
    for (const auto& indicator : plan->indicators) {
      std::vector<DataCell> head = {
          plan->id,
          indicator.id,
          indicator.objective ? DataCell{indicator.objective->id} : DataCell{},
          text_cell(indicator.statement.in("vi")),
          text_in(indicator.statement, "en"),
          text_cell(indicator.unit),
          number_cell(indicator.baseline_value),
          indicator.baseline_year ? DataCell{static_cast<double>(indicator.baseline_year)} : DataCell{},
          std::string(status_key(indicator_status(indicator, plan->reports, site.as_of))),
      };
      bool any = false;
      for (const Report* report : reports)
        for (const auto& value : report->indicators) {
          if (value.indicator.id != indicator.id) continue;
          any = true;
          std::vector<DataCell> row = head;
          row.insert(row.end(), {report->period.key(), iso_date(report->date), value.value,
                                 number_cell(value.measured), text_in(value.note, "vi"), text_in(value.note, "en"),
                                 report->illustrative ? DataCell{std::string("yes")} : DataCell{}});
          table.rows.push_back(std::move(row));
        }
      if (!any) {
        head.resize(table.columns.size());
        table.rows.push_back(std::move(head));
      }
    }
  }
  return table;
}

DataTable program_data(const ResolvedSite& site, const Plan* only) {
  DataTable table;
  table.columns = program_columns();
  for (const Plan* plan : plans_of(site, only)) {
    std::vector<const Report*> reports = counted_reports(*plan, site.as_of);
    for (const auto& program : plan->programs) {
      std::vector<DataCell> head = {
          plan->id,
          program.id,
          text_cell(program.name.in("vi")),
          text_in(program.name, "en"),
          agency_names_in(program.responsible, site, "vi"),
          text_cell(agency_ids(program.responsible)),
          program.period ? DataCell{static_cast<double>(program.period->from)} : DataCell{},
          program.period ? DataCell{static_cast<double>(program.period->to)} : DataCell{},
      };
      bool any = false;
      for (const Report* report : reports)
        for (const auto& activity : report->programs) {
          if (activity.program.id != program.id) continue;
          any = true;
          std::vector<DataCell> row = head;
          row.insert(row.end(), {report->period.key(), iso_date(report->date), static_cast<double>(activity.sessions),
                                 static_cast<double>(activity.participants), text_in(activity.note, "vi"),
                                 text_in(activity.note, "en"),
                                 report->illustrative ? DataCell{std::string("yes")} : DataCell{}});
          table.rows.push_back(std::move(row));
        }
      if (!any) {
        head.resize(table.columns.size());
        table.rows.push_back(std::move(head));
      }
    }
  }
  return table;
}

std::string data_kind_key(const std::string& kind) {
  return kind == "nhiem-vu" ? "tasks" : kind == "chi-tieu" ? "indicators" : "programs";
}

DataTable data_table_of(const std::string& kind, const ResolvedSite& site, const Plan* plan) {
  if (kind == "nhiem-vu") return task_data(site, plan);
  if (kind == "chi-tieu") return indicator_data(site, plan);
  return program_data(site, plan);
}

namespace {

// A file's parts that the site's file joins from every plan's: the CSV rows,
// the JSON rows and the indicators' entries are each the plans' in order.

std::string csv_header(const std::vector<DataColumn>& columns) {
  std::string out = "\xEF\xBB\xBF";
  for (size_t i = 0; i < columns.size(); ++i) out += (i ? "," : "") + std::string(columns[i].name);
  out += "\r\n";
  return out;
}

std::string csv_rows(const DataTable& table) {
  std::string out;
  for (const auto& row : table.rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      append_csv_cell(out, row[i]);
    }
    out += "\r\n";
  }
  return out;
}

// "\n  {…},\n  {…}": the rows inside the JSON list; the site's joins the plans' with ",".
std::string json_rows(const DataTable& table) {
  // Each row repeats the column names: written out once, copied after.
  std::vector<std::string> keys;
  for (size_t i = 0; i < table.columns.size(); ++i) {
    std::string key = i ? ", " : "";
    append_json_string(key, table.columns[i].name);
    keys.push_back(key + ": ");
  }
  std::string out;
  for (size_t r = 0; r < table.rows.size(); ++r) {
    out += r ? ",\n  {" : "\n  {";
    for (size_t i = 0; i < table.columns.size(); ++i) {
      out += keys[i];
      append_json_cell(out, table.rows[r][i]);
    }
    out += "}";
  }
  return out;
}

std::string json_columns(const std::vector<DataColumn>& columns) {
  std::string out = "[";
  for (size_t i = 0; i < columns.size(); ++i) out += (i ? ", " : "") + json_string(columns[i].name);
  return out + "]";
}

// The site's rows (every plan's) are megabytes: each file is written into one
// string, reserved at once, rather than through temporaries.
// A JSON file's text up to its rows: the date and the columns.
std::string json_file_head(const std::vector<DataColumn>& columns, const std::string& as_of) {
  std::string out = "{\"as_of\": ";
  out += as_of.empty() ? std::string("null") : json_string(as_of);
  out += ",\n\"columns\": ";
  out += json_columns(columns);
  out += ",\n\"rows\": [";
  return out;
}

// Ends a JSON file whose rows were appended after its head.
void close_json_file(std::string& out, bool no_rows) {
  out += no_rows ? "]" : "\n]";
  out += "}\n";
}

// `more`: room to keep for what may be added after (indicators_file).
std::string json_file(const std::vector<DataColumn>& columns, const std::string& as_of, std::string_view rows,
                      size_t more = 0) {
  std::string out = json_file_head(columns, as_of);
  out.reserve(out.size() + rows.size() + 8 + more);
  out += rows;
  close_json_file(out, rows.empty());
  return out;
}

// Each indicator's unit, baseline and targets, as the entries of a JSON list.
std::string indicator_entries(const std::vector<const Plan*>& plans) {
  std::string out;
  for (const Plan* p : plans)
    for (const auto& indicator : p->indicators) {
      out += out.empty() ? "\n  {" : ",\n  {";
      out += "\"plan_id\": " + json_string(p->id) + ", \"indicator_id\": " + json_string(indicator.id) +
             ", \"unit\": " + json_string(indicator.unit) +
             ", \"baseline_value\": " + json_cell(number_cell(indicator.baseline_value)) +
             ", \"baseline_year\": " + (indicator.baseline_year ? std::to_string(indicator.baseline_year) : "null") +
             ", \"targets\": [";
      for (size_t t = 0; t < indicator.targets.size(); ++t) {
        const Target& target = indicator.targets[t];
        out += std::string(t ? ", " : "") + "{\"by\": " + (target.by ? std::to_string(*target.by) : "null") +
               ", \"value\": " + json_cell(number_cell(target.value)) + ", \"bound\": " + json_string(target.bound) + "}";
      }
      out += "]}";
    }
  return out;
}

// Adds the indicators' entries to a closed JSON file of indicator rows.
void add_indicator_entries(std::string& file, std::string_view entries) {
  file.resize(file.size() - 2);  // reopen the object: "}\n"
  file += ",\n\"indicators\": [";
  file += entries;
  file += entries.empty() ? "]}\n" : "\n]}\n";
}

std::string indicators_file(const std::string& as_of, std::string_view rows, std::string_view entries) {
  std::string out = json_file(indicator_columns(), as_of, rows, entries.size() + 32);
  add_indicator_entries(out, entries);
  return out;
}

// Joins the plans' parts in order after `head`: ',' between two non-empty
// JSON lists, nothing between CSV rows.
std::string joined(std::string_view head, const std::vector<std::string>& parts, const char* separator,
                   size_t more = 0) {
  size_t size = head.size() + more;
  for (const auto& part : parts) size += part.size() + 1;
  std::string out;
  out.reserve(size);
  out += head;
  bool first = true;
  for (const auto& part : parts) {
    if (part.empty()) continue;
    if (!first) out += separator;
    first = false;
    out += part;
  }
  return out;
}

}  // namespace

std::string data_csv(const DataTable& table) { return csv_header(table.columns) + csv_rows(table); }

std::string data_json(const DataTable& table, const std::string& as_of) {
  return json_file(table.columns, as_of, json_rows(table));
}

std::string indicators_json(const ResolvedSite& site, const Plan* plan) {
  const std::string as_of = site.as_of ? iso_date(*site.as_of) : "";
  return indicators_file(as_of, json_rows(indicator_data(site, plan)), indicator_entries(plans_of(site, plan)));
}

std::string data_file_path(const std::string& kind, const std::string& extension, const Plan* plan) {
  return "du-lieu/" + (plan ? plan->id + "/" : std::string()) + kind + "." + extension;
}

void open_data_files(const ResolvedSite& site, int workers, const std::function<void(OutputFile)>& put) {
  const std::string as_of = site.as_of ? iso_date(*site.as_of) : "";
  const std::vector<const Plan*> plans = plans_of(site, nullptr);
  constexpr size_t kinds = std::size(kDataKinds);
  // Each plan's files, each kind on its own, handed over as soon as made:
  // the site's files hold every row, and all of them at once would be the
  // build's largest use of memory. The site's files are the plans' parts
  // joined, not made again; they are kept in slots by plan and kind, so the
  // order is the same whoever made what.
  std::vector<std::vector<std::string>> csv(kinds, std::vector<std::string>(plans.size()));
  std::vector<std::vector<std::string>> json(kinds, std::vector<std::string>(plans.size()));
  std::vector<std::string> indicators(plans.size());
  parallel_for(plans.size() * kinds, workers, [&](int, size_t i) {
    const Plan* plan = plans[i / kinds];
    const size_t k = i % kinds, p = i / kinds;
    const std::string kind = kDataKinds[k];
    DataTable table = data_table_of(kind, site, plan);
    csv[k][p] = csv_rows(table);
    json[k][p] = json_rows(table);
    std::string json_text;
    if (kind == "chi-tieu") {
      indicators[p] = indicator_entries({plan});
      json_text = indicators_file(as_of, json[k][p], indicators[p]);
    } else {
      json_text = json_file(table.columns, as_of, json[k][p]);
    }
    put({data_file_path(kind, "csv", plan), csv_header(table.columns) + csv[k][p]});
    put({data_file_path(kind, "json", plan), std::move(json_text)});
  });
  parallel_for(kinds, workers, [&](int, size_t k) {
    const std::string kind = kDataKinds[k];
    const std::vector<DataColumn>& columns = data_columns_of(kind);
    put({data_file_path(kind, "csv", nullptr), joined(csv_header(columns), csv[k], "")});
    csv[k].clear();
    // The rows joined straight after the file's head: the site's files are
    // the largest the build makes (26 MB at 5000 plans), and joining them
    // first and copying them into the file took as much again.
    const std::string head = json_file_head(columns, as_of);
    const std::string entries = kind == "chi-tieu" ? joined("", indicators, ",") : std::string();
    std::string file = joined(head, json[k], ",", entries.size() + 64);
    json[k].clear();
    close_json_file(file, file.size() == head.size());
    if (kind == "chi-tieu") add_indicator_entries(file, entries);
    put({data_file_path(kind, "json", nullptr), std::move(file)});
  });
}

}  // namespace plansite
