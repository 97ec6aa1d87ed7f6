#include "load/source_file.h"

#include <set>
#include <string_view>

#include "load/markdown_limits.h"
#include "util/forbidden_characters.h"
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

// The line and column (in characters) of byte `offset`, for a message
// about one place; a file has at most one such message, so a scan is fine.
Position position_of_byte(const std::string& file, std::string_view text, size_t offset) {
  Position at{file, 1, 1};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++at.line;
      at.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++at.column;
    }
  }
  return at;
}

}  // namespace

std::optional<std::string> load_markdown_file(const std::filesystem::path& root,
                                              const std::string& relative, Diagnostics& diagnostics,
                                              RawHtml raw_html) {
  auto text = read_source_file(root, relative, false, diagnostics, "check that it is a regular file you may read");
  if (!text) return std::nullopt;
  // Notepad and Word write a byte-order mark; it is not part of the text.
  if (text->rfind("\xEF\xBB\xBF", 0) == 0) text->erase(0, 3);
  if (auto bad = find_invalid_utf8(*text)) {
    diagnostics.error({relative, bad->line, bad->column}, bad->message, bad->hint);
    return std::nullopt;
  }
  // Raw control characters come from pasting (Word, a terminal, a web page)
  // and cannot be seen in an editor: they are taken out, and the officer told where.
  if (auto found = find_forbidden_character(*text)) {
    size_t removed = 0;
    std::string clean = remove_forbidden_characters(*text, removed);
    diagnostics.warning(position_of_byte(relative, *text, found->offset),
                        "removed " + describe_character(found->code_point) +
                            (removed > 1 ? " and " + std::to_string(removed - 1) + " more such characters" : ""),
                        "control characters, bidirectional overrides and U+E000/U+E001 cannot be shown in a "
                        "page; they are invisible in most editors: delete the text around this position and "
                        "type it again");
    *text = std::move(clean);
  }
  if (!surely_nfc(*text)) {
    if (auto run = find_long_combining_run(*text)) {
      diagnostics.error(position_of_byte(relative, *text, *run),
                        "more than " + std::to_string(kMaxCombiningMarks) + " combining marks on one character",
                        "Vietnamese puts at most two marks on a letter; the text may be damaged or made to hang "
                        "the build: re-type it");
      return std::nullopt;
    }
    std::string nfc = to_nfc(*text);
    if (nfc != *text) {
      diagnostics.warning({relative, first_changed_line(*text, nfc), 1},
                          "text is not in Unicode NFC form; it was normalized",
                          "re-type the accented letters, or save the file as UTF-8 (NFC)");
    }
    *text = std::move(nfc);
  }
  if (!check_markdown(relative, *text, diagnostics, raw_html)) return std::nullopt;
  return text;
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
