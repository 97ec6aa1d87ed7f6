#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/id_ref.h"
#include "model/period.h"
#include "model/text.h"

namespace plansite {

/// A document the plan is based on (Căn cứ) or implements (Thực hiện).
struct LegalBasis {
  std::string basis;  ///< "pursuant" or "implementing"
  Text document;      ///< kind: Nghị quyết, Kế hoạch, …
  std::string number;
  std::optional<PartialDate> date;
  Text issuer;
  Text subject;
};

/// One signature block: authority line (TM., KT.), title and name.
struct Signatory {
  Text authority;
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

/// One milestone of an indicator: a value to reach by the end of a year.
struct Target {
  int by = 0;
  std::optional<double> value;
  std::string bound = "exactly";  ///< at-least, above, exactly
  Text note;
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
};

/// A nhiệm vụ with the "6 rõ": what, who leads, who helps, when, result, status.
struct Task {
  std::string id;
  Text content;
  std::vector<IdRef> lead;
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
};

struct Annex {
  Text title;
  Text subtitle;
};

/// A plan (kế hoạch): its metadata, its text per language and its structured parts.
struct Plan {
  std::string id;  ///< the folder name under content/plans/
  std::string status;
  std::string type = "plan";
  std::string number;
  std::string symbol;
  std::vector<IdRef> issuers;
  Text parent_body;
  std::string place;
  PartialDate date;
  Text title;
  YearSpan period;
  std::vector<LegalBasis> legal_bases;
  std::vector<Signatory> signatories;
  std::vector<Text> recipients;
  std::optional<Annex> annex;
  std::vector<Objective> objectives;
  std::vector<Indicator> indicators;
  std::vector<Task> tasks;
  std::vector<Program> programs;
  std::vector<Responsibility> responsibilities;
  /// Markdown text of the document per language ("vi" always present).
  std::map<std::string, std::string> body;
  Position position;  ///< plan.yaml, line 1
};

}  // namespace plansite
