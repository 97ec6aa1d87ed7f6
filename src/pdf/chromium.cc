// The only file that starts Chromium.
#include "pdf/chromium.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <thread>

#include "util/read_file.h"

extern char** environ;

namespace plansite {

namespace fs = std::filesystem;

std::optional<fs::path> find_chromium() {
  if (const char* given = std::getenv("PLANSITE_CHROMIUM"); given && *given) {
    std::error_code ec;
    if (fs::is_regular_file(given, ec) && ::access(given, X_OK) == 0) return fs::path(given);
    return std::nullopt;
  }
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  for (const char* name : {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}) {
    size_t start = 0;
    while (start <= dirs.size()) {
      size_t end = dirs.find(':', start);
      if (end == std::string::npos) end = dirs.size();
      fs::path candidate = fs::path(dirs.substr(start, end - start)) / name;
      std::error_code ec;
      if (end > start && fs::is_regular_file(candidate, ec) && ::access(candidate.c_str(), X_OK) == 0) return candidate;
      start = end + 1;
    }
  }
  return std::nullopt;
}

namespace {

struct Running {
  pid_t pid = -1;
  size_t job = 0;
  fs::path log;
  std::chrono::steady_clock::time_point started;
};

// "file:///tmp/x/a b.html" with every byte outside the unreserved set escaped.
std::string file_url(const fs::path& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out = "file://";
  for (unsigned char c : path.string()) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

// The flags every print uses: headless, no first-run work, no network traffic
// of the browser's own (this machine's network may be closed, and a build must
// not depend on it), a profile of its own, and no header or footer of
// Chromium's: the page's stylesheet decides what is printed where.
std::vector<std::string> print_arguments(const fs::path& chromium, const PrintJob& job, const fs::path& profile) {
  return {chromium.string(),
          "--headless",
          // Run as root (CI, containers) Chromium refuses to start sandboxed;
          // it only ever opens plansite's own local files here.
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-extensions",
          "--no-first-run",
          "--no-default-browser-check",
          "--user-data-dir=" + profile.string(),
          "--no-pdf-header-footer",
          // Wait for every asynchronous step (font fallback for a glyph the
          // first font lacks, layout) before printing: without these, a busy
          // machine now and then printed before a fallback font was in, and
          // two builds gave different PDFs.
          "--run-all-compositor-stages-before-draw",
          "--virtual-time-budget=10000",
          "--print-to-pdf=" + job.pdf.string(),
          file_url(job.page)};
}

std::optional<Running> start(const fs::path& chromium, const PrintJob& job, size_t index, const fs::path& scratch) {
  Running r;
  r.job = index;
  r.log = scratch / ("chromium-" + std::to_string(index) + ".log");
  fs::path profile = scratch / ("profile-" + std::to_string(index));
  std::vector<std::string> args = print_arguments(chromium, job, profile);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, r.log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  // Its own process group, so a browser that hangs is stopped with all its helpers.
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attributes, 0);
  int failed = ::posix_spawn(&r.pid, argv[0], &actions, &attributes, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  if (failed != 0) return std::nullopt;
  r.started = std::chrono::steady_clock::now();
  return r;
}

// The last line Chromium wrote, which usually says what went wrong.
std::string last_log_line(const fs::path& log) {
  std::string text = read_file(log).value_or("");
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  size_t nl = text.rfind('\n');
  std::string line = nl == std::string::npos ? text : text.substr(nl + 1);
  return line.size() > 300 ? line.substr(0, 300) + "…" : line;
}

void finish(const Running& r, int status, PrintJob& job) {
  std::error_code ec;
  bool exited_ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  if (exited_ok && fs::is_regular_file(job.pdf, ec) && fs::file_size(job.pdf, ec) > 0) return;
  std::string reason = WIFEXITED(status) ? "exit status " + std::to_string(WEXITSTATUS(status))
                                         : "stopped by signal " + std::to_string(WTERMSIG(status));
  std::string line = last_log_line(r.log);
  job.error = "Chromium wrote no PDF (" + reason + ")" + (line.empty() ? "" : ": " + line);
}

}  // namespace

void print_pages(const fs::path& chromium, std::vector<PrintJob>& jobs, const fs::path& scratch, int timeout_seconds) {
  // A browser is mostly waiting on itself: two per core keep the machine busy.
  size_t parallel = std::clamp(2 * std::thread::hardware_concurrency(), 1u, 4u);
  std::vector<Running> running;
  size_t next = 0;
  while (next < jobs.size() || !running.empty()) {
    while (next < jobs.size() && running.size() < parallel) {
      if (auto r = start(chromium, jobs[next], next, scratch)) running.push_back(*r);
      else jobs[next].error = "could not start " + chromium.string();
      ++next;
    }
    for (size_t i = 0; i < running.size();) {
      Running& r = running[i];
      int status = 0;
      pid_t done = ::waitpid(r.pid, &status, WNOHANG);
      bool late = std::chrono::steady_clock::now() - r.started > std::chrono::seconds(timeout_seconds);
      if (done == 0 && late) {
        ::kill(-r.pid, SIGKILL);
        ::waitpid(r.pid, &status, 0);
        jobs[r.job].error = "Chromium did not finish within " + std::to_string(timeout_seconds) + " s";
      } else if (done == r.pid) {
        finish(r, status, jobs[r.job]);
      } else if (done == 0) {
        ++i;
        continue;
      } else {
        jobs[r.job].error = "lost track of Chromium (waitpid failed)";
      }
      running.erase(running.begin() + static_cast<long>(i));
    }
    if (!running.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

}  // namespace plansite
