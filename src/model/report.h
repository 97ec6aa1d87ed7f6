#pragma once
// A progress report (báo cáo tiến độ): what one plan achieved in one period.
#include <optional>
#include <string>
#include <vector>

#include "model/id_ref.h"
#include "model/period.h"
#include "model/position.h"
#include "model/text.h"

namespace plansite {

/// The period a report covers: a quarter ("2026-Q2"), a half-year
/// ("2026-H1") or a year ("2026").
struct ReportPeriod {
  int year = 0;
  int quarter = 0;  ///< 1–4, or 0
  int half = 0;     ///< 1–2, or 0; never both a quarter and a half
  /// "2026-Q2", "2026-H1", "2026": the file name and the URL part.
  std::string key() const;
  /// The first and the last month the period covers (1–12).
  int first_month() const { return quarter ? quarter * 3 - 2 : half ? half * 6 - 5 : 1; }
  int last_month() const { return quarter ? quarter * 3 : half ? half * 6 : 12; }
};

/// Periods in report order: by the month they end, then the shorter first
/// (2026-Q2 before 2026-H1, which ends the same month).
bool earlier(const ReportPeriod& a, const ReportPeriod& b);

/// Parses "YYYY-Qn", "YYYY-Hn" or "YYYY".
std::optional<ReportPeriod> parse_report_period(const std::string& text);

/// An indicator's measured value in the period.
struct IndicatorValue {
  IdRef indicator;
  double value = 0;
  /// How many of the indicator's population were measured (e.g. 1,240
  /// households surveyed), when the indicator counts a population.
  std::optional<double> measured;
  Text note;
  Position position;
  /// Where `value` and `measured` are written: whether they fit the
  /// indicator's unit and population is known only once the report is joined
  /// to its indicator (resolve), and the message must point at the number.
  Position value_position;
  Position measured_position;
};

/// Where a task stands at the end of the period.
struct TaskProgress {
  IdRef task;
  std::string status;  ///< planned, in-progress, done, cancelled (overdue is computed, never reported)
  std::optional<int> percent;  ///< 0–100
  Text note;
  Position position;
};

struct Photo {
  std::string file;  ///< relative to the report's folder
  Text alt;          ///< required: what the photo shows
  std::string bytes;  ///< the file itself, read at load: published from here
};

/// What a model program did in the period.
struct ProgramActivity {
  IdRef program;
  int sessions = 0;      ///< sessions, classes or events held
  int participants = 0;  ///< people who took part
  Text note;
  std::vector<Photo> photos;
  Position position;
};

/// One file `content/plans/<plan>/reports/<period>.yaml`.
struct Report {
  std::string plan_id;
  ReportPeriod period;
  PartialDate date;            ///< the reporting date, a full date
  std::optional<IdRef> agency;  ///< the reporting agency
  /// Sample figures, not the commune's: every page that shows them says
  /// "Số liệu minh họa" / "Illustrative data".
  bool illustrative = false;
  std::vector<IndicatorValue> indicators;
  std::vector<TaskProgress> tasks;
  std::vector<ProgramActivity> programs;
  Position position;  ///< the file, line 1
};

}  // namespace plansite
