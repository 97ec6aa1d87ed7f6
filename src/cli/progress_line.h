#pragma once
// "rendering 4,120 of 16,740 pages" on the terminal while a long build runs.
#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <thread>

namespace plansite {

/// Shows `text()` on one line of standard error, rewritten in place, once the
/// build has run for `delay` — only when standard error is a terminal: a
/// pipe or a log file gets no carriage returns. The line is wiped when the
/// object goes, before the build prints its result.
class ProgressLine {
 public:
  explicit ProgressLine(std::function<std::string()> text,
                        std::chrono::milliseconds delay = std::chrono::milliseconds(1000));
  /// Wipes the line and stops updating it; before anything else is printed.
  void stop();
  ~ProgressLine() { stop(); }
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

 private:
  std::function<std::string()> text_;
  std::atomic<bool> stop_{false};
  bool shown_ = false;
  std::thread thread_;
};

}  // namespace plansite
