#include "model/position.h"

#include <mutex>
#include <unordered_set>

namespace plansite {

namespace {

// Names are few (one per file of the site) and live as long as the process;
// node-based, so the address of each stays put as more are added. Files load
// on several threads, hence the lock; a file's name is interned once per file
// and then copied as a pointer.
const std::string kNoFile;

const std::string* intern(const std::string& name) {
  if (name.empty()) return &kNoFile;  // every default Position: no lock
  static std::mutex mutex;
  static std::unordered_set<std::string> names;
  std::lock_guard lock(mutex);
  return &*names.insert(name).first;
}

}  // namespace

FileName::FileName() : name_(&kNoFile) {}
FileName::FileName(const std::string& name) : name_(intern(name)) {}
FileName::FileName(const char* name) : FileName(std::string(name)) {}

}  // namespace plansite
