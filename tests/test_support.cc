#include "test_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#include <doctest/doctest.h>

#include "cli/build.h"
#include "render/relative_links.h"
#include "load/load.h"
#include "resolve/resolve.h"

namespace plansite::testing {

namespace fs = std::filesystem;

TempSite::TempSite(const std::map<std::string, std::string>& files) {
  std::string pattern = (fs::temp_directory_path() / "plansite-test-XXXXXX").string();
  root_ = ::mkdtemp(pattern.data());
  for (const auto& [path, content] : files) write(path, content);
}

TempSite::~TempSite() {
  std::error_code ec;
  fs::remove_all(root_, ec);
}

void TempSite::write(const std::string& relative, const std::string& content) const {
  fs::path path = root_ / relative;
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

std::string check_diagnostics(const fs::path& root) {
  Diagnostics diagnostics;
  if (auto site = load_site(root, diagnostics)) resolve_site(std::move(*site), diagnostics);
  return diagnostics.format(false);
}

std::map<std::string, std::string> build_site(const std::map<std::string, std::string>& files,
                                              std::string* warnings) {
  TempSite site(files);
  BuildOptions options;
  options.source = site.root();
  std::ostringstream out, err;
  int code = run_build(options, out, err);
  INFO(err.str());
  REQUIRE(code == 0);
  if (warnings) *warnings = err.str();
  return read_tree(site.root() / "public");
}

std::map<std::string, std::string> build_source(const fs::path& source) {
  TempSite scratch;
  BuildOptions options;
  options.source = source;
  options.output = scratch.root() / "public";
  std::ostringstream out, err;
  int code = run_build(options, out, err);
  INFO(err.str());
  REQUIRE(code == 0);
  return read_tree(options.output);
}

std::map<std::string, std::string> with_site_root_links(std::map<std::string, std::string> files) {
  for (auto& [path, html] : files) {
    if (!path.ends_with(".html")) continue;
    std::string folder = "/" + path.substr(0, path.rfind('/') + 1);
    std::string out;
    size_t at = 0;
    for (;;) {
      size_t attr = std::min(html.find(" href=\"", at), html.find(" src=\"", at));
      if (attr == std::string::npos) break;
      size_t start = html.find('"', attr) + 1, end = html.find('"', start);
      std::string link = html.substr(start, end - start);
      bool relative = !link.empty() && link[0] != '/' && link[0] != '#' && link.find(':') == std::string::npos;
      out += html.substr(at, start - at) + (relative ? site_root_url(link, folder) : link);
      at = end;
    }
    html = out + html.substr(at);
  }
  return files;
}

std::map<std::string, std::string> read_tree(const fs::path& root) {
  std::map<std::string, std::string> out;
  if (!fs::exists(root)) return out;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    out[fs::relative(entry.path(), root).generic_string()] = text.str();
  }
  return out;
}

int run_command(const std::string& command, std::string& output) {
  output.clear();
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return -1;
  std::array<char, 4096> buffer{};
  size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
  int status = ::pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

fs::path source_dir() { return PLANSITE_SOURCE_DIR; }

}  // namespace plansite::testing
