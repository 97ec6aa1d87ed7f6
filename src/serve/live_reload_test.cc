#include "serve/live_reload.h"

#include <doctest/doctest.h>

using plansite::live_reload_script;
using plansite::with_live_reload;

TEST_CASE("live reload: the script goes before the last </body>, with the page's build") {
  CHECK(with_live_reload("<html><body><p>x</p></body></html>\n", 7) ==
        "<html><body><p>x</p><script src=\"/__plansite/live.js?build=7\" defer></script>\n</body></html>\n");
  CHECK(with_live_reload("<p>no body</p>", 1) == "<p>no body</p><script src=\"/__plansite/live.js?build=1\" defer></script>\n");
}

TEST_CASE("live reload: the overlay puts content in as text, never as markup") {
  const std::string& script = live_reload_script();
  CHECK(script.find("textContent") != std::string::npos);
  CHECK(script.find("innerHTML") == std::string::npos);
  CHECK(script.find("insertAdjacentHTML") == std::string::npos);
  CHECK(script.find("eval(") == std::string::npos);
}
