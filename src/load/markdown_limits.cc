#include "load/markdown_limits.h"

#include <string_view>
#include <vector>

#include "render/markdown.h"

namespace plansite {

namespace {

// A line without the block-quote markers and indentation in front of it: a
// table may sit in a quote or a list item.
std::string_view content_of(std::string_view line) {
  size_t i = line.find_first_not_of(" \t>");
  return i == std::string_view::npos ? std::string_view{} : line.substr(i);
}

bool is_blank(std::string_view line) { return content_of(line).find_first_not_of(" \t\r") == std::string_view::npos; }

// The number of columns when `line` is a table's delimiter row
// ("| --- | :-: |"), else 0. A pipe is required: "---" alone is a rule or
// a heading's underline.
size_t delimiter_columns(std::string_view line) {
  line = content_of(line);
  if (line.find('|') == std::string_view::npos || line.find('-') == std::string_view::npos) return 0;
  size_t columns = 0;
  bool dashes = false;
  for (char c : line) {
    if (c == '|') {
      columns += dashes;
      dashes = false;
    } else if (c == '-') {
      dashes = true;
    } else if (c != ':' && c != ' ' && c != '\t' && c != '\r') {
      return 0;
    }
  }
  return columns + dashes;
}

std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Tables too large to render. A table runs from the line above its
// delimiter row to the next blank line, as GitHub's Markdown reads it; the
// count is an upper bound, taken on the text, before any parsing.
bool tables_within_limits(const std::string& file, const std::vector<std::string_view>& lines,
                          Diagnostics& diagnostics) {
  bool ok = true;
  for (size_t i = 1; i < lines.size(); ++i) {
    size_t columns = delimiter_columns(lines[i]);
    if (columns == 0 || is_blank(lines[i - 1])) continue;
    size_t rows = 2;
    size_t end = i + 1;
    while (end < lines.size() && !is_blank(lines[end])) ++end;
    rows += end - (i + 1);
    if (columns * rows > kMaxTableCells) {
      diagnostics.error({file, static_cast<int>(i + 1), 1},
                        "this table has " + std::to_string(columns) + " columns and " + std::to_string(rows) +
                            " rows, more than " + std::to_string(kMaxTableCells) + " cells",
                        "split it into smaller tables, or publish the data as a CSV file");
      ok = false;
    }
    i = end;  // the rows of this table are not delimiter rows of another
  }
  return ok;
}

// cmark-gfm counts columns in bytes; plansite's positions count characters, as an editor does.
int character_column(const std::vector<std::string_view>& lines, int line, int byte_column) {
  if (line < 1 || static_cast<size_t>(line) > lines.size() || byte_column < 1) return byte_column;
  std::string_view before = lines[line - 1].substr(0, static_cast<size_t>(byte_column - 1));
  int column = 1;
  for (unsigned char c : before) column += (c & 0xC0) != 0x80;
  return column;
}

}  // namespace

bool check_markdown(const std::string& file, const std::string& text, Diagnostics& diagnostics, RawHtml raw_html) {
  std::vector<std::string_view> lines = lines_of(text);
  if (!tables_within_limits(file, lines, diagnostics)) return false;
  // Raw HTML starts with '<', and a heading needs a line with '#' (ATX) or
  // an underline of '=' or '-' (setext): text with neither '<' nor more
  // such lines than headings are allowed has nothing to find, and most plan
  // bodies are such text, parsed again (for the page) only when rendered.
  if (text.find('<') == std::string::npos) {
    size_t could_be_headings = 0;
    for (std::string_view line : lines)
      if (line.find_first_of("#=-") != std::string_view::npos) ++could_be_headings;
    if (could_be_headings <= kMaxHeadings) return true;
  }
  // The loader parses once more than the renderer for this: the position of
  // raw HTML and the number of headings are known only from the parsed tree,
  // and the officer should hear of them from `plansite check` too.
  MarkdownOutline outline = outline_markdown(text, raw_html);
  if (outline.headings > kMaxHeadings) {
    diagnostics.error({file, 1, 1},
                      "the text has " + std::to_string(outline.headings) + " headings, more than " +
                          std::to_string(kMaxHeadings),
                      "a plan has a few dozen sections; lines starting with '#' are headings, and so are lines "
                      "underlined with '===' or '---'");
    return false;
  }
  for (const auto& spot : outline.raw_html) {
    Position at{file, spot.line, character_column(lines, spot.line, spot.byte_column)};
    if (raw_html == RawHtml::drop)
      diagnostics.warning(at, "raw HTML is left out of the page",
                          "write it in Markdown: **bold**, *italic*, [text](address), tables with |; "
                          "to show a tag as text, put it in backticks: `<br>`");
    else if (spot.left_out)
      diagnostics.warning(at, "raw HTML left out of the page: " + spot.what,
                          "site.yaml allows raw HTML, but only the elements, attributes and addresses listed in "
                          "docs/format-reference.md, 'Raw HTML'; write the rest in Markdown");
    else
      diagnostics.warning(at, spot.what);
  }
  return true;
}

}  // namespace plansite
