#pragma once
// The smallest valid site, one definition for the tests (which change one
// file of it to break it) and the fuzz site target (fuzz/site_target.cc, which
// lays each input over it), so the fuzzer starts from the site the tests know.
// Plain C++ without doctest: the fuzz targets are built without it.
#include <map>
#include <string>

namespace plansite::testing {

/// A minimal valid site with one plan; tests change one file to break it.
std::map<std::string, std::string> minimal_site();

/// Replaces the one occurrence of `from` in `text` (which must contain it) with `to`.
void replace_once(std::string& text, const std::string& from, const std::string& to);

}  // namespace plansite::testing
