#pragma once
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace plansite {

/// One file of the generated site: a path relative to the output root and its bytes.
struct OutputFile {
  std::string path;
  std::string content;
};

using OutputFiles = std::vector<OutputFile>;

/// What an incremental build knows of one page it made (write/page_record.h
/// keeps these beside the output between builds).
struct PageRecord {
  std::uint64_t fingerprint = 0;  ///< what the page was made from
  std::uint64_t content = 0;      ///< digest of the page's bytes
  bool chart = false;             ///< it draws a chart (the build then writes the chart scripts)
};

/// By output path ("ke-hoach/x/index.html").
using PageRecords = std::map<std::string, PageRecord>;

/// Where the render stage puts each file as soon as it is made, so a site
/// never has to fit in memory: the write stage's staging folder, or memory in tests.
class OutputSink {
 public:
  virtual ~OutputSink() = default;
  /// Adds one file. Called from several threads at once; each path once.
  virtual void put(const std::string& path, std::string content) = 0;
  /// Puts the previous build's file at `path` again, if the sink has one and
  /// its bytes still have `digest` (util/digest.h); false otherwise, and the
  /// page must be made. Called from several threads at once.
  virtual bool reuse(const std::string& /*path*/, std::uint64_t /*digest*/) { return false; }
};

/// Keeps every file in memory, by path: for tests that render a small site.
class MemoryOutput : public OutputSink {
 public:
  void put(const std::string& path, std::string content) override {
    std::lock_guard lock(mutex_);
    files_[path] = std::move(content);
  }
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  std::mutex mutex_;
  std::map<std::string, std::string> files_;
};

}  // namespace plansite

namespace plansite {

/// The README.md every output folder carries. Its first line also marks the
/// folder as plansite's, so a build never replaces a folder it did not make.
extern const char* const kOutputMarker;
inline constexpr const char* kOutputMarkerFirstLine = "# public/";

}  // namespace plansite
