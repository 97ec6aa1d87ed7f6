#pragma once
// Internal to the load stage: readers for each file and each part of a plan.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "load/yaml_tree.h"
#include "model/diagnostic.h"
#include "model/site.h"

namespace plansite {

std::vector<Agency> read_agencies(const YamlNode& root, Diagnostics& diagnostics);

/// Reads content/plans/<id>/plan.yaml and its body files.
std::optional<Plan> load_plan(const std::filesystem::path& root, const std::string& id,
                              Diagnostics& diagnostics, RawHtml raw_html = RawHtml::drop);

/// Reads content/plans/<plan>/reports/*.yaml, oldest period first; needs the
/// plan's id and period.
std::vector<Report> load_reports(const std::filesystem::path& root, const Plan& plan, Diagnostics& diagnostics);

/// Checks that a report's period lies in the plan's and that its date is a
/// full date, not before the period and not long after it; the positions
/// are where the period and the date are written (YAML value or CSV cell).
void check_report_period_and_date(const Report& report, const Plan& plan, const Position& period_at,
                                  const Position& date_at, const std::string& date_text, Diagnostics& diagnostics);

Objective read_objective(const YamlNode& node, Diagnostics& diagnostics);
Indicator read_indicator(const YamlNode& node, Diagnostics& diagnostics);
Task read_task(const YamlNode& node, Diagnostics& diagnostics);
Program read_program(const YamlNode& node, Diagnostics& diagnostics);
Responsibility read_responsibility(const YamlNode& node, Diagnostics& diagnostics);

}  // namespace plansite
