#include "load/source_file.h"


#include <set>

#include "util/read_inside.h"
#include "util/unicode.h"

namespace plansite {

namespace fs = std::filesystem;

std::optional<std::string> read_source_file(const std::filesystem::path& root, const std::string& relative,
                                            bool required, Diagnostics& diagnostics, const std::string& missing_hint) {
  InsideRead read = read_inside(root, root / relative);
  const Position at{relative, 0, 0};
  switch (read.problem) {
    case InsideRead::Problem::none:
      return std::move(read.text);
    case InsideRead::Problem::missing: {
      // A link to nothing is there, just broken: worth saying even when optional.
      std::error_code ec;
      if (required || fs::exists(fs::symlink_status(root / relative, ec)))
        diagnostics.error(at, "cannot read file", missing_hint);
      break;
    }
    case InsideRead::Problem::outside:
      diagnostics.error(at, "this file " + outside_message(read.real), outside_hint());
      break;
    case InsideRead::Problem::not_regular:  // a folder, a pipe or a device
    case InsideRead::Problem::unreadable:
      diagnostics.error(at, "cannot read file", "check that it is a regular file you may read");
      break;
  }
  return std::nullopt;
}

std::optional<YamlNode> load_yaml_file(const std::filesystem::path& root, const std::string& relative,
                                       bool required, Diagnostics& diagnostics) {
  auto text = read_source_file(root, relative, required, diagnostics,
                               required ? "every site needs this file; see docs/content-format.md" : "");
  if (!text) return std::nullopt;
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
  auto text = read_source_file(root, relative, false, diagnostics, "check that it is a regular file you may read");
  if (!text) return std::nullopt;
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
    // Only what the loader itself read: a file outside the site is never quoted.
    InsideRead read = read_inside(root, root / file);
    if (read.problem != InsideRead::Problem::none) continue;
    if (read.text.rfind("\xEF\xBB\xBF", 0) == 0) read.text.erase(0, 3);  // as the loader read it
    diagnostics.add_source(file, std::move(read.text));
  }
}

}  // namespace plansite
