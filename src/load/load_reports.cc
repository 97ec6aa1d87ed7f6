// Progress reports: content/plans/<plan>/reports/<period>.yaml, one file per
// period. What a report says on its own (its period, date, percents, photos)
// is checked here; what it says about the plan's indicators, tasks and
// programs is checked once every plan is loaded (resolve_reports.cc).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <tuple>

#include "load/csv_report.h"
#include "load/field_reader.h"
#include "load/load_parts.h"
#include "load/source_file.h"
#include "util/read_inside.h"

namespace plansite {

namespace fs = std::filesystem;

namespace {

const char* const kPeriodHint = "write a quarter (2026-Q2), a half-year (2026-H1) or a year (2026)";

// A count or a percent: a whole number in [low, high]. `what` says what it counts, for the hint.
std::optional<int> whole_number(FieldReader& r, const std::string& key, int low, int high, const std::string& hint,
                                Diagnostics& diagnostics) {
  auto value = r.number(key, false);
  if (!value) return std::nullopt;
  if (*value == std::floor(*value) && *value >= low && *value <= high) return static_cast<int>(*value);
  const YamlNode* node = r.node(key, false);
  std::string range = high == 100 ? "from 0 to 100" : "0 or more";
  diagnostics.error(node->position, "'" + key + "' must be a whole number " + range + "; got '" + node->scalar + "'",
                    hint);
  return std::nullopt;
}

// The same indicator, task or program twice in one report would leave the
// reader unsure which figure counts.
class SeenOnce {
 public:
  SeenOnce(std::string kind, Diagnostics& diagnostics) : kind_(std::move(kind)), diagnostics_(diagnostics) {}
  void add(const std::optional<IdRef>& ref) {
    if (!ref) return;
    auto [it, inserted] = first_.emplace(ref->id, ref->position.line);
    if (!inserted)
      diagnostics_.error(ref->position, kind_ + " '" + ref->id + "' is reported twice",
                         "the first entry is at line " + std::to_string(it->second) + "; give each " + kind_ +
                             " one entry per report");
  }

