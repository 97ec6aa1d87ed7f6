// What a build writes stays inside the output, its staging folder and its
// lock: a refused output leaves nothing behind, a planted link is never
// followed, and a previous site that cannot be removed is never half deleted.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include "test_support.h"
#include "write/write.h"

namespace fs = std::filesystem;
using plansite::testing::read_tree;
using plansite::testing::TempSite;

namespace {

plansite::OutputFiles site_saying(const std::string& words) {
  return {{"README.md", plansite::kOutputMarker}, {"index.html", words}, {"nhiem-vu/index.html", words}};
}

fs::path lock_of(const fs::path& output) {
  return output.parent_path() / ("." + output.filename().string() + ".plansite-lock");
}

}  // namespace

TEST_CASE("a refused output gets no lock file") {
  TempSite dir;
  fs::path output = dir.root() / "not-ours";
  fs::create_directories(output);
  std::ofstream(output / "precious.txt") << "an officer's only copy";
  plansite::Diagnostics diagnostics;
  CHECK_FALSE(plansite::write_site(site_saying("new"), output, diagnostics));
  CHECK(diagnostics.format(false).find("refusing to replace a folder plansite did not create") != std::string::npos);
  CHECK_FALSE(fs::exists(fs::symlink_status(lock_of(output))));
  CHECK(read_tree(dir.root()) == std::map<std::string, std::string>{{"not-ours/precious.txt", "an officer's only copy"}});
}

TEST_CASE("the root folder is refused as an output before anything is made") {
  // As root the lock would have been made at /..plansite-lock before the refusal.
  std::error_code ec;
  fs::remove("/..plansite-lock", ec);
  plansite::Diagnostics diagnostics;
  CHECK_FALSE(plansite::write_site(site_saying("new"), "/", diagnostics));
  CHECK(diagnostics.format(false) ==
        "/: error: refusing to build into the root folder\n"
        "  hint: choose an empty or new folder with --output; a plansite output holds README.md starting with "
        "'# public/'\n");
  CHECK_FALSE(fs::exists(fs::symlink_status("/..plansite-lock")));
}

TEST_CASE("an output that is a link to the root folder or to a folder not ours is refused, leaving no lock") {
  TempSite dir, theirs;
  std::ofstream(theirs.root() / "index.html") << "someone else's site";
  fs::create_directory_symlink("/", dir.root() / "to-root");
  fs::create_directory_symlink(theirs.root(), dir.root() / "to-theirs");
  plansite::Diagnostics diagnostics;
  CHECK_FALSE(plansite::write_site(site_saying("new"), dir.root() / "to-root", diagnostics));
  CHECK_FALSE(plansite::write_site(site_saying("new"), dir.root() / "to-theirs", diagnostics));
  CHECK(diagnostics.format(false).find("/: error: refusing to build into the root folder") == 0);
  CHECK(diagnostics.error_count() == 2);
  CHECK_FALSE(fs::exists(fs::symlink_status("/..plansite-lock")));
  CHECK_FALSE(fs::exists(fs::symlink_status(lock_of(fs::canonical(theirs.root())))));
  CHECK(read_tree(theirs.root()) == std::map<std::string, std::string>{{"index.html", "someone else's site"}});
}

TEST_CASE("an output's marker is not read through a link") {
  TempSite dir, elsewhere;
  std::ofstream(elsewhere.root() / "README.md") << plansite::kOutputMarker;
  std::ofstream(elsewhere.root() / "keep.txt") << "keep";
  fs::path output = dir.root() / "public";
  fs::create_directories(output);
  std::ofstream(output / "precious.txt") << "an officer's only copy";
  fs::create_symlink(elsewhere.root() / "README.md", output / "README.md");
  plansite::Diagnostics diagnostics;
  CHECK_FALSE(plansite::write_site(site_saying("new"), output, diagnostics));
  CHECK(diagnostics.format(false).find("refusing to replace a folder plansite did not create") != std::string::npos);
  CHECK(fs::exists(output / "precious.txt"));
}

TEST_CASE("a link planted at the lock file's place is not followed") {
  TempSite dir, elsewhere;
  fs::path output = dir.root() / "public";
  fs::create_symlink(elsewhere.root() / "created-by-plansite", lock_of(output));
  plansite::Diagnostics diagnostics;
  CHECK_FALSE(plansite::write_site(site_saying("new"), output, diagnostics));
  CHECK(diagnostics.format(false).find(lock_of(output).string() + ": error: cannot lock the output folder") !=
        std::string::npos);
  CHECK_FALSE(fs::exists(elsewhere.root() / "created-by-plansite"));
  CHECK_FALSE(fs::exists(output));

  // Nor when the target exists: it is neither truncated nor locked.
  std::ofstream(elsewhere.root() / "existing") << "keep";
  fs::remove(lock_of(output));
  fs::create_symlink(elsewhere.root() / "existing", lock_of(output));
  CHECK_FALSE(plansite::write_site(site_saying("new"), output, diagnostics));
  CHECK(read_tree(elsewhere.root()) == std::map<std::string, std::string>{{"existing", "keep"}});

  // Once the link is gone, the build makes its own plain lock file.
  fs::remove(lock_of(output));
  plansite::Diagnostics again;
  CHECK(plansite::write_site(site_saying("new"), output, again));
  CHECK(fs::is_regular_file(fs::symlink_status(lock_of(output))));
}

TEST_CASE("a previous site that cannot be removed is kept whole, and the build says which folder") {
  // Permissions bind only a user other than root: as root, the check runs in
  // a child process that has become `nobody`.
  TempSite dir;
  fs::path output = dir.root() / "public";
  bool as_root = ::geteuid() == 0;
  if (as_root) REQUIRE(::chown(dir.root().c_str(), 65534, 65534) == 0);
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    if (as_root && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(90);
    plansite::Diagnostics first, second;
    if (!plansite::write_site(site_saying("old"), output, first)) ::_exit(91);
    ::chmod((output / "nhiem-vu").c_str(), 0555);  // its page cannot be deleted
    bool replaced = plansite::write_site(site_saying("new"), output, second);
    std::ofstream(dir.root() / "messages") << second.format(false);
    ::chmod((output / "nhiem-vu").c_str(), 0755);
    ::_exit(replaced ? 92 : 0);
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  std::ifstream in(dir.root() / "messages");
  std::string messages((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(messages == (output / "nhiem-vu").string() +
                        ": error: cannot replace the site: this folder of the previous one cannot be removed\n"
                        "  hint: the published site is kept as it was; give this user write permission on the "
                        "folder (or remove the output yourself) and build again\n");
  fs::remove(dir.root() / "messages");
  fs::remove(lock_of(output));
  // The old site, whole, and nothing else: no staging folder left behind.
  CHECK(read_tree(dir.root()) == std::map<std::string, std::string>{{"public/README.md", plansite::kOutputMarker},
                                                                     {"public/index.html", "old"},
                                                                     {"public/nhiem-vu/index.html", "old"}});
}
