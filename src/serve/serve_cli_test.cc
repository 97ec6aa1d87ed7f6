// `plansite serve` on the command line: its help and its usage errors. The
// running server is tested over HTTP by tests/serve/check_serve.py.
#include <doctest/doctest.h>

#include "test_support.h"

using plansite::testing::run_command;

namespace {

int run_serve(const std::string& args, std::string& output) {
  return run_command(std::string(PLANSITE_BINARY) + " serve " + args, output);
}

}  // namespace

TEST_CASE("serve cli: --help gives every option, and the main help lists serve") {
  std::string out;
  CHECK(run_serve("--help", out) == 0);
  CHECK(out.find("usage: plansite serve [--source DIR] [--port N] [--bind ADDR] [--as-of DATE]") != std::string::npos);
  CHECK(out.find("never DIR/public") != std::string::npos);
  CHECK(run_command(std::string(PLANSITE_BINARY) + " --help", out) == 0);
  CHECK(out.find("  serve     preview the site") != std::string::npos);
}

TEST_CASE("serve cli: usage errors exit 2 before anything is served") {
  std::string out;
  CHECK(run_serve("--port 70000", out) == 2);
  CHECK(out.find("plansite: --port needs a number from 0 to 65535") != std::string::npos);
  CHECK(run_serve("--port 80x", out) == 2);
  CHECK(run_serve("--port", out) == 2);
  CHECK(run_serve("--bind", out) == 2);
  CHECK(out.find("plansite: --bind needs an address") != std::string::npos);
  CHECK(run_serve("--output public", out) == 2);
  CHECK(out.find("plansite: unknown option '--output'") != std::string::npos);
  CHECK(run_serve("--as-of 2026-13-01", out) == 2);
  CHECK(run_serve("--source /nonexistent/plansite-site", out) == 2);
  CHECK(out.find("source folder '/nonexistent/plansite-site' does not exist") != std::string::npos);
}
