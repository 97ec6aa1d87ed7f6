#include "publish/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

extern char** environ;

namespace plansite {

namespace {

volatile std::sig_atomic_t g_stop_signal = 0;
// The self-pipe: the handler writes a byte, so a poll() on the child's output
// wakes up even when the signal came just before it was entered.
int g_wake_pipe[2] = {-1, -1};

void remember_signal(int signal) {
  g_stop_signal = signal;
  int saved = errno;
  if (g_wake_pipe[1] >= 0 && ::write(g_wake_pipe[1], "", 1) < 0) {
    // The pipe is full: a wake-up is already pending.
  }
  errno = saved;
}

}  // namespace

void catch_stop_signals() {
  if (g_wake_pipe[0] < 0 && ::pipe2(g_wake_pipe, O_CLOEXEC | O_NONBLOCK) != 0) g_wake_pipe[0] = g_wake_pipe[1] = -1;
  struct sigaction action {};
  action.sa_handler = remember_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a blocked poll() or waitpid() returns EINTR, so the child is stopped at once
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

bool stop_requested() { return g_stop_signal != 0; }

ChildResult run_child(const std::vector<std::string>& argv, const std::function<void(const std::string&)>& on_line) {
  ChildResult result;
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) {
    result.error = std::string("cannot make a pipe: ") + std::strerror(errno);
    return result;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
  std::vector<char*> args;
  for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int spawned = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  if (spawned != 0) {
    ::close(pipe_fds[0]);
    result.error = "cannot run " + argv[0] + ": " + std::strerror(spawned);
    return result;
  }
  result.started = true;

  bool stopped_child = false;
  auto stop_child_if_asked = [&] {
    if (g_stop_signal != 0 && !stopped_child) {
      ::kill(pid, SIGTERM);
      stopped_child = true;
    }
  };
  std::string pending;
  char buffer[8192];
  pollfd fds[2] = {{pipe_fds[0], POLLIN, 0}, {g_wake_pipe[0], POLLIN, 0}};
  nfds_t watched = g_wake_pipe[0] >= 0 ? 2 : 1;
  for (;;) {
    stop_child_if_asked();
    if (::poll(fds, watched, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (watched == 2 && (fds[1].revents & POLLIN))
      while (::read(g_wake_pipe[0], buffer, sizeof buffer) > 0) {
      }
    if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
    ssize_t n = ::read(pipe_fds[0], buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    pending.append(buffer, static_cast<size_t>(n));
    size_t start = 0;
    for (size_t end; (end = pending.find('\n', start)) != std::string::npos; start = end + 1)
      on_line(pending.substr(start, end - start));
    pending.erase(0, start);
  }
  if (!pending.empty()) on_line(pending);
  ::close(pipe_fds[0]);

  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) stop_child_if_asked();
  result.interrupted = stopped_child;
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  return result;
}

}  // namespace plansite
