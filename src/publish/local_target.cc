#include "publish/local_target.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>

#include "publish/releases.h"

namespace plansite {

namespace fs = std::filesystem;

namespace {

const char* const kPartialMark = ".partial-";

// The web root as plansite finds it: the link readers go through, the folder
// of releases beside it, and the release the link points to now.
struct WebRoot {
  fs::path served;
  fs::path releases;
  std::string live;  ///< "" before the first publish
};

std::string os_error() { return std::strerror(errno); }

bool inspect(const PublishTarget& target, const PublishRun& run, WebRoot& root) {
  root.served = fs::path(target.dir).lexically_normal();
  if (root.served.filename().empty()) root.served = root.served.parent_path();  // "/var/www/xa/"
  root.releases = root.served.parent_path() / (root.served.filename().string() + ".releases");
  struct stat st {};
  if (::lstat(root.served.c_str(), &st) != 0) {
    if (errno == ENOENT) return true;
    run.fail(target, "cannot read " + root.served.string() + ": " + os_error());
    return false;
  }
  if (!S_ISLNK(st.st_mode)) {
    run.fail(target, root.served.string() + " is a real folder, not a link plansite switches between releases",
             "plansite never deletes a folder it did not make: move it aside once (mv " + root.served.string() + " " +
                 root.served.string() + ".before-plansite) and publish again");
    return false;
  }
  std::error_code ec;
  fs::path link = fs::read_symlink(root.served, ec);
  std::string expected = root.releases.filename().string();
  if (ec || link.parent_path() != expected || !is_release_name(link.filename().string())) {
    run.fail(target, root.served.string() + " links to " + link.string() + ", not to a release plansite made",
             "remove the link (rm " + root.served.string() + ") if plansite is to manage this web root");
    return false;
  }
  root.live = link.filename().string();
  return true;
}

std::vector<std::string> list_releases(const fs::path& releases) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(releases, ec)) {
    std::string name = entry.path().filename().string();
    std::error_code entry_ec;
    if (is_release_name(name) && entry.is_directory(entry_ec)) names.push_back(name);
  }
  return names;
}

