#include "render/html_sanitizer.h"

#include <array>
#include <utility>

namespace plansite {

namespace {

// The named references pasted text uses; any other "&name;" is shown as
// written. A short list on purpose: an unknown name is an error in a page.
constexpr std::array<std::pair<std::string_view, char32_t>, 52> kEntities = {{
    {"amp", '&'},        {"lt", '<'},         {"gt", '>'},         {"quot", '"'},        {"apos", '\''},
    {"nbsp", 0xA0},      {"shy", 0xAD},       {"ndash", 0x2013},   {"mdash", 0x2014},    {"hellip", 0x2026},
    {"laquo", 0xAB},     {"raquo", 0xBB},     {"lsquo", 0x2018},   {"rsquo", 0x2019},    {"ldquo", 0x201C},
    {"rdquo", 0x201D},   {"sbquo", 0x201A},   {"bdquo", 0x201E},   {"copy", 0xA9},       {"reg", 0xAE},
    {"trade", 0x2122},   {"deg", 0xB0},       {"plusmn", 0xB1},    {"times", 0xD7},      {"divide", 0xF7},
    {"middot", 0xB7},    {"bull", 0x2022},    {"para", 0xB6},      {"sect", 0xA7},       {"euro", 0x20AC},
    {"pound", 0xA3},     {"yen", 0xA5},       {"cent", 0xA2},      {"frac12", 0xBD},     {"frac14", 0xBC},
    {"frac34", 0xBE},    {"sup1", 0xB9},      {"sup2", 0xB2},      {"sup3", 0xB3},       {"micro", 0xB5},
    {"larr", 0x2190},    {"rarr", 0x2192},    {"uarr", 0x2191},    {"darr", 0x2193},     {"harr", 0x2194},
    {"le", 0x2264},      {"ge", 0x2265},      {"ne", 0x2260},      {"asymp", 0x2248},    {"infin", 0x221E},
    {"minus", 0x2212},   {"thinsp", 0x2009},
}};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// A character a page may hold: no controls (the loader refuses them raw, so
// they may not come back as "&#27;"), no surrogates, and nothing from the
// private-use area, where plansite keeps its own markers.
bool is_allowed_code_point(char32_t c) {
  if (c < 0x20) return c == '\t' || c == '\n';
  if (c >= 0x7F && c <= 0x9F) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  if (c >= 0xE000 && c <= 0xF8FF) return false;
  if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) return false;
  return c <= 0x10FFFF && c != 0;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// The character reference at `text[at]` ('&'): its length and character,
// or length 0 when it is not one plansite keeps. A reference must end with
// ';' here; without one it stays text, which the page then shows as typed.
std::pair<size_t, char32_t> reference_at(std::string_view text, size_t at) {
  size_t i = at + 1;
  if (i < text.size() && text[i] == '#') {
    bool hex = i + 1 < text.size() && (text[i + 1] == 'x' || text[i + 1] == 'X');
    i += hex ? 2 : 1;
    size_t start = i;
    char32_t c = 0;
    while (i < text.size() && i - start < 7) {
      char d = lower(text[i]);
      int digit = d >= '0' && d <= '9' ? d - '0' : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10 : -1;
      if (digit < 0) break;
      c = c * (hex ? 16 : 10) + static_cast<char32_t>(digit);
      ++i;
    }
    if (i == start || i >= text.size() || text[i] != ';' || !is_allowed_code_point(c)) return {0, 0};
    return {i + 1 - at, c};
  }
  size_t start = i;
  while (i < text.size() && i - start < 8 && (is_letter(text[i]) || (text[i] >= '0' && text[i] <= '9'))) ++i;
  if (i >= text.size() || text[i] != ';') return {0, 0};
  std::string_view name = text.substr(start, i - start);
  for (const auto& [entity, c] : kEntities)
    if (entity == name) return {i + 1 - at, c};
  return {0, 0};
}

std::string decode(std::string_view value) {
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    auto [length, c] = value[i] == '&' ? reference_at(value, i) : std::pair<size_t, char32_t>{0, 0};
    if (length == 0) {
      out += value[i];
      continue;
    }
    append_utf8(out, c);
    i += length - 1;
  }
  return out;
}

void append_escaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
}

// Case-insensitive search for "</name" from `from`; npos when absent.
size_t find_closing(std::string_view text, size_t from, const std::string& name) {
  for (size_t at = text.find("</", from); at != std::string_view::npos; at = text.find("</", at + 2)) {
    size_t i = 0;
    while (i < name.size() && at + 2 + i < text.size() && lower(text[at + 2 + i]) == name[i]) ++i;
    if (i == name.size()) return at;
  }
  return std::string_view::npos;
}

// A name as a message quotes it: at most 40 bytes, never half a character.
std::string shortened(const std::string& name) {
  if (name.size() <= 40) return name;
  size_t cut = 40;
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
  return name.substr(0, cut) + "…";
}

std::string quoted_tag(const std::string& name, bool closing = false) {
  return std::string(closing ? "</" : "<") + shortened(name) + ">";
}

