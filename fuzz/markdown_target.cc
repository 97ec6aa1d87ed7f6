#include <set>
#include <string>
#include <string_view>

#include "render/markdown.h"
#include "targets.h"

namespace plansite::fuzz {

namespace {

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
  // Text is escaped ('<' and '"' as entities): these can only be markup.
  for (const char* forbidden : {"<script", "<iframe", "<style", "<svg", " onerror=\"", " style=\""})
    if (allowed.html.find(forbidden) != std::string::npos) __builtin_trap();
  if (count(allowed.html, "<div>") + count(allowed.html, "<div ") != count(allowed.html, "</div>")) __builtin_trap();
  outline_markdown(text, RawHtml::allow);
  return 0;
}

}  // namespace plansite::fuzz
