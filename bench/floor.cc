// The floor of a build: the work no site generator can avoid on this corpus,
// done as cheaply as this machine allows, so plansite's time can be read
// against it.
//
//   floor SOURCE OUTPUT BYTES FILES
//
// 1. reads every byte of every .yaml and .md file under SOURCE;
// 2. renders every Markdown body to HTML with cmark-gfm and the extensions
//    plansite uses (table, strikethrough, autolink);
// 3. writes FILES files holding BYTES bytes in all (plansite's output size),
//    one folder per file as plansite writes one folder per page, into OUTPUT
//    (which must not exist), then syncfs()s once, as plansite does before its
//    swap.
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
  if (argc != 5) {
    std::fprintf(stderr, "usage: floor SOURCE OUTPUT BYTES FILES\n");
    return 2;
  }
  fs::path source = argv[1], output = argv[2];
  size_t total_bytes = std::strtoull(argv[3], nullptr, 10);
  size_t file_count = std::max<size_t>(1, std::strtoull(argv[4], nullptr, 10));
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
  size_t per_file = total_bytes / file_count;
  std::string filler(per_file + 1, 'x');
  fs::create_directories(output);
  std::atomic<size_t> written{0};
  std::atomic<bool> failed{false};
  parallel_for(file_count, [&](size_t i) {
    fs::path folder = output / std::to_string(i);
    std::error_code ec;
    fs::create_directory(folder, ec);
    size_t size = per_file + (i < total_bytes % file_count ? 1 : 0);
    if (ec || !write_whole(folder / "index.html", filler.data(), size)) failed = true;
    written += size;
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
              inputs.size(), bytes_read.load(), bodies.load(), html_bytes.load(), file_count, written.load(),
              std::max(1u, std::thread::hardware_concurrency()));
  return 0;
}
