#pragma once
#include <filesystem>
#include <optional>
#include <string>

#include "model/diagnostic.h"
#include "model/site.h"

namespace plansite {

/// Stage 1. Reads site.yaml, content/agencies.yaml and every plan under
/// content/plans/ into plain structs, reporting every problem it finds.
/// Returns nothing only when site.yaml itself is unusable. Plans load on
/// `workers` threads; the result and the diagnostics do not depend on it.
std::optional<Site> load_site(const std::filesystem::path& root, Diagnostics& diagnostics, int workers = 1);

/// Whether a plan may not take `id` because the site's addresses use the word
/// (`plansite new plan` refuses it too).
bool is_reserved_plan_id(const std::string& id);

}  // namespace plansite
