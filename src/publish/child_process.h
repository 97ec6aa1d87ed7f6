#pragma once
#include <functional>
#include <string>
#include <vector>

namespace plansite {

/// How a child process ended.
struct ChildResult {
  bool started = false;      ///< false: the program could not be run (`error` says why)
  int exit_code = -1;        ///< when it exited; -1 when a signal ended it
  bool interrupted = false;  ///< plansite itself was asked to stop (SIGINT, SIGTERM) and stopped the child
  std::string error;
};

/// Runs `argv` (argv[0] looked up on the PATH) with no shell in between, so
/// no argument is ever read as shell syntax. Its stdout and stderr come back
/// line by line through `on_line`, in the order written. While it runs, a
/// SIGINT or SIGTERM sent to plansite is passed on to the child, which is
/// then waited for, so the caller can still say what was done.
ChildResult run_child(const std::vector<std::string>& argv, const std::function<void(const std::string&)>& on_line);

/// Makes SIGINT and SIGTERM interrupt run_child instead of ending plansite at
/// once. Called once by commands that run children and must report afterwards.
void catch_stop_signals();

/// Whether SIGINT or SIGTERM arrived since catch_stop_signals().
bool stop_requested();

}  // namespace plansite
