#include "load/field_reader.h"
#include "load/load_parts.h"

namespace plansite {

namespace {

const std::vector<std::string> kAgencyKinds = {
    "party",    "council", "authority", "front",     "union", "division", "centre",
    "police",   "health",  "education", "team",      "hamlet", "group"};

}  // namespace

std::vector<Agency> read_agencies(const YamlNode& root, Diagnostics& diagnostics) {
  std::vector<Agency> agencies;
  FieldReader file(root, "agencies.yaml", diagnostics);
  for (const auto& node : file.list("agencies", true)) {
    FieldReader r(node, "agency", diagnostics);
    if (!r.ok()) continue;
    Agency a;
    a.position = node.position;
    a.id = r.id("id", true);
    a.name = r.text("name", true);
    a.short_name = r.text("short", false);
    a.kind = r.one_of("kind", kAgencyKinds, true);
    r.finish();
    agencies.push_back(std::move(a));
  }
  file.finish();
  return agencies;
}

}  // namespace plansite
