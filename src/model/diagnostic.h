#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "model/position.h"

namespace plansite {

enum class Severity { warning, error };

/// One problem found in the input, printed like a compiler message.
struct Diagnostic {
  Severity severity = Severity::error;
  Position position;
  std::string message;
  std::string hint;  ///< optional second line, e.g. "did you mean 'x'?"
};

/// At most this many problems are kept per file: past it, one more says
/// "too many problems" and the rest are counted but not kept, so a broken
/// file of a million lines cannot fill the terminal or the memory.
inline constexpr int kMaxDiagnosticsPerFile = 100;

/// A value quoted in a message ('…') is cut to this many characters, and a
/// whole message or hint to kMaxMessageWidth, so a 10 MB value makes a line
/// a person can read. Control characters and line breaks in them are shown
/// escaped (\x1b, \n), so a value cannot act on the terminal or fake a message.
inline constexpr size_t kMaxQuoteWidth = 80;
inline constexpr size_t kMaxMessageWidth = 500;

/// Collects every problem of a run, so the officer sees them all at once.
class Diagnostics {
 public:
  void error(const Position& at, std::string message, std::string hint = {});
  void warning(const Position& at, std::string message, std::string hint = {});

  /// Remembers a file's text so messages can quote the offending line (or
  /// the part of a long line around the column).
  void add_source(const std::string& file, std::string text);

  /// Takes over everything `other` collected (a file loaded on another thread).
  void merge(Diagnostics&& other);

  bool has_errors() const { return error_count_ > 0; }
  /// Nothing reported and no source kept.
  bool empty() const { return items_.empty() && sources_.empty(); }
  int error_count() const { return error_count_; }
  const std::vector<Diagnostic>& all() const { return items_; }

  /// Every diagnostic, sorted by file and position, each as
  /// `file:line:col: error: message`, the source line, a caret, and the hint.
  std::string format(bool with_source = true) const;

 private:
  struct Source {
    std::string text;
    std::vector<size_t> line_starts;  ///< found once, so each message finds its line at once
  };

  /// Keeps `d` unless its file already has kMaxDiagnosticsPerFile problems.
  void keep(Diagnostic d);

  std::vector<Diagnostic> items_;
  std::map<std::string, Source> sources_;
  std::map<std::string, int, std::less<>> per_file_;
  int error_count_ = 0;
};

/// Levenshtein distance, for "did you mean" hints.
int edit_distance(const std::string& a, const std::string& b);

/// The closest candidate to `word`, or "" when none is close enough to suggest.
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);

/// "did you mean 'x'?" or "" when nothing is close.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace plansite
