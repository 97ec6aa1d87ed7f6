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
                              Diagnostics& diagnostics);

/// Reads content/plans/<plan>/reports/*.yaml, oldest period first; needs the
/// plan's id and period.
std::vector<Report> load_reports(const std::filesystem::path& root, const Plan& plan, Diagnostics& diagnostics);

Objective read_objective(const YamlNode& node, Diagnostics& diagnostics);
Indicator read_indicator(const YamlNode& node, Diagnostics& diagnostics);
Task read_task(const YamlNode& node, Diagnostics& diagnostics);
Program read_program(const YamlNode& node, Diagnostics& diagnostics);
Responsibility read_responsibility(const YamlNode& node, Diagnostics& diagnostics);

}  // namespace plansite
