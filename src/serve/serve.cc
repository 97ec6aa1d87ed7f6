#include "serve/serve.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <ostream>
#include <thread>

#include "cli/build.h"
#include "serve/build_status.h"
#include "serve/site_server.h"
#include "serve/source_watcher.h"

namespace plansite {

namespace fs = std::filesystem;

namespace {

// Saves come a few writes at a time (an editor's temporary file, then the
// rename): a build starts once a scan sees nothing new.
constexpr auto kPollInterval = std::chrono::milliseconds(300);
constexpr auto kSettleInterval = std::chrono::milliseconds(100);

// The private output folder: under the system's temporary folder, so serving
// leaves nothing in the officer's site (or its git status) behind.
std::optional<fs::path> make_private_folder(std::ostream& err) {
  std::error_code ec;
  std::string pattern = (fs::temp_directory_path(ec) / "plansite-serve-XXXXXX").string();
  if (!ec && mkdtemp(pattern.data())) return fs::path(pattern);
  err << "plansite: cannot make a temporary folder for the served site\n"
      << "  hint: check that TMPDIR (or /tmp) exists and is writable\n";
  return std::nullopt;
}

// One build into `output`, printed as `plansite build` prints it; the status
// the pages poll learns of the result.
void build_once(const ServeOptions& options, const fs::path& output, BuildStatus& status, std::ostream& out,
                std::ostream& err) {
  auto start = std::chrono::steady_clock::now();
  Diagnostics diagnostics;
  BuildOptions build;
  build.source = options.source;
  build.output = output;
  build.as_of = options.as_of;
  build.diagnostics = &diagnostics;
  int code = 1;
  try {
    code = run_build(build, out, err);
  } catch (const std::exception& e) {
    err << "plansite: internal error: " << e.what() << "\n";
    diagnostics.error({"", 0, 0}, std::string("internal error: ") + e.what());
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (code == 0) {
    status.succeeded();
    out << "plansite serve: build " << status.build() << " ready in " << static_cast<int>(seconds * 1000)
        << " ms; open pages reload\n";
  } else {
    status.failed(diagnostics);
    out << "plansite serve: the build failed; "
        << (status.build() > 0 ? "the last good site is still served" : "there is no site to serve yet")
        << ", and open pages show the errors\n";
  }
  out.flush();
}

void watch_and_rebuild(const ServeOptions& options, const fs::path& output, SourceWatcher& watcher,
                       BuildStatus& status, const std::atomic<bool>& stopping, std::ostream& out,
                       std::ostream& err) {
  while (!stopping) {
    std::this_thread::sleep_for(kPollInterval);
    if (stopping || !watcher.changed()) continue;
    do std::this_thread::sleep_for(kSettleInterval);
    while (!stopping && watcher.changed());
    if (stopping) break;
    out << "plansite serve: the site changed, rebuilding\n";
    build_once(options, output, status, out, err);
  }
}

std::string url_host(const std::string& bind) { return bind.find(':') != std::string::npos ? "[" + bind + "]" : bind; }

}  // namespace

int run_serve(const ServeOptions& options, std::ostream& out, std::ostream& err) {
  // Signals go to one thread that waits for them, so Ctrl-C stops the server
  // from a normal thread instead of inside a signal handler. Blocked before
  // any thread starts, so every thread inherits the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&stop_signals, s);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);  // a browser closing a connection must not end the server

  std::optional<fs::path> folder = make_private_folder(err);
  if (!folder) return 1;
  fs::path output = *folder / "public";

  BuildStatus status;
  httplib::Server server;
  // Threads for open pages' keep-alive connections plus their polling; a
  // short keep-alive frees a thread soon after a tab closes.
  server.new_task_queue = [] { return new httplib::ThreadPool(32); };
  server.set_keep_alive_timeout(2);
  // httplib's default sets SO_REUSEPORT, with which a second `plansite serve`
  // on the same port would start and share the requests with the first.
  // SO_REUSEADDR alone still lets a restarted server bind at once.
  server.set_socket_options([](int socket) {
    int yes = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  add_site_routes(server, output, status, err);

  int port = options.port;
  bool bound = port == 0 ? (port = server.bind_to_any_port(options.bind)) > 0 : server.bind_to_port(options.bind, port);
  if (!bound) {
    err << "plansite: cannot listen on " << url_host(options.bind) << ":" << options.port
        << ": the port is in use or the address is not this machine's\n"
        << "  hint: choose another port with --port N (another `plansite serve` may be running)\n";
    std::error_code ec;
    fs::remove_all(*folder, ec);
    return 1;
  }

  std::atomic<bool> stopping = false;
  std::atomic<bool> listening_over = false;
  std::thread signal_waiter([&] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    stopping = true;
    // stop() only acts on a running server: a signal during the first build
    // waits for it to start.
    while (!server.is_running() && !listening_over) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    server.stop();
  });

  // Watching starts before the first build, so a file saved during it is built next.
  SourceWatcher watcher(options.source);
  build_once(options, output, status, out, err);
  std::thread rebuilder(watch_and_rebuild, std::cref(options), std::cref(output), std::ref(watcher),
                        std::ref(status), std::cref(stopping), std::ref(out), std::ref(err));
  out << "plansite serve: serving " << options.source.string() << " at http://" << url_host(options.bind) << ":"
      << port << "/\n"
      << "  watching site.yaml, content/, i18n/ and themes/; press Ctrl-C to stop\n";
  out.flush();

  if (!stopping) server.listen_after_bind();
  listening_over = true;
  stopping = true;
  pthread_kill(signal_waiter.native_handle(), SIGTERM);  // wakes the waiter if no signal came
  signal_waiter.join();
  rebuilder.join();
  std::error_code ec;
  fs::remove_all(*folder, ec);
  out << "plansite serve: stopped\n";
  return 0;
}

}  // namespace plansite
