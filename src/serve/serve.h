#pragma once
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>

#include "model/period.h"

namespace plansite {

struct ServeOptions {
  std::filesystem::path source = ".";
  std::string bind = "127.0.0.1";  ///< loopback only, unless the officer asks
  int port = 1313;                 ///< 0: any free port (tests)
  std::optional<PartialDate> as_of;
};

/// `plansite serve`: builds the site into a private folder (never the
/// officer's public/), serves it over HTTP, and rebuilds whenever the
/// content, site.yaml, i18n/ or themes/ change; open pages reload. A build
/// that fails prints its errors as `plansite build` does and shows them in
/// the browser, while the last good site stays served. Runs until SIGINT
/// (Ctrl-C), SIGTERM or SIGHUP, then removes its folder. Returns the exit
/// code: 0 stopped cleanly, 1 could not listen.
int run_serve(const ServeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace plansite
