#include "cli/progress_line.h"

#include <unistd.h>

#include <cstdio>

namespace plansite {

ProgressLine::ProgressLine(std::function<std::string()> text, std::chrono::milliseconds delay)
    : text_(std::move(text)) {
  if (!::isatty(STDERR_FILENO)) return;
  thread_ = std::thread([this, delay] {
    auto start = std::chrono::steady_clock::now();
    for (; !stop_; std::this_thread::sleep_for(std::chrono::milliseconds(100))) {
      if (std::chrono::steady_clock::now() - start < delay) continue;
      // \r and erase-line: the line is rewritten in place, never scrolled.
      std::string line = "\r\033[K" + text_();
      std::fwrite(line.data(), 1, line.size(), stderr);
      std::fflush(stderr);
      shown_ = true;
    }
  });
}

void ProgressLine::stop() {
  if (!thread_.joinable()) return;
  stop_ = true;
  thread_.join();
  if (shown_) {
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
  }
}

}  // namespace plansite
