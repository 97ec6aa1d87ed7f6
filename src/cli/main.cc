// plansite: the command line. Parses arguments and hands over to run_build.
#include <iostream>
#include <string>
#include <vector>

#ifdef PLANSITE_MIMALLOC
#include <mimalloc.h>
#endif

#include "cli/as_of.h"
#include "cli/build.h"
#include "cli/publish_command.h"
#include "cli/version.h"
#include "scaffold/new_command.h"
#include "scaffold/yaml_text.h"
#include "serve/serve.h"

namespace {

constexpr int kUsageError = 2;

const char* const kMainHelp =
    "usage: plansite <command> [options]\n"
    "\n"
    "commands:\n"
    "  build     build the site into an output folder\n"
    "  check     load and validate the content, write nothing\n"
    "  serve     preview the site on this computer, rebuilt at every change\n"
    "  new       write a new site, plan or progress report to fill in\n"
    "  publish   build, check and publish to a web root or an rclone remote\n"
    "  version   print the version\n"
    "\n"
    "Run 'plansite <command> --help' for a command's options.\n";

const char* const kBuildHelp =
    "usage: plansite build [--source DIR] [--output DIR] [--as-of DATE] [--jobs N] [--pdf] [--verbose]\n"
    "\n"
    "Builds the site in DIR (default: .) into --output (default: DIR/public).\n"
    "The output folder is replaced atomically: if the build fails, the previous\n"
    "site stays exactly as it was.\n"
    "\n"
    "  --as-of DATE\n"
    "              compute progress statuses as of DATE (YYYY-MM-DD); by default as\n"
    "              of the latest report's date, never today's, so builds repeat\n"
    "  --jobs N    use N threads (default: one per core); the output is the same\n"
    "  --pdf       also print each plan, as issued on A4, to a PDF beside its page\n"
    "              (needs Chromium: chromium on the PATH, or PLANSITE_CHROMIUM)\n"
    "  --verbose   print how long each stage took, in wall and in CPU time\n"
    "\n"
    "exit status: 0 built, 1 content errors, 2 usage errors\n";

const char* const kCheckHelp =
    "usage: plansite check [--source DIR] [--as-of DATE]\n"
    "\n"
    "Loads and validates the site in DIR (default: .) and prints every problem\n"
    "as file:line:column. Writes nothing.\n"
    "\n"
    "  --as-of DATE\n"
    "              the date progress statuses are computed for (YYYY-MM-DD), as in\n"
    "              build; checked even though nothing is written\n"
    "\n"
    "exit status: 0 no errors, 1 content errors, 2 usage errors\n";

const char* const kServeHelp =
    "usage: plansite serve [--source DIR] [--port N] [--bind ADDR] [--as-of DATE]\n"
    "\n"
    "Builds the site in DIR (default: .) into a temporary folder (never DIR/public)\n"
    "and serves it at http://127.0.0.1:1313/. Watches site.yaml, content/, i18n/\n"
    "and themes/: every change rebuilds the site and open pages reload by\n"
    "themselves. A change with errors prints them as `plansite build` does and\n"
    "shows them over the page in the browser, while the last good site stays\n"
    "served. Ctrl-C stops.\n"
    "\n"
    "  --port N    the port to listen on (default: 1313; 0: any free port)\n"
    "  --bind ADDR the address to listen on (default: 127.0.0.1, this computer\n"
    "              only; 0.0.0.0 lets other computers of the network see it)\n"
    "  --as-of DATE\n"
    "              compute progress statuses as of DATE (YYYY-MM-DD), as in build\n"
    "\n"
    "exit status: 0 stopped with Ctrl-C, 1 could not listen, 2 usage errors\n";

const char* const kVersionHelp = "usage: plansite version\n\nPrints the version of plansite.\n";

int usage_error(const std::string& message, const char* help) {
  std::cerr << "plansite: " << message << "\n\n" << help;
  return kUsageError;
}

int parse_build_options(const std::vector<std::string>& args, bool is_build, plansite::BuildOptions& options) {
  const char* help = is_build ? kBuildHelp : kCheckHelp;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&](std::filesystem::path& into) {
      if (i + 1 >= args.size()) return false;
      into = args[++i];
      return true;
    };
    if (arg == "--help" || arg == "-h") {
      std::cout << help;
      return -1;
    }
    if (arg == "--source") {
      if (!value(options.source)) return usage_error("--source needs a folder", help);
    } else if (arg == "--output" && is_build) {
      if (!value(options.output)) return usage_error("--output needs a folder", help);
    } else if (arg == "--jobs" || arg == "-j") {
      std::filesystem::path n;
      if (!value(n)) return usage_error("--jobs needs a number", help);
      try {
        size_t used = 0;
        options.jobs = std::stoi(n.string(), &used);
        if (used != n.string().size() || options.jobs < 1 || options.jobs > 256) throw std::out_of_range("");
      } catch (const std::exception&) {
        return usage_error("--jobs needs a number from 1 to 256", help);
      }
    } else if (arg == "--as-of") {
      std::string problem, hint;
      options.as_of = plansite::parse_as_of(i + 1 < args.size() ? args[++i] : "", problem, hint);
      if (!options.as_of) return usage_error(problem + "\n  hint: " + hint, help);
    } else if (arg == "--pdf" && is_build) {
      options.pdf = true;
    } else if (arg == "--verbose" || arg == "-v") {
      options.verbose = true;
    } else {
      return usage_error("unknown option '" + arg + "'", help);
    }
  }
  return 0;
}

