#pragma once
#include <ostream>
#include <string>

#include "model/publish_target.h"

namespace plansite {

/// How one `plansite publish` runs, shared by every target it sends to.
struct PublishRun {
  std::ostream& out;
  std::ostream& err;
  bool dry_run = false;  ///< say what would be sent or switched, change nothing
  bool verbose = false;  ///< name every file sent or deleted

  /// Prints `publish 'name': error: message` and the hint, if any.
  void fail(const PublishTarget& target, const std::string& message, const std::string& hint = {}) const {
    err << "plansite: publish '" << target.name << "': error: " << message << "\n";
    if (!hint.empty()) err << "  hint: " << hint << "\n";
  }
};

}  // namespace plansite
