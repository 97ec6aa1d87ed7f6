#include "load/source_file.h"


#include <set>

#include "util/unicode.h"

namespace plansite {

namespace fs = std::filesystem;

std::optional<YamlNode> load_yaml_file(const std::filesystem::path& root, const std::string& relative,
                                       bool required, Diagnostics& diagnostics) {
  auto text = read_file(root / relative);
  if (!text) {
    std::error_code ec;
    if (required || fs::exists(fs::symlink_status(root / relative, ec)))
      diagnostics.error({relative, 0, 0}, "cannot read file",
                        required ? "every site needs this file; see docs/content-format.md" : "");
    return std::nullopt;
  }
  return parse_yaml(relative, *text, diagnostics);
}

namespace {

// The first line that normalization changes, so the warning points somewhere useful.
int first_changed_line(const std::string& before, const std::string& after) {
  int line = 1;
  for (size_t i = 0; i < before.size() && i < after.size(); ++i) {
    if (before[i] != after[i]) return line;
    if (before[i] == '\n') ++line;
  }
  return line;
}

}  // namespace

std::optional<std::string> load_markdown_file(const std::filesystem::path& root,
                                              const std::string& relative, Diagnostics& diagnostics) {
  auto text = read_file(root / relative);
  if (!text) {
    std::error_code ec;
    if (fs::exists(fs::symlink_status(root / relative, ec)))
      diagnostics.error({relative, 0, 0}, "cannot read file", "check that it is a regular file you may read");
    return std::nullopt;
  }
  // Notepad and Word write a byte-order mark; it is not part of the text.
  if (text->rfind("\xEF\xBB\xBF", 0) == 0) text->erase(0, 3);
  if (auto bad = find_invalid_utf8(*text)) {
    diagnostics.error({relative, bad->line, bad->column}, bad->message, bad->hint);
    return std::nullopt;
  }
  if (surely_nfc(*text)) return text;
  std::string nfc = to_nfc(*text);
  if (nfc != *text) {
    diagnostics.warning({relative, first_changed_line(*text, nfc), 1},
                        "text is not in Unicode NFC form; it was normalized",
                        "re-type the accented letters, or save the file as UTF-8 (NFC)");
  }
  return nfc;
}

void quote_sources(const std::filesystem::path& root, Diagnostics& diagnostics) {
  std::set<std::string> files;
  for (const auto& d : diagnostics.all())
    if (d.position.line > 0) files.insert(d.position.file);
  for (const auto& file : files) {
    // A CSV position is a spreadsheet row and column, not a text line and
    // character: quoting the line under it would point at the wrong place.
    if (file.size() > 4 && file.compare(file.size() - 4, 4, ".csv") == 0) continue;
    auto text = read_file(root / file);
    if (!text) continue;
    if (text->rfind("\xEF\xBB\xBF", 0) == 0) text->erase(0, 3);  // as the loader read it
    diagnostics.add_source(file, std::move(*text));
  }
}

}  // namespace plansite
