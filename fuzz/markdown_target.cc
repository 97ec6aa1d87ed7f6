#include <set>
#include <string>
#include <string_view>

#include "render/markdown.h"
#include "targets.h"

namespace plansite::fuzz {

namespace {

// An attribute named style or on… in any tag of `html`. Attribute values
// are quoted and hold no '"', '<' or '>' (escaped), so a name is what
// follows a space outside quotes.
bool has_forbidden_attribute(std::string_view html) {
  for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    bool quoted = false;
    for (size_t i = at + 1; i < html.size() && (quoted || html[i] != '>'); ++i) {
      if (html[i] == '"') quoted = !quoted;
      if (quoted || html[i] != ' ') continue;
      std::string_view name = html.substr(i + 1, html.find_first_of("= >", i + 1) - (i + 1));
      if (name == "style" || name.rfind("on", 0) == 0) return true;
    }
  }
  return false;
}

size_t count(std::string_view text, std::string_view what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

int markdown_target(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  // "muc-dich" is taken by the page itself in the real site: anchors made
  // from the headings must step around it.
  RenderedMarkdown rendered = render_markdown(text, {"muc-dich", "noi-dung"});
  if (rendered.last_block > rendered.html.size()) __builtin_trap();

  // The same text in a site with `raw_html: allow`: what the sanitiser keeps
  // must not run, and must close every <div> it opens (cmark-gfm writes
  // none), so it cannot close the page's own.
  RenderedMarkdown allowed = render_markdown(text, {"muc-dich", "noi-dung"}, RawHtml::allow);
  if (allowed.last_block > allowed.html.size()) __builtin_trap();
  // Text is escaped ('<' as "&lt;"): these can only be markup.
  for (const char* forbidden : {"<script", "<iframe", "<style", "<svg", "<object", "<embed"})
    if (allowed.html.find(forbidden) != std::string::npos) __builtin_trap();
  if (has_forbidden_attribute(allowed.html)) __builtin_trap();
  if (count(allowed.html, "<div>") + count(allowed.html, "<div ") != count(allowed.html, "</div>")) __builtin_trap();
  outline_markdown(text, RawHtml::allow);
  return 0;
}

}  // namespace plansite::fuzz