 private:
  std::string kind_;
  Diagnostics& diagnostics_;
  std::map<std::string, int> first_;
};

// `plansite new report` leaves every figure blank for the officer to type
// (`value:` with nothing after it). A blank is never read as zero or as "not
// reported": each one left is an error at its own line, so none is forgotten.
bool is_blank(const YamlNode& item, const std::string& key, const std::string& kind, const std::string& id,
              Diagnostics& diagnostics) {
  for (size_t i = 0; i < item.entries.size(); ++i)
    if (item.entries[i].first == key && item.entries[i].second.is_null()) {
      diagnostics.error(item.key_positions[i], "'" + key + "' is blank",
                        "fill it in after '" + key + ":', or delete the lines of " + kind +
                            " '" + id + "' if it has nothing to report this time");
      return true;
    }
  return false;
}

// The id of a report item, for messages about its other keys.
std::string item_id(const YamlNode& item) {
  for (const auto& [key, value] : item.entries)
    if (key == "id" && value.is_scalar()) return value.scalar;
  return "";
}

IndicatorValue read_indicator_value(const YamlNode& node, SeenOnce& seen, Diagnostics& diagnostics) {
  FieldReader r(node, "indicator value", diagnostics);
  IndicatorValue v;
  v.position = node.position;
  auto id = r.id_ref("id", true);
  seen.add(id);
  if (id) v.indicator = *id;
  bool blank = is_blank(node, "value", "indicator", item_id(node), diagnostics);
  is_blank(node, "measured", "indicator", item_id(node), diagnostics);
  if (auto value = r.number("value", !blank)) {
    v.value = *value;
    v.value_position = r.node("value", false)->position;
  }
  v.measured = r.number("measured", false);
  if (v.measured) v.measured_position = r.node("measured", false)->position;
  v.note = r.text("note", false);
  r.finish();
  return v;
}

TaskProgress read_task_progress(const YamlNode& node, SeenOnce& seen, Diagnostics& diagnostics) {
  FieldReader r(node, "task progress", diagnostics);
  TaskProgress t;
  t.position = node.position;
  auto id = r.id_ref("id", true);
  seen.add(id);
  if (id) t.task = *id;
  bool blank = is_blank(node, "status", "task", item_id(node), diagnostics);
  is_blank(node, "percent", "task", item_id(node), diagnostics);
  // Overdue is not reported: the site works it out from the task's timeframe.
  t.status = r.one_of("status", {"planned", "in-progress", "done", "cancelled"}, !blank);
  t.percent = whole_number(r, "percent", 0, 100, "the share of the task done by the end of the period, e.g. 60",
                           diagnostics);
  if (t.status == "done" && t.percent && *t.percent < 100)
    diagnostics.error(r.node("percent", false)->position,
                      "the task is done but only " + std::to_string(*t.percent) + "% complete",
                      "a done task is 100% complete: write `percent: 100` or leave it out; if work remains, "
                      "write `status: in-progress`");
  t.note = r.text("note", false);
  r.finish();
  return t;
}

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// The formats every browser the site supports can show (HEIC from phones is not one).
bool is_web_image(const fs::path& path) {
  std::string extension = lowercase(path.extension().string());
  for (const char* known : {".jpg", ".jpeg", ".png", ".webp", ".svg"})
    if (extension == known) return true;
  return false;
}

// A photo heavier than this is published, with a warning: a reader on a slow
// phone connection waits for every byte, and a phone's own photo (3–5 MB) is
// ten times what a page needs.
constexpr size_t kPhotoWarnBytes = 1024 * 1024;

// An SVG is a document, not a picture: opened from the site it could run a
// script in the site's name. Only drawings without scripts, event handlers,
// links to scripts or embedded HTML are published. Case does not hide them.
std::string svg_danger(const std::string& svg) {
  std::string text = lowercase(svg);
  for (const char* bad : {"<script", "javascript:", "<foreignobject", "<iframe", "<embed", "<object"})
    if (text.find(bad) != std::string::npos) return bad;
  for (size_t at = text.find("on"); at != std::string::npos; at = text.find("on", at + 2)) {
    // An attribute " onload=", " onclick =" …: "on" after a space, letters, then "=".
    if (at == 0 || !std::isspace(static_cast<unsigned char>(text[at - 1]))) continue;
    size_t end = at + 2;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    size_t name_end = end;
    while (end < text.size() && std::isspace(static_cast<unsigned char>(text[end]))) ++end;
    if (name_end > at + 2 && end < text.size() && text[end] == '=') return text.substr(at, name_end - at) + "=";
  }
  return {};
}

// A photo's path stays inside the plan's reports folder, symbolic links
// resolved: it is published from there, and nothing outside the site may be.
Photo read_photo(const YamlNode& node, const fs::path& root, const std::string& folder, Diagnostics& diagnostics) {
  FieldReader r(node, "photo", diagnostics);
  Photo p;
  p.file = r.string("file", true);
  if (const YamlNode* file = r.node("file", false); file && !p.file.empty()) {
    fs::path path(p.file);
    bool inside = path.is_relative() && p.file.find('\\') == std::string::npos &&
                  std::none_of(path.begin(), path.end(), [](const fs::path& part) { return part == ".."; });
    const fs::path full = root / folder / path;
    auto problem = [&](const std::string& message, const std::string& hint) {
      diagnostics.error(file->position, "photo '" + p.file + "' " + message, hint);
    };
    if (!inside) {
      problem("is outside the reports folder", "put the photo in " + folder +
                                                   "/ (or a folder in it) and write its path from there, "
                                                   "e.g. anh/lop-hoc.jpg");
    } else if (!is_web_image(path)) {
      problem("is not a JPG, PNG, WebP or SVG file", "browsers show only some image formats: save the photo as JPG");
    } else {
      using Problem = InsideRead::Problem;
      InsideRead read = read_inside(root, full);
      std::string bad =
          read.problem == Problem::none && lowercase(path.extension().string()) == ".svg" ? svg_danger(read.text) : "";
      if (read.problem == Problem::missing || read.problem == Problem::not_regular) {
        problem("not found", "the path is relative to " + folder + "/; check the spelling and that the file is there");
      } else if (read.problem == Problem::outside) {
        problem(outside_message(read.real),
                "copy the photo itself into " + folder + "/: only files inside the site are published");
      } else if (read.problem != Problem::none) {
        problem("cannot be read", "check the file's permissions");
      } else if (!bad.empty()) {
        problem("is an SVG drawing with active content (" + bad + ")",
                "an SVG that can run a script is not published: save the picture as JPG or PNG");
      } else {
        if (read.text.size() > kPhotoWarnBytes)
          diagnostics.warning(file->position,
                              "photo '" + p.file + "' is " +
                                  std::to_string((read.text.size() + 512 * 1024) / (1024 * 1024)) +
                                  " MB: readers on a phone wait for every byte",
                              "resize it to about 1600 pixels wide and save it as JPG (a few hundred KB)");
        p.bytes = std::move(read.text);
      }
    }
  }
  p.alt = r.text("alt", false);
  if (r.ok() && p.alt.in("vi").empty())
    diagnostics.error(node.position, "photo has no alt text",
                      "describe what the photo shows for readers who cannot see it: "
                      "`alt: {vi: Lớp học kỹ năng số tại xóm Khau Giang, en: …}`");
  r.finish();
  return p;
}

ProgramActivity read_program_activity(const YamlNode& node, SeenOnce& seen, const fs::path& root,
                                      const std::string& folder, Diagnostics& diagnostics) {
  FieldReader r(node, "program activity", diagnostics);
  ProgramActivity a;
  a.position = node.position;
  auto id = r.id_ref("id", true);
  seen.add(id);
  if (id) a.program = *id;
  is_blank(node, "sessions", "program", item_id(node), diagnostics);
  is_blank(node, "participants", "program", item_id(node), diagnostics);
  a.sessions = whole_number(r, "sessions", 0, 1000000, "the sessions, classes or events held in the period",
                            diagnostics).value_or(0);
  a.participants = whole_number(r, "participants", 0, 100000000, "the people who took part in the period",
                                diagnostics).value_or(0);
  a.note = r.text("note", false);
  for (const auto& photo : r.list("photos", false)) a.photos.push_back(read_photo(photo, root, folder, diagnostics));
  r.finish();
  return a;
}

// Days since a fixed origin, for "a year after" comparisons (proleptic Gregorian).
long day_number(int year, int month, int day) {
  int y = month <= 2 ? year - 1 : year;
  int m = month <= 2 ? month + 9 : month - 3;
  return 365L * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day;
}

int last_day(int year, int month) {
  return static_cast<int>(day_number(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1) -
                          day_number(year, month, 1));
}

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

// The period must be one the plan covers; the report is made once the period
// has started, and usually soon after it ends.
void check_report_period_and_date(const Report& report, const Plan& plan, const Position& period_at,
                                  const Position& date_at, const std::string& date_text, Diagnostics& diagnostics) {
  const ReportPeriod& p = report.period;
  // A plan without a usable period has had its own error; no second one per report.
  if (plan.period.from && (p.year < plan.period.from || p.year > plan.period.to)) {
    std::string span = std::to_string(plan.period.from) +
                       (plan.period.to != plan.period.from ? "-" + std::to_string(plan.period.to) : "");
    diagnostics.error(period_at,
                      "report period " + p.key() + " is outside the plan's period " + span,
                      "a plan reports on the years it covers (`period:` in plan.yaml)");
  }
  const PartialDate& d = report.date;
  if (d.year == 0) return;
  if (!d.day) {
    diagnostics.error(date_at, "a report's date must be a full date; got '" + date_text + "'",
                      "write the day the report was made: YYYY-MM-DD, e.g. 2026-07-05");
    return;
  }
  long date = day_number(d.year, d.month, d.day);
  long start = day_number(p.year, p.first_month(), 1);
  if (date < start) {
    diagnostics.error(date_at,
                      "the report is dated " + date_text + ", before its period " + p.key() + " starts (" +
                          std::to_string(p.year) + "-" + two_digits(p.first_month()) + "-01)",
                      "check the year and month in `date` and `period`");
    return;
  }
  long year_after_end = day_number(p.year + 1, p.last_month(), last_day(p.year + 1, p.last_month()));
  if (date > year_after_end)
    diagnostics.warning(date_at,
                        "the report is dated " + date_text + ", more than a year after its period " +
                            p.key() + " ended",
                        "check the year in `date`; a late report is still published");
}

namespace {

std::optional<Report> read_report(const fs::path& root, const Plan& plan, const std::string& folder,
                                  const std::string& key, Diagnostics& diagnostics) {
  std::string file = folder + "/" + key + ".yaml";
  auto yaml = load_yaml_file(root, file, true, diagnostics);
  if (!yaml) return std::nullopt;
  FieldReader r(*yaml, "report", diagnostics);
  if (!r.ok()) return std::nullopt;
  Report report;
  report.plan_id = plan.id;
  report.position = {file, 1, 1};
  report.period = *parse_report_period(key);  // the caller checked the file name
  bool period_ok = false;
  if (const YamlNode* period = r.node("period", true)) {
    auto written = period->is_scalar() ? parse_report_period(period->scalar) : std::nullopt;
    if (!written)
      diagnostics.error(period->position,
                        "malformed report period " + (period->is_scalar() ? "'" + period->scalar + "'" : describe_kind(*period)),
                        kPeriodHint);
    else if (written->key() != key)
      diagnostics.error(period->position,
                        "period " + written->key() + " does not match the file name " + key + ".yaml",
                        "a report's file is named after its period: correct `period:` or rename the file to " +
                            written->key() + ".yaml");
    else
      period_ok = true;
  }
  if (auto date = r.date("date", true)) report.date = *date;
  if (const YamlNode* date = r.node("date", false); period_ok && date)
    check_report_period_and_date(report, plan, r.node("period", false)->position, date->position, date->scalar,
                                 diagnostics);
  else if (period_ok)
    check_report_period_and_date(report, plan, r.node("period", false)->position, {}, "", diagnostics);
  report.agency = r.id_ref("agency", false);
  report.illustrative = r.boolean("illustrative", false);
  SeenOnce indicators("indicator", diagnostics), tasks("task", diagnostics), programs("program", diagnostics);
  for (const auto& item : r.list("indicators", false))
    report.indicators.push_back(read_indicator_value(item, indicators, diagnostics));
  for (const auto& item : r.list("tasks", false)) report.tasks.push_back(read_task_progress(item, tasks, diagnostics));
  for (const auto& item : r.list("programs", false))
    report.programs.push_back(read_program_activity(item, programs, root, folder, diagnostics));
  r.finish();
  if (!period_ok) return std::nullopt;  // a report whose period is in doubt would be filed under the wrong one
  return report;
}

// The period a report file is named after, or nothing (with an error) when
// the name is not one. Other files (photos, a README) are left alone.
std::optional<std::string> report_key(const fs::path& path, const std::string& folder, Diagnostics& diagnostics) {
  std::string extension = path.extension().string();
  if (extension != ".yaml" && extension != ".yml") return std::nullopt;
  std::string stem = path.stem().string();
  std::string relative = folder + "/" + path.filename().string();
  std::string upper = stem;
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  auto period = parse_report_period(upper);
  if (extension == ".yml") {
    diagnostics.error({relative, 1, 1}, "a report file ends in .yaml, not .yml",
                      "rename it to " + (period ? period->key() : stem) + ".yaml");
    return std::nullopt;
  }
  if (!period || period->key() != upper) {
    diagnostics.error({relative, 1, 1}, "a report file must be named after its period, not '" + path.filename().string() + "'",
                      std::string("name it 2026-Q2.yaml (a quarter), 2026-H1.yaml (a half-year) or 2026.yaml (a year)"));
    return std::nullopt;
  }
  if (upper != stem) {
    diagnostics.error({relative, 1, 1}, "a report file must be named after its period, not '" + path.filename().string() + "'",
                      "rename it to " + period->key() + ".yaml (Q and H are capitals)");
    return std::nullopt;
  }
  return stem;
}

}  // namespace

std::vector<Report> load_reports(const fs::path& root, const Plan& plan, Diagnostics& diagnostics) {
  std::vector<Report> reports;
  std::string folder = "content/plans/" + plan.id + "/reports";
  std::error_code ec;
  if (!fs::is_directory(root / folder, ec)) return reports;
  std::vector<std::string> keys, csv_keys;
  for (const auto& entry : fs::directory_iterator(root / folder, ec)) {
    std::string name = entry.path().filename().string();
    std::error_code entry_ec;
    if (name.empty() || name[0] == '.') continue;
    // A folder named after a period is a report kept as CSV (csv_report.h);
    // other folders hold photos.
    if (entry.is_directory(entry_ec)) {
      if (auto key = csv_report_key(root, folder, name, diagnostics)) csv_keys.push_back(*key);
    } else if (entry.is_regular_file(entry_ec)) {
      if (auto key = report_key(entry.path(), folder, diagnostics)) keys.push_back(*key);
    }
  }
  if (ec) diagnostics.error({folder, 0, 0}, "cannot list the reports: " + ec.message());
  std::sort(keys.begin(), keys.end());  // directory order differs between machines
  std::sort(csv_keys.begin(), csv_keys.end());
  for (const auto& key : keys)
    if (auto report = read_report(root, plan, folder, key, diagnostics)) reports.push_back(std::move(*report));
  for (const auto& key : csv_keys) {
    // One period, one report: two would leave the reader unsure which figures count.
    if (std::binary_search(keys.begin(), keys.end(), key)) {
      diagnostics.error({folder + "/" + key + ".yaml", 1, 1}, "two reports for " + key + ": " + key + ".yaml and the folder " + key + "/",
                        "keep one: delete " + key + ".yaml or move its figures into the CSV files of " + key + "/");
      continue;
    }
    if (auto report = read_csv_report(root, plan, folder, key, diagnostics)) reports.push_back(std::move(*report));
  }
  // Oldest first: by the month the period ends; of periods ending together,
  // the shorter first, so a half-year or year report follows its last quarter's.
  std::stable_sort(reports.begin(), reports.end(), [](const Report& a, const Report& b) {
    auto order = [](const ReportPeriod& p) { return std::tuple(p.year, p.last_month(), -p.first_month()); };
    return order(a.period) < order(b.period);
  });
  return reports;
}

}  // namespace plansite