// The space-separated word `word` is in `words`.
bool lists(std::string_view words, std::string_view word) {
  for (size_t start = 0; start < words.size();) {
    size_t end = words.find(' ', start);
    if (end == std::string_view::npos) end = words.size();
    if (words.substr(start, end - start) == word) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

bool HtmlSanitizer::link_open() const {
  for (const auto& open : open_)
    if (open.element->name == "a") return true;
  return false;
}

void HtmlSanitizer::feed(std::string_view fragment, std::string& out, std::vector<HtmlDrop>& drops) {
  size_t i = 0;
  while (i < fragment.size()) {
    if (!dropping_.empty()) {
      size_t end = find_closing(fragment, i, dropping_);
      if (end == std::string_view::npos) return;  // the rest belongs to the dropped element
      size_t close = fragment.find('>', end);
      i = close == std::string_view::npos ? fragment.size() : close + 1;
      dropping_.clear();
      continue;
    }
    size_t lt = fragment.find('<', i);
    if (lt == std::string_view::npos) lt = fragment.size();
    if (lt > i) text(fragment.substr(i, lt - i), i, out, drops);
    if (lt == fragment.size()) break;
    i = lt;
    std::string_view rest = fragment.substr(i);
    // Comments can be conditional ("<!--[if IE]>"), and nothing else in
    // "<!…>" or "<?…>" is for a reader: all are left out.
    if (rest.rfind("<!", 0) == 0 || rest.rfind("<?", 0) == 0) {
      bool comment = rest.rfind("<!--", 0) == 0;
      bool cdata = rest.rfind("<![CDATA[", 0) == 0;
      size_t stop;  // just after the construct, in `rest`
      if (comment && rest.rfind("<!-->", 0) == 0) stop = 5;
      else if (comment && rest.rfind("<!--->", 0) == 0) stop = 6;
      else if (comment || cdata) stop = rest.find(comment ? "-->" : "]]>", comment ? 4 : 9) + 3;
      else stop = rest.find('>') + 1;
      drops.push_back({i, comment ? "an HTML comment" : cdata ? "a CDATA section" : "an HTML declaration"});
      if (stop < 3 || stop > rest.size()) return;  // unfinished: to the end (npos + 3 wraps to 2)
      i += stop;
      continue;
    }
    bool closing = rest.size() > 1 && rest[1] == '/';
    size_t name_start = closing ? 2 : 1;
    if (rest.size() <= name_start || !is_letter(rest[name_start])) {
      out += "&lt;";  // a '<' that starts no tag is text, as in HTML
      ++i;
      continue;
    }
    size_t j = name_start;
    std::string name;
    while (j < rest.size() && !is_space(rest[j]) && rest[j] != '/' && rest[j] != '>') name += lower(rest[j++]);
    std::vector<Attribute> attributes;
    bool finished = false;
    while (j < rest.size()) {
      while (j < rest.size() && (is_space(rest[j]) || rest[j] == '/')) ++j;
      if (j >= rest.size()) break;
      if (rest[j] == '>') {
        finished = true;
        ++j;
        break;
      }
      Attribute attribute;
      attribute.offset = i + j;
      do attribute.name += lower(rest[j++]);
      while (j < rest.size() && !is_space(rest[j]) && rest[j] != '/' && rest[j] != '>' && rest[j] != '=');
      size_t k = j;
      while (k < rest.size() && is_space(rest[k])) ++k;
      if (k < rest.size() && rest[k] == '=') {
        ++k;
        while (k < rest.size() && is_space(rest[k])) ++k;
        size_t value_start = k;
        if (k < rest.size() && (rest[k] == '"' || rest[k] == '\'')) {
          size_t end = rest.find(rest[k], k + 1);
          if (end == std::string_view::npos) break;  // unfinished
          attribute.value = decode(rest.substr(k + 1, end - k - 1));
          k = end + 1;
        } else {
          while (k < rest.size() && !is_space(rest[k]) && rest[k] != '>') ++k;
          attribute.value = decode(rest.substr(value_start, k - value_start));
        }
        j = k;
      }
      attributes.push_back(std::move(attribute));
    }
    if (!finished) {
      // A browser would read what follows as part of the tag: nothing of it is kept.
      drops.push_back({i, "an unfinished tag " + quoted_tag(name, closing) + " and the rest of this HTML"});
      return;
    }
    if (closing) close_tag(name, i, out, drops);
    else open_tag(name, attributes, i, out, drops);
    i += j;
  }
}

void HtmlSanitizer::text(std::string_view text, size_t offset, std::string& out, std::vector<HtmlDrop>& drops) {
  Content holds = open_.empty() ? context_ : open_.back().element->content;
  bool blank = text.find_first_not_of(" \t\n\r\f") == std::string_view::npos;
  if (holds != Content::phrasing && holds != Content::flow) {
    // Text in a table or a list outside its cells and items: browsers move
    // it out of the table, which breaks the page around it.
    if (!blank)
      drops.push_back({offset + text.find_first_not_of(" \t\n\r\f"),
                       "text directly inside " + quoted_tag(std::string(open_.back().element->name)) +
                           ", outside its cells or items"});
    else out += text;
    return;
  }
  if (!blank && !open_.empty()) open_.back().has_children = true;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&') {
      size_t length = reference_at(text, i).first;
      if (length > 0) {
        out.append(text.substr(i, length));
        i += length - 1;
        continue;
      }
    }
    append_escaped(out, text.substr(i, 1));
  }
}

