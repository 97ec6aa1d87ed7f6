#include "load/field_reader.h"
#include "load/load_parts.h"

namespace plansite {

namespace {

const std::vector<std::string> kAgencyKinds = {
    "party",    "council", "authority", "front",      "union",      "division", "centre", "police",
    "health",   "education", "enterprise", "cooperative", "team",   "hamlet",   "group"};

std::vector<TeamRole> read_roles(FieldReader& r, Diagnostics& diagnostics) {
  std::vector<TeamRole> roles;
  for (const auto& item : r.list("roles", false)) {
    FieldReader role(item, "role", diagnostics);
    TeamRole t;
    t.title = role.text("title", true);
    t.held_by = role.text("held_by", false);
    role.finish();
    roles.push_back(std::move(t));
  }
  return roles;
}

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
    a.roles = read_roles(r, diagnostics);
    a.criteria = r.texts("criteria", false);
    // Roles and selection criteria describe a team's make-up; a committee or
    // a division is described by its own documents, not by this file.
    for (const std::string key : {"roles", "criteria"}) {
      const YamlNode* value = r.node(key, false);
      if (value && !a.kind.empty() && a.kind != "team")
        diagnostics.error(value->position, "only a team lists '" + key + "'",
                          "set `kind: team`, or leave '" + key + "' out for a " + a.kind);
    }
    r.finish();
    agencies.push_back(std::move(a));
  }
  file.finish();
  return agencies;
}

}  // namespace plansite
