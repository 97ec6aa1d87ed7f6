// site.yaml's `publish:` list: each mistake with the exact diagnostic it gives.
#include <doctest/doctest.h>

#include "load/load_publish.h"
#include "test_support.h"

using plansite::testing::check_diagnostics;
using plansite::testing::minimal_site;
using plansite::testing::TempSite;

namespace {

// The minimal site with `publish` appended to its site.yaml (line 5 onwards).
std::string diagnostics_with(const std::string& publish) {
  auto files = minimal_site();
  files["site.yaml"] += publish;
  TempSite site(files);
  return check_diagnostics(site.root());
}

}  // namespace

TEST_CASE("publish: a web root and an rclone remote load, in order, with keep") {
  auto files = minimal_site();
  files["site.yaml"] +=
      "publish:\n"
      "  - name: web\n"
      "    dir: /var/www/phu-thinh\n"
      "    keep: 3\n"
      "  - name: cong-thong-tin\n"
      "    rclone: \"congthongtin:sites/phu-thinh\"\n";
  TempSite site(files);
  CHECK(check_diagnostics(site.root()) == "");
  plansite::Diagnostics diagnostics;
  auto targets = plansite::load_publish_targets(site.root(), diagnostics);
  REQUIRE(targets);
  REQUIRE(targets->size() == 2);
  CHECK((*targets)[0].name == "web");
  CHECK((*targets)[0].dir == "/var/www/phu-thinh");
  CHECK((*targets)[0].keep == 3);
  CHECK((*targets)[1].rclone == "congthongtin:sites/phu-thinh");
  CHECK((*targets)[1].keep == 5);
  CHECK((*targets)[1].position.line == 9);
}

TEST_CASE("publish: a misspelt key gets did-you-mean") {
  CHECK(diagnostics_with("publish:\n  - name: web\n    dir: /var/www/xa\n    kep: 3\n") ==
        "site.yaml:8:5: error: unknown key 'kep' in publish target\n  hint: did you mean 'keep'?\n");
}

TEST_CASE("publish: a target is a dir or an rclone remote, exactly one") {
  CHECK(diagnostics_with("publish:\n  - name: web\n") ==
        "site.yaml:6:5: error: publish target 'web' has neither 'dir' nor 'rclone'\n"
        "  hint: write `dir: /var/www/…` for a web root on this machine or `rclone: remote:path`\n");
  CHECK(diagnostics_with("publish:\n  - name: web\n    dir: /var/www/xa\n    rclone: \"r:x\"\n") ==
        "site.yaml:8:13: error: a publish target is either 'dir' or 'rclone', not both\n"
        "  hint: write a second target for the other place\n");
}

TEST_CASE("publish: a web root is an absolute path, and keep is for web roots, 1 to 100") {
  CHECK(diagnostics_with("publish:\n  - name: web\n    dir: www/xa\n") ==
        "site.yaml:7:10: error: the folder 'www/xa' is not an absolute path\n"
        "  hint: write the web root's full path, e.g. '/var/www/phu-thinh'\n");
  CHECK(diagnostics_with("publish:\n  - name: web\n    dir: /var/www/../xa\n") ==
        "site.yaml:7:10: error: the folder '/var/www/../xa' has a '..' part\n"
        "  hint: write the path without '.' or '..' parts\n");
  CHECK(diagnostics_with("publish:\n  - name: web\n    dir: /var/www/xa\n    keep: 0\n") ==
        "site.yaml:8:11: error: 'keep' must be a whole number from 1 to 100\n"
        "  hint: the number of releases kept beside the web root, the live one included; 5 if left out\n");
  CHECK(diagnostics_with("publish:\n  - name: r\n    rclone: \"r:x\"\n    keep: 2\n") ==
        "site.yaml:8:11: error: 'keep' is for a 'dir' target only\n"
        "  hint: an rclone remote holds one copy of the site; remove 'keep'\n");
}

TEST_CASE("publish: credentials written into site.yaml are refused") {
  std::string hint =
      "  hint: keep credentials out of site.yaml: set the remote up with `rclone config`, or with "
      "RCLONE_CONFIG_<NAME>_TYPE, _HOST, _USER and _PASS variables, and write 'name:path'\n";
  CHECK(diagnostics_with("publish:\n  - name: r\n    rclone: \":sftp,host=h,pass=abc:site\"\n") ==
        "site.yaml:7:13: error: the rclone remote holds a secret ('pass=…')\n" + hint);
  CHECK(diagnostics_with("publish:\n  - name: r\n    rclone: \"sftp://user:abc@host/site\"\n") ==
        "site.yaml:7:13: error: 'sftp://…' is an address, not an rclone remote\n" + hint);
  CHECK(diagnostics_with("publish:\n  - name: r\n    rclone: /var/www/xa\n") ==
        "site.yaml:7:13: error: '/var/www/xa' is not an rclone remote\n"
        "  hint: a folder on this machine is a 'dir:' target: write 'dir: /var/www/xa'\n");
}

TEST_CASE("publish: names are ids, each used once, and the list is a list") {
  CHECK(diagnostics_with("publish:\n  - name: web\n    dir: /a\n  - name: web\n    dir: /b\n") ==
        "site.yaml:8:5: error: publish target 'web' is listed twice\n  hint: give each target its own name\n");
  CHECK(diagnostics_with("publish:\n  name: web\n") ==
        "site.yaml:6:3: error: 'publish' must be a list of targets, not a map\n"
        "  hint: write `publish:` then one `- name: …` entry per target\n");
}