int parse_serve_options(const std::vector<std::string>& args, plansite::ServeOptions& options) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    bool has_value = i + 1 < args.size();
    if (arg == "--help" || arg == "-h") {
      std::cout << kServeHelp;
      return -1;
    }
    if (arg == "--source") {
      if (!has_value) return usage_error("--source needs a folder", kServeHelp);
      options.source = args[++i];
    } else if (arg == "--bind") {
      if (!has_value || args[i + 1].empty()) return usage_error("--bind needs an address", kServeHelp);
      options.bind = args[++i];
    } else if (arg == "--port") {
      std::string n = has_value ? args[++i] : "";
      try {
        size_t used = 0;
        options.port = std::stoi(n, &used);
        if (used != n.size() || options.port < 0 || options.port > 65535) throw std::out_of_range("");
      } catch (const std::exception&) {
        return usage_error("--port needs a number from 0 to 65535", kServeHelp);
      }
    } else if (arg == "--as-of") {
      std::string problem, hint;
      options.as_of = plansite::parse_as_of(has_value ? args[++i] : "", problem, hint);
      if (!options.as_of) return usage_error(problem + "\n  hint: " + hint, kServeHelp);
    } else {
      return usage_error("unknown option '" + arg + "'", kServeHelp);
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
#ifdef PLANSITE_MIMALLOC
  // The heap in 2 MiB pages where the kernel allows them (transparent huge
  // pages, "madvise" on Debian): a build touches hundreds of megabytes once,
  // and with 4 KiB pages took 200,000 page faults and TLB misses at 5000
  // plans (bench/README.md). Where it does not, mimalloc uses small pages.
  mi_option_enable(mi_option_large_os_pages);
#endif
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) return usage_error("no command given", kMainHelp);
  std::string command = args.front();
  args.erase(args.begin());

  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kMainHelp;
    return 0;
  }
  if (command == "version" || command == "--version") {
    if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
      std::cout << kVersionHelp;
      return 0;
    }
    if (!args.empty()) return usage_error("version takes no arguments", kVersionHelp);
    std::cout << "plansite " << plansite::kVersion << "\n";
    return 0;
  }
  if (command == "build" || command == "check") {
    plansite::BuildOptions options;
    options.write = command == "build";
    int parsed = parse_build_options(args, options.write, options);
    if (parsed == -1) return 0;
    if (parsed != 0) return parsed;
    std::error_code ec;
    if (!std::filesystem::is_directory(options.source, ec))
      return usage_error("source folder '" + options.source.string() + "' does not exist",
                         options.write ? kBuildHelp : kCheckHelp);
    try {
      options.process_ends_after = true;
      return plansite::run_build(options, std::cout, std::cerr);
    } catch (const std::exception& e) {
      // Not the content's fault, but still no crash and no damaged output:
      // the write stage swaps the site in only at its very end.
      std::cerr << "plansite: internal error: " << e.what() << "\nthe previous output was left as it was\n";
      return 1;
    }
  }
  if (command == "serve") {
    plansite::ServeOptions options;
    int parsed = parse_serve_options(args, options);
    if (parsed == -1) return 0;
    if (parsed != 0) return parsed;
    std::error_code ec;
    if (!std::filesystem::is_directory(options.source, ec))
      return usage_error("source folder '" + options.source.string() + "' does not exist", kServeHelp);
    return plansite::run_serve(options, std::cout, std::cerr);
  }
  if (command == "new") return plansite::run_new(args, plansite::today(), std::cout, std::cerr);
  if (command == "publish") {
    try {
      return plansite::run_publish_command(args, std::cout, std::cerr);
    } catch (const std::exception& e) {
      // A release is switched in and a remote's pages sent only after all that comes before succeeded.
      std::cerr << "plansite: internal error: " << e.what() << "\nthe live site was left as it was\n";
      return 1;
    }
  }
  return usage_error("unknown command '" + command + "'", kMainHelp);
}