int HtmlSanitizer::closes_before(const AllowedElement& element) const {
  auto fits_in = [&](const Open* parent) {
    if (!element.parents.empty()) return parent != nullptr && lists(element.parents, parent->element->name);
    // A table's caption and a details' summary come first.
    Content holds = parent ? parent->element->content : context_;
    if (holds == Content::phrasing) return element.phrasing;
    return holds == Content::flow;
  };
  for (size_t closed = 0; closed <= open_.size(); ++closed) {
    const Open* parent = closed == open_.size() ? nullptr : &open_[open_.size() - 1 - closed];
    if (fits_in(parent)) {
      bool first_only = element.name == "caption" || element.name == "summary";
      if (first_only && parent->has_children) return -1;
      return static_cast<int>(closed);
    }
    if (parent == nullptr || !parent->element->closes_itself) return -1;
  }
  return -1;
}

void HtmlSanitizer::pop(std::string& out) {
  out += "</" + std::string(open_.back().element->name) + ">";
  open_.pop_back();
}

void HtmlSanitizer::open_tag(const std::string& name, const std::vector<Attribute>& attributes, size_t offset,
                             std::string& out, std::vector<HtmlDrop>& drops) {
  if (drops_content(name)) {
    drops.push_back({offset, quoted_tag(name) + " and what it holds"});
    dropping_ = name;
    return;
  }
  const AllowedElement* element = allowed_element(name);
  std::string why;
  if (element == nullptr) why = quoted_tag(name) + ", which is not on the allow-list (what it holds is kept)";
  else if (name == "a" && (inside_link_ || link_open())) why = "<a> inside a link";
  else if (open_.size() >= kMaxOpen)
    why = quoted_tag(name) + ": more than " + std::to_string(kMaxOpen) + " elements open inside each other";
  int closes = element && why.empty() ? closes_before(*element) : 0;
  if (closes < 0)
    why = quoted_tag(name) + " where it cannot stand" +
          (open_.empty() ? std::string(context_ == Content::phrasing ? " (inside a paragraph)" : "")
                         : " (inside " + quoted_tag(std::string(open_.back().element->name)) + ")");
  if (!why.empty()) {
    drops.push_back({offset, why});
    ++unmatched_[name];
    return;
  }
  while (closes-- > 0) pop(out);

  std::string tag = "<" + name;
  bool has_src = false, has_alt = false;
  std::vector<std::string> seen;
  for (const auto& attribute : attributes) {
    bool repeated = false;
    for (const auto& s : seen) repeated = repeated || s == attribute.name;
    if (repeated) continue;  // browsers keep the first; a page may not repeat one
    seen.push_back(attribute.name);
    std::string value_why;
    auto kept = allowed_attribute(name, attribute.name, attribute.value, value_why);
    if (!kept) {
      std::string what = "the attribute '" + shortened(attribute.name) + "' of " + quoted_tag(name);
      drops.push_back({attribute.offset, value_why.empty() ? what : what + ": " + value_why});
      continue;
    }
    has_src = has_src || attribute.name == "src";
    has_alt = has_alt || attribute.name == "alt";
    tag += " " + attribute.name + "=\"";
    append_escaped(tag, *kept);
    tag += "\"";
  }
  if (name == "img" && !has_src) {
    drops.push_back({offset, "<img> without a picture of this site to show"});
    return;
  }
  if (name == "img" && !has_alt) {
    // A picture without alt text is silent to a screen reader; the page needs the attribute.
    drops.push_back({offset, "<img> has no alt text; it was given alt=\"\" (describe the picture in alt=\"…\")", false});
    tag += " alt=\"\"";
  }
  out += tag + ">";
  if (!open_.empty()) open_.back().has_children = true;
  if (element->content != Content::none) open_.push_back({element});
}

void HtmlSanitizer::close_tag(const std::string& name, size_t offset, std::string& out, std::vector<HtmlDrop>& drops) {
  for (size_t k = open_.size(); k-- > 0;) {
    if (open_[k].element->name != name) continue;
    while (open_.size() > k) pop(out);
    return;
  }
  auto unmatched = unmatched_.find(name);
  if (unmatched != unmatched_.end() && unmatched->second > 0) {
    --unmatched->second;  // its opening tag was left out, with a warning
    return;
  }
  drops.push_back({offset, quoted_tag(name, true) + ", which closes nothing opened in this HTML"});
}

void HtmlSanitizer::close_all(std::string& out) {
  while (!open_.empty()) pop(out);
}

}  // namespace plansite
