#include "render/relative_links.h"

#include "render/html_chars.h"

#include <algorithm>
#include <vector>

#include <cstring>

namespace plansite {

namespace {

// What ends a tag's name or an attribute's name, as one table lookup per
// byte: the scanner reads every byte of every page.
enum : unsigned char { kSpace = 1, kEquals = 2, kClose = 4, kSlash = 8 };
struct CharClasses {
  unsigned char of[256] = {};
  constexpr CharClasses() {
    for (char c : {' ', '\t', '\n', '\r', '\f'}) of[static_cast<unsigned char>(c)] = kSpace;
    of[static_cast<unsigned char>('=')] = kEquals;
    of[static_cast<unsigned char>('>')] = kClose;
    of[static_cast<unsigned char>('/')] = kSlash;
  }
};
constexpr CharClasses kClasses;
inline unsigned char class_of(char c) { return kClasses.of[static_cast<unsigned char>(c)]; }

}  // namespace

// The attributes whose value is one URL. data-index and data-root are the
// search page's (themes/default/search.js reads them).
bool holds_url(std::string_view tag, std::string_view attribute) {
  for (const char* name : {"href", "src", "action", "poster", "data-index", "data-root"})
    if (equals_lower(attribute, name)) return true;
  // <meta content> is a URL only for the likes of og:image; the base_path
  // test below leaves every other value ("width=device-width") alone.
  return equals_lower(attribute, "content") && equals_lower(tag, "meta");
}

// "//host/x" is another host, not a path of this site. Called for every
// attribute value, so it rejects the common case (no '/') before comparing.
bool is_site_path(std::string_view url, std::string_view base_path) {
  if (url.size() < base_path.size() || url.empty() || url[0] != '/') return false;
  if (url.size() > 1 && url[1] == '/') return false;
  for (size_t i = 1; i < base_path.size(); ++i)
    if (url[i] != base_path[i]) return false;
  return true;
}

namespace {

// The offset of the first `c` in `text`, or `text.size()`.
size_t first_of(std::string_view text, char c) {
  const void* at = std::memchr(text.data(), c, text.size());
  return at ? static_cast<size_t>(static_cast<const char*>(at) - text.data()) : text.size();
}

}  // namespace

// relative_url, appended to `out`; `folder` is the page's folder, "/ke-hoach/x/".
// Called for every link of every page: no allocation, no second copy, and
// the library's vectorised searches rather than loops over characters.
void append_relative_url(std::string& out, std::string_view target, std::string_view folder) {
  size_t suffix_at = first_of(target, '?');
  suffix_at = first_of(target.substr(0, suffix_at), '#');
  std::string_view path = target.substr(0, suffix_at);
  std::string_view suffix = target.substr(suffix_at);
  // The longest common prefix that ends at a '/': the folder both lie in.
  size_t same = 0;
  const size_t limit = std::min(folder.size(), path.size());
  while (same < limit && folder[same] == path[same]) ++same;
  const void* slash = same ? memrchr(folder.data(), '/', same) : nullptr;
  const size_t common = slash ? static_cast<size_t>(static_cast<const char*>(slash) - folder.data()) + 1 : 0;
  const size_t ups = static_cast<size_t>(std::count(folder.begin() + static_cast<std::ptrdiff_t>(common), folder.end(), '/'));
  for (size_t i = 0; i < ups; ++i) out.append("../", 3);
  std::string_view rest = path.substr(common);
  // "a:b/" would read as a scheme; slugs never hold ':', but a file name might.
  if (ups == 0) {
    std::string_view first_part = rest.substr(0, first_of(rest, '/'));
    if (first_of(first_part, ':') < first_part.size()) out.append("./", 2);
  }
  out.append(rest);
  // Every page is a folder's index.html and every other file has an
  // extension, so "/ke-hoach/x" (as an officer may write it in Markdown) is a
  // folder too.
  const void* last = memrchr(rest.data(), '/', rest.size());
  std::string_view name = last ? rest.substr(static_cast<size_t>(static_cast<const char*>(last) - rest.data()) + 1) : rest;
  if (name.empty()) out.append("index.html", 10);
  else if (first_of(name, '.') == name.size()) out.append("/index.html", 11);
  out.append(suffix);
}

namespace {

// srcset: "a.png 1x, /b.png 2x": a comma-separated list of a URL and a descriptor.
void append_srcset(std::string& out, std::string_view value, std::string_view base_path, std::string_view folder) {
  size_t i = 0;
  while (i < value.size()) {
    size_t start = i;
    while (i < value.size() && (is_html_space(value[i]) || value[i] == ',')) ++i;
    out.append(value.substr(start, i - start));
    size_t url_end = i;
    while (url_end < value.size() && !is_html_space(value[url_end]) && value[url_end] != ',') ++url_end;
    std::string_view url = value.substr(i, url_end - i);
    if (is_site_path(url, base_path)) append_relative_url(out, url, folder); else out.append(url);
    i = url_end;
    size_t descriptor = i;
    while (i < value.size() && value[i] != ',') ++i;
    out.append(value.substr(descriptor, i - descriptor));
  }
}

// The elements whose content is raw text, where a '<' opens no tag; nullptr for the others.
const char* raw_text(std::string_view tag) {
  if (tag.size() != 5 && tag.size() != 6) return nullptr;
  if (equals_lower(tag, "script")) return "script";
  if (equals_lower(tag, "style")) return "style";
  return nullptr;
}

}  // namespace

std::string_view folder_of(std::string_view page_url) { return page_url.substr(0, page_url.rfind('/') + 1); }

std::string relative_url(std::string_view target, std::string_view page_url) {
  std::string out;
  out.reserve(target.size() + 16);
  append_relative_url(out, target, folder_of(page_url));
  return out;
}

std::string relative_links(std::string_view html, std::string_view base_path, std::string_view page_url) {
  const std::string_view folder = folder_of(page_url);
  std::string out;
  out.reserve(html.size() + html.size() / 16);
  size_t copied = 0;  // html[0, copied) is in `out`
  size_t i = 0;
  const size_t n = html.size();
  auto find = [&](std::string_view what, size_t from) {
    size_t at = html.find(what, from);
    return at == std::string_view::npos ? n : at + what.size();
  };
  while (i < n) {
    const void* lt = std::memchr(html.data() + i, '<', n - i);
    if (!lt) break;
    i = static_cast<size_t>(static_cast<const char*>(lt) - html.data()) + 1;
    if (i < n && (html[i] == '!' || html[i] == '?' || html[i] == '/')) {
      bool comment = i + 2 < n && html[i] == '!' && html[i + 1] == '-' && html[i + 2] == '-';
      i = comment ? find("-->", i + 3) : find(">", i);
      continue;
    }
    size_t name_start = i;
    while (i < n && !(class_of(html[i]) & (kSpace | kClose | kSlash))) ++i;
    std::string_view tag = html.substr(name_start, i - name_start);
    if (tag.empty()) continue;  // "< " is text; escaped text never has a raw '<' anyway
    // Attributes up to the tag's '>'; a '>' inside a quoted value does not end it.
    while (i < n && html[i] != '>') {
      if (class_of(html[i]) & (kSpace | kSlash)) { ++i; continue; }
      // The name's first character is the name's even when it is '=': HTML
      // reads "<p =x href=y>" as attributes "=x" and "href", as LinkLexer does.
      size_t attribute_start = i++;
      while (i < n && !class_of(html[i])) ++i;
      std::string_view attribute = html.substr(attribute_start, i - attribute_start);
      while (i < n && is_html_space(html[i])) ++i;
      if (i >= n || html[i] != '=') continue;  // a boolean attribute: no value
      ++i;
      while (i < n && is_html_space(html[i])) ++i;
      size_t value_start, value_end;
      if (i < n && (html[i] == '"' || html[i] == '\'')) {
        // Values are short: a plain loop beats a memchr call here.
        char quote = html[i];
        value_start = i + 1;
        value_end = value_start;
        while (value_end < n && html[value_end] != quote) ++value_end;
        i = value_end < n ? value_end + 1 : n;
      } else {
        value_start = i;
        while (i < n && !is_html_space(html[i]) && html[i] != '>') ++i;
        value_end = i;
      }
      std::string_view value = html.substr(value_start, value_end - value_start);
      // Most values (class, id, lang) are no site path: test that first, it is cheaper.
      bool srcset = attribute.size() == 6 && equals_lower(attribute, "srcset");
      if (!srcset && !(is_site_path(value, base_path) && holds_url(tag, attribute))) continue;
      out.append(html.substr(copied, value_start - copied));
      if (srcset) append_srcset(out, value, base_path, folder);
      else append_relative_url(out, value, folder);
      copied = value_end;
    }
    if (i < n) ++i;  // past '>'
    if (const char* raw = raw_text(tag)) {
      // Skip to the closing tag, whatever its case.
      std::string_view closing = raw;
      while (i < n) {
        size_t close = html.find("</", i);
        if (close == std::string_view::npos) { i = n; break; }
        i = close + 2;
        if (equals_lower(html.substr(i, closing.size()), closing)) break;
      }
    }
  }
  out.append(html.substr(copied));
  return out;
}

std::string site_root_url(std::string_view link, std::string_view page_url) {
  size_t tail_at = link.find_first_of("#?");
  std::string path = std::string(page_url) + std::string(link.substr(0, tail_at));
  std::string tail = tail_at == std::string::npos ? "" : std::string(link.substr(tail_at));
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string part = path.substr(start, end - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = end + 1;
  }
  std::string out = "/";
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i + 1 == parts.size() && parts[i] == "index.html") break;
    out += parts[i] + (i + 1 < parts.size() || parts[i].find('.') == std::string::npos ? "/" : "");
  }
  return out + tail;
}


}  // namespace plansite
