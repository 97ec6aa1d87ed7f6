#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/id_ref.h"
#include "model/period.h"
#include "model/report.h"
#include "model/text.h"

namespace plansite {

/// A document the plan is based on (Căn cứ), implements (Thực hiện), or
/// cites further on in its text.
struct LegalBasis {
  std::string basis;  ///< "pursuant", "implementing" or "cited"
  Text document;      ///< kind: Nghị quyết, Kế hoạch, …
  std::string number;
  std::optional<PartialDate> date;
  Text issuer;
  Text subject;
  std::string url;  ///< where the document can be read, if anywhere
};

/// One signature block: the authority lines ("TM. ỦY BAN NHÂN DÂN", then
/// "KT. CHỦ TỊCH"), the title and the name.
struct Signatory {
  std::vector<Text> authority;  ///< one Text per line, top to bottom
  Text title;
  std::string name;
  std::optional<IdRef> agency;
};

struct Objective {
  std::string id;
  Text title;
  Text statement;
  Position position;
};

/// One milestone of an indicator: a value to reach by the end of a year, or,
/// without a year, a standing target that holds throughout the plan. A
/// milestone may word its target and name what it counts in its own way.
struct Target {
  std::optional<int> by;
  std::optional<double> value;
  std::string bound = "exactly";  ///< at-least, above, exactly
  Text note;
  Text statement;   ///< the milestone's own wording, when it differs from the indicator's
  Text population;  ///< what this milestone counts, when it differs from the indicator's
};

/// A chỉ tiêu: one measurable target, possibly with several milestones.
struct Indicator {
  std::string id;
  std::optional<IdRef> objective;
  Text statement;
  std::string unit;
  Text population;
  std::optional<double> baseline_value;
  int baseline_year = 0;
  std::vector<Target> targets;
  std::optional<IdRef> agency;
  Position position;
};

/// When a task happens: a span of periods, "ongoing", peaks, and the plan's wording.
struct Timeframe {
  std::optional<Period> from;
  std::optional<Period> to;
  bool ongoing = false;
  std::vector<Period> peak;
  Text note;
  /// False when the plan gives the task no time at all: shown as "Chưa xác định".
  bool specified() const { return from || ongoing || !note.empty(); }
};

/// A nhiệm vụ with the "6 rõ": what, who leads, who helps, when, result, status.
/// A plan may leave the lead or the time out; the task is then unassigned
/// (empty `lead`) or unscheduled, and the site says so instead of guessing.
struct Task {
  std::string id;
  std::string number;  ///< the plan's own number for it ("1.1"), if it gives one
  Text content;
  std::vector<IdRef> lead;
  /// The other agencies the plan names as carrying the task out ("Cơ quan thực
  /// hiện") without marking them chủ trì: neither leads nor coordinators.
  std::vector<IdRef> implementing;
  std::vector<IdRef> coordinating;
  Timeframe timeframe;
  Text participants;
  Text expected_result;
  std::string status = "planned";
  Position position;
};

struct Link {
  std::string url;
  Text label;
};

/// A mô hình điểm: a pilot model with its participants, places and activities.
struct Program {
  std::string id;
  Text name;
  Text participants;
  std::vector<Text> places;
  std::optional<YearSpan> period;
  std::vector<Text> activities;
  std::vector<Text> expected_results;
  std::vector<IdRef> responsible;
  std::vector<Link> links;
  Position position;
};

/// One item of "Tổ chức thực hiện": who must do what.
struct Responsibility {
  std::vector<IdRef> agencies;
  Text label;
  std::vector<Text> duties;
  /// Tasks of the same plan this item is answerable for, by number or id.
  std::vector<IdRef> tasks;
};

struct Annex {
  Text title;
  Text subtitle;
};

/// A plan (kế hoạch): its metadata, its text per language and its structured parts.
/// An issued plan may lack a number, symbol, place or date (some Party plans
/// are circulated so); a draft has blanks where the clerk will write them.
struct Plan {
  std::string id;  ///< the folder name under content/plans/
  std::string status;
  std::string type = "plan";
  /// Which rules the document follows: "state" (Nghị định 30/2020/NĐ-CP) or
  /// "party" (Hướng dẫn 36-HD/VPTW). Empty when not given; resolve then
  /// takes it from the first issuer's kind.
  std::string form;
  std::string number;
  std::string symbol;
  std::vector<IdRef> issuers;
  Text parent_body;
  std::string place;
  std::optional<PartialDate> date;
  Text title;
  YearSpan period;
  std::vector<LegalBasis> legal_bases;
  std::vector<Signatory> signatories;
  std::vector<Text> recipients;
  /// True when the recipients carry the issuer's own punctuation, to print
  /// exactly as written; otherwise plansite ends each line with ";" and the
  /// last with "." where the line has no punctuation of its own.
  bool recipients_as_written = false;
  std::optional<Annex> annex;
  std::vector<Objective> objectives;
  std::vector<Indicator> indicators;
  std::vector<Task> tasks;
  std::vector<Program> programs;
  std::vector<Responsibility> responsibilities;
  /// Its progress reports, oldest period first (content/plans/<id>/reports/).
  std::vector<Report> reports;
  /// Markdown text of the document per language ("vi" always present).
  std::map<std::string, std::string> body;
  Position position;  ///< plan.yaml, line 1
};

}  // namespace plansite
