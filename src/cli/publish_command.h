#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace plansite {

/// `plansite publish`'s help text.
extern const char* const kPublishHelp;

/// Runs `plansite publish` with its arguments (after the command's name):
/// builds and checks into a private folder, then publishes to each target, or
/// with `--rollback` switches local web roots back a release. Returns the exit
/// code: 0 done, 1 the build, the check or a target failed, 2 usage errors.
int run_publish_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace plansite
