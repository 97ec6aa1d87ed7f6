#include "model/diagnostic.h"

#include <algorithm>
#include <sstream>
#include <string_view>

#include "util/forbidden_characters.h"

namespace plansite {

namespace {

// The byte length of the first `chars` code points of UTF-8 `text` (all of it if shorter).
size_t prefix_bytes(std::string_view text, size_t chars) {
  size_t seen = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (seen++ == chars) return i;
  }
  return text.size();
}

size_t code_points(std::string_view text) {
  size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

// `text` cut to `width` characters with "…" after the cut.
std::string cut(std::string_view text, size_t width) {
  size_t keep = prefix_bytes(text, width - 1);
  if (keep == text.size()) return std::string(text);
  return std::string(text.substr(0, keep)) + "…";
}

// Quotes as messages write them: 'unknown agency 'x' in task'. An opening
// quote follows a space or bracket, a closing one comes before a space or
// punctuation, so the apostrophe of "the indicator's population" is neither.
bool opens_quote(const std::string& m, size_t i) {
  return i == 0 || std::string_view(" ([{:\"").find(m[i - 1]) != std::string_view::npos;
}
bool closes_quote(const std::string& m, size_t i) {
  return i + 1 == m.size() || std::string_view(" ,.;:)]}?!'\"").find(m[i + 1]) != std::string_view::npos;
}

// A message as it is kept: every quoted value cut to kMaxQuoteWidth
// characters, the whole cut to kMaxMessageWidth, control characters escaped
// (tabs kept). Cut before escaping, so a 10 MB value is never escaped whole.
std::string bounded(const std::string& message) {
  std::string out;
  size_t from = 0;
  size_t search = 0;
  while (true) {
    size_t open = message.find('\'', search);
    if (open == std::string::npos) break;
    if (!opens_quote(message, open)) {
      search = open + 1;
      continue;
    }
    size_t close = message.find('\'', open + 1);
    while (close != std::string::npos && !closes_quote(message, close)) close = message.find('\'', close + 1);
    // No closing quote after this one means none after any later one either: done, in one pass.
    if (close == std::string::npos) break;
    out.append(message, from, open + 1 - from);
    out += cut(std::string_view(message).substr(open + 1, close - open - 1), kMaxQuoteWidth);
    from = close;
    search = close + 1;
  }
  out.append(message, from);
  return escape_for_terminal(cut(out, kMaxMessageWidth), true);
}

}  // namespace

void Diagnostics::keep(Diagnostic d) {
  auto [it, added] = per_file_.try_emplace(d.position.file.str(), 0);
  int& count = it->second;
  if (count > kMaxDiagnosticsPerFile) return;
  if (count++ == kMaxDiagnosticsPerFile) {
    d.message = "too many problems in this file; the rest are not shown";
    d.hint = "fix these " + std::to_string(kMaxDiagnosticsPerFile) + " first and run again";
  }
  items_.push_back(std::move(d));
}

void Diagnostics::error(const Position& at, std::string message, std::string hint) {
  ++error_count_;
  // Counted above either way; past the file's limit the message is not even built.
  auto it = per_file_.find(at.file.str());
  if (it != per_file_.end() && it->second > kMaxDiagnosticsPerFile) return;
  keep({Severity::error, at, bounded(message), bounded(hint)});
}

void Diagnostics::warning(const Position& at, std::string message, std::string hint) {
  auto it = per_file_.find(at.file.str());
  if (it != per_file_.end() && it->second > kMaxDiagnosticsPerFile) return;
  keep({Severity::warning, at, bounded(message), bounded(hint)});
}

void Diagnostics::add_source(const std::string& file, std::string text) {
  Source source{std::move(text), {0}};
  for (size_t i = source.text.find('\n'); i != std::string::npos; i = source.text.find('\n', i + 1))
    source.line_starts.push_back(i + 1);
  sources_[file] = std::move(source);
}

void Diagnostics::merge(Diagnostics&& other) {
  for (auto& d : other.items_) keep(std::move(d));  // the limit holds across threads too
  sources_.merge(other.sources_);
  error_count_ += other.error_count_;
  other = Diagnostics();
}

namespace {

// Wider lines are shown as the part around the column, between "…".
constexpr size_t kSourceWidth = 120;

// The 1-based line `line` of a source, without its line break.
std::string_view source_line(std::string_view text, const std::vector<size_t>& starts, int line) {
  if (line < 1 || static_cast<size_t>(line) > starts.size()) return {};
  size_t start = starts[line - 1];
  size_t end = static_cast<size_t>(line) < starts.size() ? starts[line] - 1 : text.size();
  std::string_view out = text.substr(start, end - start);
  if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
  return out;
}

// The line as shown under a message and the caret line under it: at most
// kSourceWidth characters around the column, control characters escaped,
// the caret under the column-th character (tabs kept so it lines up).
std::pair<std::string, std::string> quoted_line(std::string_view line, int column) {
  size_t col = column > 0 ? static_cast<size_t>(column - 1) : 0;
  // Only the line up to the window is walked: a 6 MB line quoted under 100
  // messages must not be counted through 100 times.
  bool fits = prefix_bytes(line, kSourceWidth) == line.size();
  size_t first = !fits && col > kSourceWidth / 2 ? col - kSourceWidth / 2 : 0;
  size_t begin = prefix_bytes(line, first);
  std::string_view window = line.substr(begin, prefix_bytes(line.substr(begin), kSourceWidth));
  std::string shown = first > 0 ? "…" : "";
  std::string caret = first > 0 ? " " : "";
  size_t index = first;
  for (size_t i = 0; i < window.size();) {
    size_t n = prefix_bytes(window.substr(i), 1);
    std::string piece = escape_for_terminal(window.substr(i, n), true);
    shown += piece;
    if (index++ < col) caret += piece == "\t" ? std::string("\t") : std::string(code_points(piece), ' ');
    i += n;
  }
  if (begin + window.size() < line.size()) shown += "…";
  return {shown, caret + "^"};
}

}  // namespace

std::string Diagnostics::format(bool with_source) const {
  std::vector<Diagnostic> sorted = items_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.position.file != b.position.file) return a.position.file < b.position.file;
    if (a.position.line != b.position.line) return a.position.line < b.position.line;
    return a.position.column < b.position.column;
  });
  std::ostringstream out;
  for (const auto& d : sorted) {
    const auto& p = d.position;
    out << escape_for_terminal(p.file.str());
    if (p.line > 0) out << ':' << p.line << ':' << p.column;
    out << ": " << (d.severity == Severity::error ? "error" : "warning") << ": " << d.message << '\n';
    if (with_source && p.line > 0) {
      auto it = sources_.find(p.file);
      if (it != sources_.end()) {
        std::string_view line = source_line(it->second.text, it->second.line_starts, p.line);
        if (!line.empty()) {
          auto [shown, caret] = quoted_line(line, p.column);
          out << "    " << shown << '\n' << "    " << caret << '\n';
        }
      }
    }
    if (!d.hint.empty()) out << "  hint: " << d.hint << '\n';
  }
  return out.str();
}

int edit_distance(const std::string& a, const std::string& b) {
  std::vector<int> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      int above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string closest_match(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  int best_distance = 0;
  for (const auto& c : candidates) {
    int d = edit_distance(word, c);
    if (best.empty() || d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  // A suggestion further than a third of the word away is noise, not help.
  int limit = std::max<int>(2, static_cast<int>(word.size()) / 3);
  return !best.empty() && best_distance <= limit ? best : std::string{};
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best = closest_match(word, candidates);
  return best.empty() ? std::string{} : "did you mean '" + best + "'?";
}

}  // namespace plansite
