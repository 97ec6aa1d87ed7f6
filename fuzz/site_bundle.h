#pragma once
// A whole site in one fuzz input, so a fuzzer can mutate any of its files and
// seeds can be made from sample sites and the guides' examples:
//
//   === content/plans/ke-hoach-thu/plan.yaml
//   title: …
//   === content/plans/ke-hoach-thu/body.vi.md
//   ## I. MỤC ĐÍCH
//
// Text before the first `=== ` line belongs to the base site's plan.yaml.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plansite::fuzz {

/// The plan file that text before any `=== ` line replaces.
inline constexpr std::string_view kDefaultBundleFile = "content/plans/ke-hoach-thu/plan.yaml";

/// Splits `input` into (relative path, content) pairs, later files with the
/// same path replacing earlier ones. Paths that could leave the site folder
/// (absolute, `..`, odd characters) are dropped: the fuzzer must never write
/// outside its scratch folder.
std::vector<std::pair<std::string, std::string>> split_bundle(std::string_view input);

/// Whether `path` is a plain relative path of lowercase words, digits, `.`,
/// `-` and `_`, at most six folders deep, with no empty, `.` or `..` part.
bool is_safe_bundle_path(std::string_view path);

}  // namespace plansite::fuzz
