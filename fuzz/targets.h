#pragma once
// The fuzz targets, one function each, so the same code runs under libFuzzer
// (libfuzzer_entry.cc, one binary per target) and in the doctest suite, which
// replays every input a fuzzer once failed on (fuzz/regressions/<target>/).
#include <cstddef>
#include <cstdint>

namespace plansite::fuzz {

/// The YAML adapter: parse, then format the diagnostics as the CLI prints them.
int yaml_target(const uint8_t* data, size_t size);
/// The Markdown adapter (cmark-gfm, headings, anchors).
int markdown_target(const uint8_t* data, size_t size);
/// The spreadsheet reader behind CSV progress reports.
int csv_target(const uint8_t* data, size_t size);
/// A theme's Mustache template (a site may bring its own): parsed, then
/// rendered with a view of every kind of value.
int template_target(const uint8_t* data, size_t size);
/// A whole site: the input is a bundle of files (site_bundle.h) laid over a
/// small valid site, loaded, resolved and rendered into memory.
int site_target(const uint8_t* data, size_t size);

}  // namespace plansite::fuzz
