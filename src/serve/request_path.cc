#include "serve/request_path.h"

#include <algorithm>

namespace plansite {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

RequestPath refuse(std::string reason) { return {false, {}, std::move(reason)}; }

// A byte no file name of the output holds and no browser sends unencoded.
bool is_control(unsigned char c) { return c < 0x20 || c == 0x7f; }

}  // namespace

bool is_shortest_utf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int length = 0;
    char32_t code = 0;
    char32_t smallest = 0;
    if ((c & 0xE0) == 0xC0) {
      length = 2, code = c & 0x1F, smallest = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      length = 3, code = c & 0x0F, smallest = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      length = 4, code = c & 0x07, smallest = 0x10000;
    } else {
      return false;  // a continuation byte with no lead, or 0xF8..0xFF
    }
    if (i + length > text.size()) return false;
    for (int k = 1; k < length; ++k) {
      unsigned char next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      code = (code << 6) | (next & 0x3F);
    }
    // An overlong form (C0 AE for '.') would slip a dot past a check made on
    // the shortest form; surrogates and values past U+10FFFF are not text.
    if (code < smallest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
    i += length;
  }
  return true;
}

RequestPath parse_request_path(std::string_view target) {
  std::string_view raw = target.substr(0, target.find_first_of("?#"));
  if (raw.empty() || raw.front() != '/') return refuse("the path does not start with '/'");

  std::string decoded;
  decoded.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c == '%') {
      int high = i + 2 < raw.size() ? hex_value(raw[i + 1]) : -1;
      int low = i + 2 < raw.size() ? hex_value(raw[i + 2]) : -1;
      if (high < 0 || low < 0) return refuse("a '%' not followed by two hexadecimal digits");
      c = static_cast<unsigned char>(high * 16 + low);
      i += 2;
      // Decoded once only: a '%' that comes out of decoding (%252e) would
      // decode again somewhere else, and an encoded '/' hides a segment.
      if (c == '%') return refuse("an encoded '%' (double encoding)");
      if (c == '/') return refuse("an encoded '/'");
    }
    if (c == '\\') return refuse("a backslash");
    if (is_control(c)) return refuse("a control character or NUL byte");
    decoded += static_cast<char>(c);
  }
  if (!is_shortest_utf8(decoded)) return refuse("invalid or overlong UTF-8");

  std::string file;
  size_t start = 1;
  while (start <= decoded.size()) {
    size_t end = decoded.find('/', start);
    if (end == std::string::npos) end = decoded.size();
    std::string_view segment(decoded.data() + start, end - start);
    bool last = end == decoded.size();
    if (segment.empty() && !last) return refuse("an empty segment ('//')");
    if (segment == "." || segment == "..") return refuse("a '.' or '..' segment");
    if (!segment.empty()) {
      if (!file.empty()) file += '/';
      file += segment;
    }
    start = end + 1;
  }
  if (decoded.back() == '/') file += file.empty() ? "index.html" : "/index.html";
  return {true, file, {}};
}

std::optional<std::filesystem::path> resolve_inside(const std::filesystem::path& root, const std::string& file,
                                                    bool& outside) {
  namespace fs = std::filesystem;
  outside = false;
  std::error_code ec;
  fs::path real_root = fs::canonical(root, ec);
  if (ec) return std::nullopt;
  fs::path real = fs::canonical(root / file, ec);
  if (ec) return std::nullopt;
  // Compared segment by segment, so /srv/public-old is not "inside" /srv/public.
  auto [root_end, real_end] = std::mismatch(real_root.begin(), real_root.end(), real.begin(), real.end());
  if (root_end != real_root.end()) {
    outside = true;
    return std::nullopt;
  }
  return real;
}

}  // namespace plansite
