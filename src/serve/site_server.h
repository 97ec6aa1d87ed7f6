#pragma once
#include <filesystem>
#include <iosfwd>

#include "serve/build_status.h"

namespace httplib {
class Server;
}

namespace plansite {

/// Makes `server` answer GET and HEAD from the built site in `output` alone:
/// each path checked by parse_request_path and resolve_inside (4xx when it
/// could lead anywhere else), a folder URL served its index.html, a missing
/// page the site's own 404 page (the English one under /en/) with status
/// 404, every HTML page with the live-reload script added, and the
/// live-reload client and status under /__plansite/. Refused requests are
/// noted on `log`.
void add_site_routes(httplib::Server& server, const std::filesystem::path& output, const BuildStatus& status,
                     std::ostream& log);

}  // namespace plansite
