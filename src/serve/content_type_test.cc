#include "serve/content_type.h"

#include <doctest/doctest.h>

using plansite::content_type_for;

TEST_CASE("content types: every kind of file a build writes") {
  CHECK(content_type_for("ke-hoach/x/index.html") == "text/html; charset=utf-8");
  CHECK(content_type_for("assets/site.1a2b.css") == "text/css; charset=utf-8");
  CHECK(content_type_for("assets/chart.1a2b.js") == "text/javascript; charset=utf-8");
  CHECK(content_type_for("assets/logo.svg") == "image/svg+xml");
  CHECK(content_type_for("a.png") == "image/png");
  CHECK(content_type_for("a.JPG") == "image/jpeg");
  CHECK(content_type_for("a.webp") == "image/webp");
  CHECK(content_type_for("du-lieu/site.json") == "application/json");
  CHECK(content_type_for("du-lieu/tasks.csv") == "text/csv; charset=utf-8");
  CHECK(content_type_for("sitemap.xml") == "application/xml");
  CHECK(content_type_for("ke-hoach/x/x.pdf") == "application/pdf");
  CHECK(content_type_for("assets/font.woff2") == "font/woff2");
  CHECK(content_type_for("a.d/noextension") == "application/octet-stream");
}
