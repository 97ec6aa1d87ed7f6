#include "publish/child_process.h"

#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <thread>

using plansite::run_child;

TEST_CASE("child process: output and errors come back line by line, in order, with the exit code") {
  std::vector<std::string> lines;
  auto result = run_child({"sh", "-c", "echo one; echo two >&2; printf three; exit 3"},
                          [&](const std::string& line) { lines.push_back(line); });
  CHECK(result.started);
  CHECK(result.exit_code == 3);
  CHECK_FALSE(result.interrupted);
  CHECK(lines == std::vector<std::string>{"one", "two", "three"});
}

TEST_CASE("child process: arguments reach the program as they are, never through a shell") {
  std::vector<std::string> lines;
  run_child({"printf", "%s\\n", "a; rm -rf /tmp/x", "$(id)"}, [&](const std::string& line) { lines.push_back(line); });
  CHECK(lines == std::vector<std::string>{"a; rm -rf /tmp/x", "$(id)"});
}

TEST_CASE("child process: a program that does not exist is reported, not run") {
  auto result = run_child({"/nonexistent/plansite-no-such-program"}, [](const std::string&) {});
  CHECK_FALSE(result.started);
  CHECK(result.error.find("cannot run /nonexistent/plansite-no-such-program") == 0);
}

TEST_CASE("child process: SIGTERM to plansite stops the child, which is waited for") {
  plansite::catch_stop_signals();
  auto started = std::chrono::steady_clock::now();
  std::thread signaller([] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    std::raise(SIGTERM);
  });
  auto result = run_child({"sleep", "30"}, [](const std::string&) {});
  signaller.join();
  CHECK(result.started);
  CHECK(result.interrupted);
  CHECK(plansite::stop_requested());
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
}
