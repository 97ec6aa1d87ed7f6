// The `new` command: arguments, messages and exit codes around the three
// scaffolds (new_site, new_plan, new_report), which only make text.
#include "scaffold/new_command.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <ostream>

#include "load/load.h"
#include "model/diagnostic.h"
#include "scaffold/new_files.h"
#include "scaffold/new_plan.h"
#include "scaffold/new_report.h"
#include "scaffold/new_site.h"

namespace plansite {

namespace fs = std::filesystem;

namespace {

constexpr int kRefused = 1;
constexpr int kUsageError = 2;

const char* const kNewHelp =
    "usage: plansite new site DIR\n"
    "       plansite new plan PLAN-ID [--source DIR]\n"
    "       plansite new report PLAN-ID PERIOD [--source DIR]\n"
    "\n"
    "Writes the files of a new site, plan or progress report, every field with a\n"
    "comment (Vietnamese, then English), ready to edit. Never replaces a file.\n"
    "\n"
    "exit status: 0 written, 1 refused (nothing written), 2 usage errors\n"
    "\n"
    "Run 'plansite new <site|plan|report> --help' for each.\n";

const char* const kSiteHelp =
    "usage: plansite new site DIR\n"
    "\n"
    "Writes DIR/site.yaml and DIR/content/agencies.yaml of a new site with no\n"
    "plan yet; it builds as it is. DIR may exist, but not these files.\n"
    "\n"
    "exit status: 0 written, 1 refused (a file exists; nothing written), 2 usage errors\n";

const char* const kPlanHelp =
    "usage: plansite new plan PLAN-ID [--source DIR]\n"
    "\n"
    "Writes content/plans/PLAN-ID/plan.yaml, body.vi.md and body.en.md in the\n"
    "site in DIR (default: .): a draft plan whose every field holds an example\n"
    "that loads, with an objective, an indicator, a task and a program, their ids\n"
    "starting with PLAN-ID. It passes 'plansite check' as written; replace the\n"
    "examples with the real document's content.\n"
    "\n"
    "PLAN-ID is the plan's folder and address: lowercase ASCII letters, digits\n"
    "and single dashes (chuyen-doi-so-2026), never changed once published.\n"
    "\n"
    "  --source DIR  the site's folder, holding site.yaml (default: .)\n"
    "\n"
    "exit status: 0 written, 1 refused (nothing written), 2 usage errors\n";

const char* const kReportHelp =
    "usage: plansite new report PLAN-ID PERIOD [--source DIR]\n"
    "\n"
    "Writes content/plans/PLAN-ID/reports/PERIOD.yaml: the progress report of\n"
    "the plan for PERIOD, listing each of its indicators, tasks and programs by\n"
    "id with its name in a comment and its figures blank. Type the figures in;\n"
    "'plansite check' points at each blank left, and an item with nothing to\n"
    "report is deleted. The date is today's (check it).\n"
    "\n"
    "PERIOD is a quarter (2026-Q2), a half-year (2026-H1) or a year (2026)\n"
    "within the plan's period.\n"
    "\n"
    "  --source DIR  the site's folder, holding site.yaml (default: .)\n"
    "\n"
    "exit status: 0 written, 1 refused (nothing written), 2 usage errors\n";

int usage_error(std::ostream& err, const std::string& message, const char* help) {
  err << "plansite: " << message << "\n\n" << help;
  return kUsageError;
}

// Positional arguments and --source; -1 after printing help.
int parse(const std::vector<std::string>& args, size_t positional, const char* help, bool with_source,
          std::vector<std::string>& values, fs::path& source, std::ostream& out, std::ostream& err) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      out << help;
      return -1;
    }
    if (arg == "--source" && with_source) {
      if (i + 1 >= args.size()) return usage_error(err, "--source needs a folder", help);
      source = args[++i];
    } else if (arg.size() > 1 && arg[0] == '-') {
      return usage_error(err, "unknown option '" + arg + "'", help);
    } else {
      values.push_back(arg);
    }
  }
  if (values.size() < positional) return usage_error(err, "missing arguments", help);
  if (values.size() > positional) return usage_error(err, "unexpected argument '" + values[positional] + "'", help);
  std::error_code ec;
  if (with_source && !fs::is_directory(source, ec))
    return usage_error(err, "source folder '" + source.string() + "' does not exist", help);
  return 0;
}

// Writes the files and says what was written, or why nothing was.
int write(const fs::path& root, const NewFiles& files, std::ostream& out, std::ostream& err) {
  Diagnostics diagnostics;
  if (!write_new_files(root, files, diagnostics)) {
    err << diagnostics.format();
    return kRefused;
  }
  for (const auto& [relative, content] : files) out << "wrote " << (root / relative).string() << "\n";
  return 0;
}

// The site's plans and agencies, or nothing when site.yaml cannot be read.
// Problems elsewhere in the site do not stop a scaffold; they are counted.
std::optional<Site> load(const fs::path& source, Diagnostics& diagnostics, std::ostream& err) {
  auto site = load_site(source, diagnostics);
  if (!site) {
    err << diagnostics.format() << "plansite: the site in '" << source.string()
        << "' cannot be read; nothing was written\n";
  }
  return site;
}

