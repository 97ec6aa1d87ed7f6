#include "serve/build_status.h"

#include <algorithm>
#include <cstdio>

namespace plansite {

void BuildStatus::succeeded() {
  std::lock_guard lock(mutex_);
  ++build_;
  ok_ = true;
  errors_.clear();
}

void BuildStatus::failed(const Diagnostics& diagnostics) {
  std::vector<Diagnostic> errors;
  for (const Diagnostic& d : diagnostics.all())
    if (d.severity == Severity::error) errors.push_back(d);
  std::stable_sort(errors.begin(), errors.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.position.file != b.position.file) return a.position.file < b.position.file;
    if (a.position.line != b.position.line) return a.position.line < b.position.line;
    return a.position.column < b.position.column;
  });
  std::lock_guard lock(mutex_);
  ok_ = false;
  errors_ = std::move(errors);
}

uint64_t BuildStatus::build() const {
  std::lock_guard lock(mutex_);
  return build_;
}

std::string BuildStatus::json() const {
  std::lock_guard lock(mutex_);
  std::string out = "{\"build\": " + std::to_string(build_) + ", \"ok\": " + (ok_ ? "true" : "false") +
                    ", \"errors\": [";
  for (size_t i = 0; i < errors_.size(); ++i) {
    const Diagnostic& d = errors_[i];
    out += (i ? ", " : "") + std::string("{\"file\": ") + json_quoted(d.position.file) +
           ", \"line\": " + std::to_string(d.position.line) + ", \"column\": " + std::to_string(d.position.column) +
           ", \"message\": " + json_quoted(d.message) + ", \"hint\": " + json_quoted(d.hint) + "}";
  }
  return out + "]}";
}

std::string json_quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (u < 0x20 || u == 0x7f) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", u);
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace plansite
