#include "render/html_allow_list.h"

#include <array>
#include <cctype>
#include <cstdlib>

namespace plansite {

namespace {

// Justified in docs/format-reference.md, "Raw HTML". Headings are not here:
// Markdown's headings get the anchors and the contents list, raw ones would not.
constexpr std::array kElements = {
    AllowedElement{"a", true, Content::phrasing, "", false},
    AllowedElement{"abbr", true, Content::phrasing, "", false},
    AllowedElement{"b", true, Content::phrasing, "", false},
    AllowedElement{"blockquote", false, Content::flow, "", false},
    AllowedElement{"br", true, Content::none, "", false},
    AllowedElement{"caption", false, Content::flow, "table", false},
    AllowedElement{"cite", true, Content::phrasing, "", false},
    AllowedElement{"code", true, Content::phrasing, "", false},
    AllowedElement{"dd", false, Content::flow, "dl", true},
    AllowedElement{"del", true, Content::phrasing, "", false},
    AllowedElement{"details", false, Content::flow, "", false},
    AllowedElement{"dfn", true, Content::phrasing, "", false},
    AllowedElement{"div", false, Content::flow, "", false},
    AllowedElement{"dl", false, Content::terms, "", false},
    AllowedElement{"dt", false, Content::phrasing, "dl", true},
    AllowedElement{"em", true, Content::phrasing, "", false},
    AllowedElement{"figcaption", false, Content::flow, "figure", false},
    AllowedElement{"figure", false, Content::flow, "", false},
    AllowedElement{"hr", false, Content::none, "", false},
    AllowedElement{"i", true, Content::phrasing, "", false},
    AllowedElement{"img", true, Content::none, "", false},
    AllowedElement{"ins", true, Content::phrasing, "", false},
    AllowedElement{"kbd", true, Content::phrasing, "", false},
    AllowedElement{"li", false, Content::flow, "ul ol", true},
    AllowedElement{"mark", true, Content::phrasing, "", false},
    AllowedElement{"ol", false, Content::list, "", false},
    AllowedElement{"p", false, Content::phrasing, "", true},
    AllowedElement{"pre", false, Content::phrasing, "", false},
    AllowedElement{"q", true, Content::phrasing, "", false},
    AllowedElement{"s", true, Content::phrasing, "", false},
    AllowedElement{"samp", true, Content::phrasing, "", false},
    AllowedElement{"small", true, Content::phrasing, "", false},
    AllowedElement{"span", true, Content::phrasing, "", false},
    AllowedElement{"strong", true, Content::phrasing, "", false},
    AllowedElement{"sub", true, Content::phrasing, "", false},
    AllowedElement{"summary", false, Content::phrasing, "details", false},
    AllowedElement{"sup", true, Content::phrasing, "", false},
    AllowedElement{"table", false, Content::table, "", false},
    AllowedElement{"tbody", false, Content::row_group, "table", true},
    AllowedElement{"td", false, Content::flow, "tr", true},
    AllowedElement{"tfoot", false, Content::row_group, "table", true},
    AllowedElement{"th", false, Content::flow, "tr", true},
    AllowedElement{"thead", false, Content::row_group, "table", true},
    AllowedElement{"tr", false, Content::row, "table thead tbody tfoot", true},
    AllowedElement{"u", true, Content::phrasing, "", false},
    AllowedElement{"ul", false, Content::list, "", false},
    AllowedElement{"var", true, Content::phrasing, "", false},
    AllowedElement{"wbr", true, Content::none, "", false},
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::optional<std::string> number_in(const std::string& value, long low, long high, bool sign, std::string& why) {
  size_t start = sign && !value.empty() && value[0] == '-' ? 1 : 0;
  bool digits = value.size() > start && value.size() - start <= 9;
  for (size_t i = start; digits && i < value.size(); ++i) digits = is_digit(value[i]);
  long n = digits ? std::strtol(value.c_str(), nullptr, 10) : low - 1;
  if (n < low || n > high) {
    why = "it must be a whole number from " + std::to_string(low) + " to " + std::to_string(high);
    return std::nullopt;
  }
  return value;
}

// The scheme of `url` lowercased ("https"), or "" when it has none: a
// scheme is letters, digits, '+', '-' and '.' before the first ':', starting
// with a letter, as browsers read it.
std::string scheme_of(const std::string& url) {
  size_t colon = url.find(':');
  if (colon == std::string::npos || colon == 0 || !is_alpha(url[0])) return "";
  std::string scheme;
  for (size_t i = 0; i < colon; ++i) {
    char c = url[i];
    if (!(is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.')) return "";
    scheme += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return scheme;
}

// What a browser would do with `value` as a URL, checked on the decoded
// value the page will hold (the sanitiser re-escapes it): controls and
// backslashes are refused outright, since browsers drop tabs and newlines
// inside a scheme ("java&#9;script:") and read '\' as '/'.
std::optional<std::string> checked_url(const std::string& value, bool image, std::string& why) {
  size_t begin = value.find_first_not_of(" \t\n\r\f");
  size_t end = value.find_last_not_of(" \t\n\r\f");
  std::string url = begin == std::string::npos ? "" : value.substr(begin, end - begin + 1);
  for (unsigned char c : url)
    if (c < 0x20 || c == 0x7f || c == '\\') {
      why = c == '\\' ? "it holds a backslash, which browsers read as '/'" : "it holds a control character";
      return std::nullopt;
    }
  // What an address may hold as written (RFC 3986, and letters beyond
  // ASCII): anything else would make the page invalid, and is how attribute
  // injections and broken references look.
  size_t hashes = 0;
  for (size_t i = 0; i < url.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(url[i]);
    hashes += c == '#';
    bool escape = c == '%' && i + 2 < url.size() && std::isxdigit(static_cast<unsigned char>(url[i + 1])) &&
                  std::isxdigit(static_cast<unsigned char>(url[i + 2]));
    if (c >= 0x80 || is_alpha(static_cast<char>(c)) || is_digit(static_cast<char>(c)) || escape ||
        std::string_view("!$&'()*+,-./:;=?@_~#").find(static_cast<char>(c)) != std::string_view::npos)
      continue;
    why = c == ' ' ? std::string("it holds a space: write %20") : std::string("it holds '") + static_cast<char>(c) +
                                                                    "', which an address may not hold as it is";
    return std::nullopt;
  }
  if (hashes > 1) {
    why = "it holds '#' twice";
    return std::nullopt;
  }
  if (url.rfind("//", 0) == 0) {
    why = "an address starting with '//' leads to another host";
    return std::nullopt;
  }
  std::string scheme = scheme_of(url);
  if (scheme.empty()) return url;  // a path, "?query" or "#fragment" of this site
  if (image) {
    why = "a picture must be a file of this site, given by a relative path, not a '" + scheme.substr(0, 20) +
          ":' address: the site loads nothing from other hosts";
    return std::nullopt;
  }
  if (scheme == "mailto" || scheme == "tel") return url;
  if (scheme == "http" || scheme == "https") {
    size_t host = scheme.size() + 3;
    if (url.compare(scheme.size(), 3, "://") == 0 && url.size() > host && url[host] != '/') return url;
    why = "an " + scheme + ": address needs '//' and a host";
    return std::nullopt;
  }
  why = "'" + scheme.substr(0, 20) + ":' addresses are not allowed; only http:, https:, mailto:, tel: and paths";
  return std::nullopt;
}

bool is_language_tag(const std::string& value) {
  // "vi", "en", "en-GB", "zh-Hant": a primary language of 2-3 letters, then subtags.
  size_t i = 0;
  while (i < value.size() && is_alpha(value[i])) ++i;
  if (i < 2 || i > 3) return false;
  while (i < value.size()) {
    if (value[i] != '-') return false;
    size_t start = ++i;
    while (i < value.size() && (is_alpha(value[i]) || is_digit(value[i]))) ++i;
    if (i == start || i - start > 8) return false;
  }
  return true;
}

}  // namespace

const AllowedElement* allowed_element(std::string_view name) {
  for (const auto& element : kElements)
    if (element.name == name) return &element;
  return nullptr;
}

bool drops_content(std::string_view name) {
  for (std::string_view n : {"script", "style", "template", "textarea", "title", "iframe", "noscript", "noembed",
                             "noframes", "object", "xmp", "svg", "math", "select", "frameset", "head", "video",
                             "audio", "canvas", "map", "applet", "datalist"})
    if (n == name) return true;
  return false;
}

std::optional<std::string> allowed_attribute(std::string_view element, std::string_view attribute,
                                             const std::string& value, std::string& why) {
  why.clear();
  if (attribute == "title") return value;
  if (attribute == "lang") {
    if (is_language_tag(value)) return value;
    why = "it must be a language tag such as 'vi' or 'en'";
    return std::nullopt;
  }
  if (element == "a" && attribute == "href") return checked_url(value, false, why);
  if (element == "img") {
    if (attribute == "src") return checked_url(value, true, why);
    if (attribute == "alt") return value;
    if (attribute == "width" || attribute == "height") return number_in(value, 0, 99'999, false, why);
  }
  if (element == "th" || element == "td") {
    if (attribute == "colspan") return number_in(value, 1, 1000, false, why);
    if (attribute == "rowspan") return number_in(value, 0, 65'534, false, why);
  }
  if (element == "th" && attribute == "scope") {
    for (const char* scope : {"row", "col", "rowgroup", "colgroup"})
      if (value == scope) return value;
    why = "it must be row, col, rowgroup or colgroup";
    return std::nullopt;
  }
  if (element == "ol" && attribute == "start") return number_in(value, -999'999'999, 999'999'999, true, why);
  if ((element == "ol" && attribute == "reversed") || (element == "details" && attribute == "open")) {
    if (value.empty() || value == attribute) return std::string();
    why = "it takes no value: write it alone";
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace plansite
