#include "model/diagnostic.h"

#include <algorithm>
#include <sstream>

namespace plansite {

void Diagnostics::error(const Position& at, std::string message, std::string hint) {
  items_.push_back({Severity::error, at, std::move(message), std::move(hint)});
  ++error_count_;
}

void Diagnostics::warning(const Position& at, std::string message, std::string hint) {
  items_.push_back({Severity::warning, at, std::move(message), std::move(hint)});
}

void Diagnostics::add_source(const std::string& file, std::string text) {
  sources_[file] = std::move(text);
}

void Diagnostics::merge(Diagnostics&& other) {
  items_.insert(items_.end(), std::make_move_iterator(other.items_.begin()),
                std::make_move_iterator(other.items_.end()));
  sources_.merge(other.sources_);
  error_count_ += other.error_count_;
  other = Diagnostics();
}

namespace {

std::string source_line(const std::string& text, int line) {
  int current = 1;
  size_t start = 0;
  while (current < line) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) return {};
    start = nl + 1;
    ++current;
  }
  size_t end = text.find('\n', start);
  std::string out = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!out.empty() && out.back() == '\r') out.pop_back();
  return out;
}

// The caret sits under the column-th code point; tabs are kept so it lines up.
std::string caret_line(const std::string& line, int column) {
  std::string out;
  int cp = 1;
  for (size_t i = 0; i < line.size() && cp < column; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;
    out += c == '\t' ? '\t' : ' ';
    ++cp;
  }
  return out + "^";
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
    out << p.file;
    if (p.line > 0) out << ':' << p.line << ':' << p.column;
    out << ": " << (d.severity == Severity::error ? "error" : "warning") << ": " << d.message << '\n';
    if (with_source && p.line > 0) {
      auto it = sources_.find(p.file);
      if (it != sources_.end()) {
        std::string line = source_line(it->second, p.line);
        // A very long line (minified or generated YAML) would drown the message.
        if (!line.empty() && line.size() <= 300)
          out << "    " << line << '\n' << "    " << caret_line(line, p.column) << '\n';
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
