#include "serve/build_status.h"

#include <doctest/doctest.h>

using plansite::BuildStatus;
using plansite::Diagnostics;

TEST_CASE("build status: a failure keeps the last good build and lists its errors in order") {
  BuildStatus status;
  CHECK(status.json() == "{\"build\": 0, \"ok\": true, \"errors\": []}");
  status.succeeded();
  Diagnostics diagnostics;
  diagnostics.warning({"site.yaml", 1, 1}, "a warning is not shown");
  diagnostics.error({"content/plans/b/plan.yaml", 9, 3}, "second", "");
  diagnostics.error({"content/plans/a/plan.yaml", 22, 12}, "unknown agency 'x\"<y>'", "did you mean 'y'?\tok");
  status.failed(diagnostics);
  CHECK(status.build() == 1);
  CHECK(status.json() ==
        "{\"build\": 1, \"ok\": false, \"errors\": ["
        "{\"file\": \"content/plans/a/plan.yaml\", \"line\": 22, \"column\": 12, "
        "\"message\": \"unknown agency 'x\\\"<y>'\", \"hint\": \"did you mean 'y'?\\u0009ok\"}, "
        "{\"file\": \"content/plans/b/plan.yaml\", \"line\": 9, \"column\": 3, \"message\": \"second\", \"hint\": \"\"}]}");
  status.succeeded();
  CHECK(status.json() == "{\"build\": 2, \"ok\": true, \"errors\": []}");
}