std::string source_option(const fs::path& source) {
  return source == "." ? "" : " --source " + source.string();
}

int new_site(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  std::vector<std::string> values;
  fs::path unused;
  if (int code = parse(args, 1, kSiteHelp, false, values, unused, out, err)) return code == -1 ? 0 : code;
  fs::path dir = values[0];
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
    return usage_error(err, "'" + dir.string() + "' is a file, not a folder", kSiteHelp);
  int code = write(dir, new_site_files(), out, err);
  if (code == 0)
    out << "next: write the commune's name and address in site.yaml and its agencies in content/agencies.yaml,\n"
        << "then add a plan and build:\n"
        << "  plansite new plan ke-hoach-moi --source " << dir.string() << "\n"
        << "  plansite build --source " << dir.string() << "\n";
  return code;
}

int new_plan(const std::vector<std::string>& args, const PartialDate& today, std::ostream& out, std::ostream& err) {
  std::vector<std::string> values;
  fs::path source = ".";
  if (int code = parse(args, 1, kPlanHelp, true, values, source, out, err)) return code == -1 ? 0 : code;
  const std::string& id = values[0];
  std::string hint;
  if (std::string problem = plan_id_problem(id, hint); !problem.empty())
    return usage_error(err, problem + "\n  hint: " + hint, kPlanHelp);
  Diagnostics diagnostics;
  auto site = load(source, diagnostics, err);
  if (!site) return kRefused;
  if (site->agencies.empty()) {
    // Most likely agencies.yaml did not load: its own errors say why.
    err << diagnostics.format() << "content/agencies.yaml: error: the site has no agency for the plan's issuer\n"
        << "  hint: declare the agencies first (plansite new site writes an example)\n";
    return kRefused;
  }
  int code = write(source, new_plan_files(id, *site, today.year), out, err);
  if (code == 0)
    out << "next: replace the examples in content/plans/" << id << "/ with the plan's own content, then\n"
        << "  plansite check" << source_option(source) << "\n"
        << "and, to report its progress:\n"
        << "  plansite new report " << id << " " << today.year << "-Q" << (today.month + 2) / 3
        << source_option(source) << "\n";
  return code;
}

int new_report(const std::vector<std::string>& args, const PartialDate& today, std::ostream& out, std::ostream& err) {
  std::vector<std::string> values;
  fs::path source = ".";
  if (int code = parse(args, 2, kReportHelp, true, values, source, out, err)) return code == -1 ? 0 : code;
  const std::string& id = values[0];
  Diagnostics diagnostics;
  auto site = load(source, diagnostics, err);
  if (!site) return kRefused;
  auto plan = std::find_if(site->plans.begin(), site->plans.end(), [&](const Plan& p) { return p.id == id; });
  if (plan == site->plans.end()) {
    std::error_code ec;
    if (fs::exists(source / "content" / "plans" / id / "plan.yaml", ec)) {
      // The plan is there but did not load: its own errors say why.
      err << diagnostics.format() << "plansite: the plan '" << id << "' has errors; nothing was written\n"
          << "  hint: correct them (plansite check" << source_option(source) << "), then run the command again\n";
      return kRefused;
    }
    std::vector<std::string> ids;
    for (const auto& p : site->plans) ids.push_back(p.id);
    std::string hint = did_you_mean(id, ids);
    if (hint.empty())
      hint = ids.empty() ? "the site has no plan yet: plansite new plan " + id
                         : "the plans are in content/plans/: " + [&] {
                             std::string list;
                             for (const auto& p : ids) list += (list.empty() ? "" : ", ") + p;
                             return list;
                           }();
    err << "plansite: unknown plan '" << id << "'\n  hint: " << hint << "\n";
    return kRefused;
  }
  std::string problem, hint;
  bool malformed = false;
  auto period = new_report_period(values[1], *plan, problem, hint, malformed);
  if (!period) {
    if (malformed) return usage_error(err, problem + "\n  hint: " + hint, kReportHelp);
    err << "plansite: " << problem << "\n  hint: " << hint << "\n";
    return kRefused;
  }
  int code = write(source, new_report_files(*plan, *period, today), out, err);
  if (code == 0)
    out << "next: type the figures into the blanks (value:, status:, percent:, sessions:, participants:),\n"
        << "delete any item with nothing to report, and check until no blank is left:\n"
        << "  plansite check" << source_option(source) << "\n";
  return code;
}

}  // namespace

int run_new(const std::vector<std::string>& args, const PartialDate& today, std::ostream& out, std::ostream& err) {
  if (args.empty()) return usage_error(err, "new needs what to make: site, plan or report", kNewHelp);
  std::string what = args.front();
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (what == "--help" || what == "-h") {
    out << kNewHelp;
    return 0;
  }
  if (what == "site") return new_site(rest, out, err);
  if (what == "plan") return new_plan(rest, today, out, err);
  if (what == "report") return new_report(rest, today, out, err);
  std::string hint = did_you_mean(what, {"site", "plan", "report"});
  return usage_error(err, "cannot make '" + what + "'" + (hint.empty() ? "" : "\n  hint: " + hint), kNewHelp);
}

}  // namespace plansite
