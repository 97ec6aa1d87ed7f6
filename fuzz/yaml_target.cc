#include <string>

#include "load/yaml_tree.h"
#include "model/diagnostic.h"
#include "targets.h"

namespace plansite::fuzz {

int yaml_target(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  Diagnostics diagnostics;
  std::optional<YamlNode> root = parse_yaml("plan.yaml", text, diagnostics);
  if (root) describe_kind(*root);
  // Formatting quotes the offending source lines: positions past the end of
  // the text or inside a multi-byte character must still print safely.
  diagnostics.add_source("plan.yaml", std::move(text));
  diagnostics.format();
  return 0;
}

}  // namespace plansite::fuzz
