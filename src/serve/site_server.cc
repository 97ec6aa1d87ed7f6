#include "serve/site_server.h"

#include <httplib.h>

#include <mutex>
#include <ostream>

#include "serve/content_type.h"
#include "serve/live_reload.h"
#include "serve/request_path.h"
#include "util/read_file.h"

namespace plansite {

namespace fs = std::filesystem;

namespace {

// A request target as it can be shown on a terminal: bytes that are not
// printable ASCII (a NUL, an escape sequence) as \xNN.
std::string printable(const std::string& text) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : text.substr(0, 200)) {
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

bool serve_own_file(const std::string& target, const BuildStatus& status, httplib::Response& res) {
  std::string path = target.substr(0, target.find('?'));
  if (path == "/__plansite/live.js") {
    res.set_content(live_reload_script(), "text/javascript; charset=utf-8");
  } else if (path == "/__plansite/live.css") {
    res.set_content(live_reload_style(), "text/css; charset=utf-8");
  } else if (path == "/__plansite/status") {
    res.set_content(status.json(), "application/json");
  } else {
    return false;
  }
  return true;
}

void send_page(const fs::path& file, uint64_t build, int code, httplib::Response& res) {
  std::optional<std::string> content = read_file(file);
  if (!content) {
    // Gone between the check and the read: the build swapped a new site in.
    res.status = 404;
    res.set_content("404 Not Found\n", "text/plain; charset=utf-8");
    return;
  }
  std::string type = content_type_for(file.filename().string());
  res.status = code;
  if (type.rfind("text/html", 0) == 0)
    res.set_content(with_live_reload(std::move(*content), build), type);
  else
    res.set_content(std::move(*content), type);
}

}  // namespace

void add_site_routes(httplib::Server& server, const fs::path& output, const BuildStatus& status, std::ostream& log) {
  auto log_mutex = std::make_shared<std::mutex>();
  // Every request is answered here, before httplib's own routing, whose
  // patterns match the path httplib has already decoded: plansite reads the
  // raw target itself.
  server.set_pre_routing_handler([output, &status, &log, log_mutex](const httplib::Request& req,
                                                                   httplib::Response& res) {
    // Every answer is for now only: an edit must show on the next reload.
    res.set_header("Cache-Control", "no-store");
    if (req.method != "GET" && req.method != "HEAD") {
      res.status = 405;
      res.set_header("Allow", "GET, HEAD");
      res.set_content("405 Method Not Allowed\n", "text/plain; charset=utf-8");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.target.rfind(kLivePrefix, 0) == 0) {
      if (!serve_own_file(req.target, status, res)) {
        res.status = 404;
        res.set_content("404 Not Found\n", "text/plain; charset=utf-8");
      }
      return httplib::Server::HandlerResponse::Handled;
    }
    RequestPath path = parse_request_path(req.target);
    if (!path.ok) {
      {
        std::lock_guard lock(*log_mutex);
        log << "plansite serve: refused " << printable(req.target) << ": " << path.reason << "\n";
      }
      res.status = 400;
      res.set_content("400 Bad Request: " + path.reason + "\n", "text/plain; charset=utf-8");
      return httplib::Server::HandlerResponse::Handled;
    }
    uint64_t build = status.build();
    if (build == 0) {
      res.status = 503;
      res.set_content(no_site_yet_page(build), "text/html; charset=utf-8");
      return httplib::Server::HandlerResponse::Handled;
    }
    bool outside = false;
    std::optional<fs::path> file = resolve_inside(output, path.file, outside);
    if (outside) {
      {
        std::lock_guard lock(*log_mutex);
        log << "plansite serve: refused " << printable(req.target) << ": it leads outside the site\n";
      }
      res.status = 403;
      res.set_content("403 Forbidden\n", "text/plain; charset=utf-8");
      return httplib::Server::HandlerResponse::Handled;
    }
    std::error_code ec;
    if (file && fs::is_directory(*file, ec)) {
      // The folder's own URL, so the page's relative links resolve from it.
      std::string raw_path = req.target.substr(0, req.target.find('?'));
      std::string query = req.target.size() > raw_path.size() ? req.target.substr(raw_path.size()) : "";
      res.set_redirect(raw_path + "/" + query, 301);
      return httplib::Server::HandlerResponse::Handled;
    }
    if (file && fs::is_regular_file(*file, ec)) {
      send_page(*file, build, 200, res);
      return httplib::Server::HandlerResponse::Handled;
    }
    bool english = path.file.rfind("en/", 0) == 0;
    std::optional<fs::path> not_found = resolve_inside(output, english ? "en/404.html" : "404.html", outside);
    if (not_found) {
      send_page(*not_found, build, 404, res);
    } else {
      res.status = 404;
      res.set_content("404 Not Found\n", "text/plain; charset=utf-8");
    }
    return httplib::Server::HandlerResponse::Handled;
  });
}

}  // namespace plansite
