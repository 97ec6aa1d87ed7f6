#pragma once
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "model/diagnostic.h"

namespace plansite {

/// What the open pages learn from `/__plansite/status`: which build is served
/// and whether the latest attempt failed, with its errors. Shared between the
/// thread that rebuilds and the threads that answer requests.
class BuildStatus {
 public:
  /// A build was swapped in: pages showing an older one reload.
  void succeeded();
  /// A build failed; the last good site stays served. Keeps its errors (not
  /// its warnings) for the overlay.
  void failed(const Diagnostics& diagnostics);

  /// How many builds succeeded; 0 while there is no site to serve.
  uint64_t build() const;

  /// `{"build": N, "ok": true|false, "errors": [{"file", "line", "column",
  /// "message", "hint"}, …]}`, errors sorted by file and position.
  std::string json() const;

 private:
  mutable std::mutex mutex_;
  uint64_t build_ = 0;
  bool ok_ = true;
  std::vector<Diagnostic> errors_;
};

/// `text` as a JSON string, quotes included.
std::string json_quoted(const std::string& text);

}  // namespace plansite
