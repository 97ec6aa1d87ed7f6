// `plansite new plan`: the new plan loads cleanly in every sample site,
// whatever agencies the site declares.
#include "scaffold/new_plan.h"

#include <doctest/doctest.h>

#include "load/load.h"
#include "test_support.h"

using plansite::testing::check_diagnostics;
using plansite::testing::source_dir;
using plansite::testing::TempSite;

namespace fs = std::filesystem;

TEST_CASE("new plan: added to each sample and example site, the site still checks without a message") {
  for (const fs::path& sample : {source_dir(), source_dir() / "examples/dan-tien", source_dir() / "examples/vi-du"}) {
    CAPTURE(sample);
    TempSite site;
    fs::copy(sample / "site.yaml", site.root() / "site.yaml");
    fs::copy(sample / "content", site.root() / "content", fs::copy_options::recursive);
    plansite::Diagnostics diagnostics;
    auto loaded = plansite::load_site(site.root(), diagnostics);
    REQUIRE(loaded);
    for (const auto& [path, text] : plansite::new_plan_files("ke-hoach-moi", *loaded, 2027)) site.write(path, text);
    CHECK(check_diagnostics(site.root()) == "");
  }
}

TEST_CASE("new plan: the plan id follows the loader's rules") {
  std::string hint;
  CHECK(plansite::plan_id_problem("chuyen-doi-so-2026", hint) == "");
  CHECK(plansite::plan_id_problem("Chuyen-doi-so", hint) == "invalid plan id 'Chuyen-doi-so'");
  CHECK(plansite::plan_id_problem("chuyển-đổi-số", hint) == "invalid plan id 'chuyển-đổi-số'");
  CHECK(plansite::plan_id_problem("a--b", hint) == "invalid plan id 'a--b'");
  CHECK(plansite::plan_id_problem(std::string(96, 'a'), hint) == "invalid plan id '" + std::string(96, 'a') + "'");
  CHECK(plansite::plan_id_problem(std::string(95, 'a'), hint) == "");
  for (const char* reserved : {"trang", "page", "trang-thai", "status", "nam", "year"}) {
    CHECK(plansite::is_reserved_plan_id(reserved));
    CHECK(plansite::plan_id_problem(reserved, hint).find("a plan may not be called") == 0);
  }
}