// Publishes to one web root take turns: a lock in its releases folder, held to the end.
class ReleasesLock {
 public:
  explicit ReleasesLock(const fs::path& releases) {
    std::error_code ec;
    fs::create_directories(releases, ec);
    // O_NOFOLLOW and a regular file only: a link planted in its place is not followed.
    const int flags = O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC;
    fd_ = ::open((releases / ".plansite-lock").c_str(), flags, 0644);
    struct stat info {};
    if (fd_ >= 0 && (::fstat(fd_, &info) != 0 || !S_ISREG(info.st_mode) || ::flock(fd_, LOCK_EX) != 0)) {
      ::close(fd_);
      fd_ = -1;
    }
  }
  ~ReleasesLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  ReleasesLock(const ReleasesLock&) = delete;
  ReleasesLock& operator=(const ReleasesLock&) = delete;
  bool ok() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

void sync_directory(const fs::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// One file of the site, by hand rather than with std::filesystem::copy_file,
// which reports a full disk as "Input/output error": the officer is told the
// real reason, "No space left on device".
std::error_code copy_file_contents(const fs::path& from, const fs::path& to) {
  auto error = [] { return std::error_code(errno, std::generic_category()); };
  int in = ::open(from.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (in < 0) return error();
  int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  std::error_code ec = out < 0 ? error() : std::error_code();
  char buffer[1 << 16];
  while (!ec) {
    ssize_t n = ::read(in, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n < 0) ec = error();
      break;
    }
    for (ssize_t done = 0; done < n && !ec;) {
      ssize_t w = ::write(out, buffer + done, static_cast<size_t>(n - done));
      if (w < 0 && errno != EINTR) ec = error();
      if (w > 0) done += w;
    }
  }
  if (out >= 0 && ::close(out) != 0 && !ec) ec = error();
  ::close(in);
  return ec;
}

// The built site, folders and files (it holds nothing else), into `to`.
std::error_code copy_site(const fs::path& from, const fs::path& to) {
  std::error_code walk, copied;  // apart: increment() clears the error code it is given
  for (auto it = fs::recursive_directory_iterator(from, walk);
       !walk && !copied && it != fs::recursive_directory_iterator(); it.increment(walk)) {
    fs::path target = to / fs::relative(it->path(), from);
    if (it->is_directory(copied)) {
      if (::mkdir(target.c_str(), 0755) != 0) copied = std::error_code(errno, std::generic_category());
    } else if (!copied) {
      copied = copy_file_contents(it->path(), target);
    }
  }
  return copied ? copied : walk;
}

// Copies the site into a hidden folder first and renames it to its release
// name only when whole and on disk, so a release folder is never half-written.
bool write_release(const fs::path& site, const WebRoot& root, const std::string& name, std::string& error) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root.releases, ec))  // left by a killed publish
    if (entry.path().filename().string().find(kPartialMark) != std::string::npos) fs::remove_all(entry.path(), ec);
  std::string pattern = (root.releases / ("." + name + kPartialMark + "XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) return error = "cannot create a folder: " + os_error(), false;
  ::chmod(pattern.c_str(), 0755);  // mkdtemp makes it private; the web server must read it
  ec = copy_site(site, pattern);
  if (!ec) {
    int fd = ::open(pattern.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::syncfs(fd) != 0) ec = std::error_code(errno, std::generic_category());
    if (fd >= 0) ::close(fd);
  }
  if (!ec) fs::rename(pattern, root.releases / name, ec);
  if (ec) {
    error = "cannot write the release: " + ec.message();
    fs::remove_all(pattern, ec);
    return false;
  }
  sync_directory(root.releases);
  return true;
}

// A new link under a temporary name, renamed over the old one: rename(2)
// replaces it atomically, where removing and re-creating it would leave a
// moment with no site at all.
bool switch_to(const WebRoot& root, const std::string& release, std::string& error) {
  fs::path temp = root.served.parent_path() / ("." + root.served.filename().string() + ".plansite-switch");
  if (::unlink(temp.c_str()) != 0 && errno != ENOENT) return error = "cannot remove " + temp.string(), false;
  // Relative, so the web root and its releases can move together.
  std::string link = (root.releases.filename() / release).string();
  if (::symlink(link.c_str(), temp.c_str()) != 0) return error = "cannot create a link: " + os_error(), false;
  if (::rename(temp.c_str(), root.served.c_str()) != 0) {
    error = "cannot switch the link: " + os_error();
    ::unlink(temp.c_str());
    return false;
  }
  sync_directory(root.served.parent_path());
  return true;
}

std::string listed(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

}  // namespace

bool publish_to_dir(const fs::path& site, const PublishTarget& target, const PublishRun& run) {
  WebRoot root;
  if (!inspect(target, run, root)) return false;
  std::string hash = tree_hash(site);
  if (!root.live.empty() && release_hash(root.live) == hash) {
    run.out << "publish '" << target.name << "': " << root.served.string() << " already serves this site (release "
            << root.live << "); nothing to do\n";
    return true;
  }
  std::error_code ec;
  std::string name;
  std::vector<std::string> prune;
  auto plan = [&] {
    std::vector<std::string> all = fs::is_directory(root.releases, ec) ? list_releases(root.releases)
                                                                       : std::vector<std::string>{};
    name = release_name(std::time(nullptr), hash, all);
    all.push_back(name);
    prune = releases_to_prune(all, name, target.keep);
  };
  plan();
  std::string was = root.live.empty() ? "" : " (was " + root.live + ")";
  if (run.dry_run) {
    run.out << "publish '" << target.name << "' (dry run): would write release " << name << " into "
            << root.releases.string() << ", switch " << root.served.string() << " to it" << was;
    if (!prune.empty()) run.out << " and delete " << listed(prune);
    run.out << "\n";
    return true;
  }

  ReleasesLock lock(root.releases);
  if (!lock.ok()) return run.fail(target, "cannot lock " + root.releases.string() + ": " + os_error()), false;
  // Another publish may have switched the link while this one waited for the lock.
  if (!inspect(target, run, root)) return false;
  was = root.live.empty() ? "" : " (was " + root.live + ")";
  plan();
  std::string error;
  if (!write_release(site, root, name, error)) {
    run.fail(target, error + "; " + root.served.string() + " still serves the previous release");
    return false;
  }
  if (!switch_to(root, name, error)) {
    run.fail(target, error + "; " + root.served.string() + " still serves the previous release");
    return false;
  }
  // Old releases go only now: until the switch, the live one might have been among them.
  for (const std::string& old : prune) {
    fs::remove_all(root.releases / old, ec);
    if (ec) run.err << "plansite: warning: cannot delete the old release " << (root.releases / old).string() << ": "
                    << ec.message() << "\n";
  }
  run.out << "published '" << target.name << "': " << root.served.string() << " -> " << name << was;
  if (!prune.empty()) run.out << "; deleted " << prune.size() << " older release" << (prune.size() == 1 ? "" : "s");
  run.out << "\n";
  return true;
}

bool rollback_dir(const PublishTarget& target, const PublishRun& run) {
  WebRoot root;
  if (!inspect(target, run, root)) return false;
  if (root.live.empty())
    return run.fail(target, root.served.string() + " has no release yet", "publish first, then roll back"), false;
  std::optional<std::string> previous = previous_release(list_releases(root.releases), root.live);
  if (!previous) {
    run.fail(target, "no release older than " + root.live + " is kept",
             "the web root keeps 'keep' releases (5 if not set in site.yaml); nothing was changed");
    return false;
  }
  if (run.dry_run) {
    run.out << "rollback '" << target.name << "' (dry run): would switch " << root.served.string() << " from "
            << root.live << " to " << *previous << "\n";
    return true;
  }
  ReleasesLock lock(root.releases);
  if (!lock.ok()) return run.fail(target, "cannot lock " + root.releases.string() + ": " + os_error()), false;
  if (!inspect(target, run, root) || root.live.empty()) return false;
  previous = previous_release(list_releases(root.releases), root.live);
  if (!previous) return run.fail(target, "no release older than " + root.live + " is kept"), false;
  std::string error;
  if (!switch_to(root, *previous, error)) return run.fail(target, error), false;
  run.out << "rolled back '" << target.name << "': " << root.served.string() << " -> " << *previous << " (was "
          << root.live << ")\n";
  return true;
}

}  // namespace plansite
