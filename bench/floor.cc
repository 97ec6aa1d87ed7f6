// The floor of a build: the work no site generator can avoid on this corpus,
// done as cheaply as this machine allows, so plansite's time can be read
// against it.
//
//   floor SOURCE OUTPUT MANIFEST
//   floor SOURCE OUTPUT BYTES FILES
//
// 1. reads every byte of every .yaml and .md file under SOURCE;
// 2. renders every Markdown body to HTML with cmark-gfm and the extensions
//    plansite uses (table, strikethrough, autolink);
// 3. writes the output into OUTPUT (which must not exist), then syncfs()s
//    once, as plansite does before its swap. With a MANIFEST (one line per
//    file of plansite's output: its size, a space, its path in the output, as
//    `find OUT -type f -printf '%s %P\n'` prints them) it writes those files,
//    of those sizes, in those folders: the kernel charges by the 4 KB page and
//    by the folder, so this is the output's own cost. With BYTES FILES (the
//    first floor, kept to compare with earlier figures) it writes FILES files
//    of one size holding BYTES bytes in all, one folder each.
// Each stage runs on one thread per core. No YAML parsing, no templates, no
// checks: a generator that does those can only be slower.
//
// Built by bench/run.sh:
//   g++ -O2 -std=c++20 floor.cc $(pkg-config --cflags --libs libcmark-gfm) -lcmark-gfm-extensions -pthread
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

// Runs body(i) for i in [0, n) on one thread per core; work is handed out one
// item at a time so a slow file does not hold up a whole slice.
void parallel_for(size_t n, const std::function<void(size_t)>& body) {
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t)
    pool.emplace_back([&] {
      for (size_t i; (i = next.fetch_add(1)) < n;) body(i);
    });
  for (auto& th : pool) th.join();
}

std::string read_whole(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

size_t render_markdown(const std::string& text) {
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  for (const char* name : {"table", "strikethrough", "autolink"})
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser, ext);
  cmark_parser_feed(parser, text.data(), text.size());
  cmark_node* document = cmark_parser_finish(parser);
  char* html = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
  size_t size = std::char_traits<char>::length(html);
  std::free(html);
  cmark_node_free(document);
  cmark_parser_free(parser);
  return size;
}

// Makes `dir` and its missing parents; EEXIST is success, as another worker
// may have made it first.
bool make_folders(const std::string& dir) {
  if (::mkdir(dir.c_str(), 0755) == 0 || errno == EEXIST) return true;
  size_t slash = dir.rfind('/');
  if (errno != ENOENT || slash == std::string::npos || slash == 0) return false;
  return make_folders(dir.substr(0, slash)) && (::mkdir(dir.c_str(), 0755) == 0 || errno == EEXIST);
}

struct OutputFile {
  size_t size;
  std::string path;  ///< relative to the output
};

// The manifest's lines, "SIZE PATH"; nothing when it cannot be read.
std::vector<OutputFile> read_manifest(const char* file) {
  std::vector<OutputFile> out;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    size_t space = line.find(' ');
    if (space == std::string::npos || space + 1 == line.size()) return {};
    out.push_back({std::strtoull(line.c_str(), nullptr, 10), line.substr(space + 1)});
  }
  return out;
}

bool write_whole(const fs::path& path, const char* data, size_t size) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  size_t done = 0;
  while (done < size) {
    ssize_t n = ::write(fd, data + done, size - done);
    if (n <= 0) {
      ::close(fd);
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return ::close(fd) == 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4 && argc != 5) {
    std::fprintf(stderr, "usage: floor SOURCE OUTPUT MANIFEST\n       floor SOURCE OUTPUT BYTES FILES\n");
    return 2;
  }
  fs::path source = argv[1], output = argv[2];
  // Reading the manifest is not work a generator does, but it is inside the
  // floor's time: 22–26 ms at 5000 plans, about 1.5 % of it.
  std::vector<OutputFile> files;
  if (argc == 4) {
    files = read_manifest(argv[3]);
    if (files.empty()) {
      std::fprintf(stderr, "floor: cannot read the manifest %s\n", argv[3]);
      return 2;
    }
  } else {
    size_t total_bytes = std::strtoull(argv[3], nullptr, 10);
    size_t file_count = std::max<size_t>(1, std::strtoull(argv[4], nullptr, 10));
    size_t per_file = total_bytes / file_count;
    for (size_t i = 0; i < file_count; ++i)
      files.push_back({per_file + (i < total_bytes % file_count ? 1 : 0), std::to_string(i) + "/index.html"});
  }
  if (fs::exists(output)) {
    std::fprintf(stderr, "floor: %s exists\n", output.c_str());
    return 2;
  }
  cmark_gfm_core_extensions_ensure_registered();

  std::vector<fs::path> inputs;
  for (const auto& entry : fs::recursive_directory_iterator(source)) {
    auto ext = entry.path().extension();
    if (entry.is_regular_file() && (ext == ".yaml" || ext == ".md")) inputs.push_back(entry.path());
  }

  std::atomic<size_t> bytes_read{0}, bodies{0}, html_bytes{0};
  parallel_for(inputs.size(), [&](size_t i) {
    std::string text = read_whole(inputs[i]);
    bytes_read += text.size();
    if (inputs[i].extension() == ".md") {
      html_bytes += render_markdown(text);
      ++bodies;
    }
  });

  // Page-like filler: the bytes matter, not what they say.
  size_t largest = 0;
  for (const auto& file : files) largest = std::max(largest, file.size);
  std::string filler(largest, 'x');
  fs::create_directories(output);
  const std::string root = output.string() + "/";
  std::atomic<size_t> written{0};
  std::atomic<bool> failed{false};
  parallel_for(files.size(), [&](size_t i) {
    std::string path = root + files[i].path;
    size_t slash = path.rfind('/');
    if (!make_folders(path.substr(0, slash)) || !write_whole(path, filler.data(), files[i].size)) failed = true;
    written += files[i].size;
  });
  int fd = ::open(output.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::syncfs(fd);
    ::close(fd);
  }
  if (failed) {
    std::fprintf(stderr, "floor: cannot write into %s\n", output.c_str());
    return 1;
  }
  std::printf("floor: read %zu files (%zu bytes), rendered %zu Markdown bodies (%zu bytes of HTML), "
              "wrote %zu files (%zu bytes), %u threads\n",
              inputs.size(), bytes_read.load(), bodies.load(), html_bytes.load(), files.size(), written.load(),
              std::max(1u, std::thread::hardware_concurrency()));
  return 0;
}
