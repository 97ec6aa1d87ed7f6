#include <set>
#include <string>

#include "render/markdown.h"
#include "targets.h"

namespace plansite::fuzz {

int markdown_target(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  // "muc-dich" is taken by the page itself in the real site: anchors made
  // from the headings must step around it.
  RenderedMarkdown rendered = render_markdown(text, {"muc-dich", "noi-dung"});
  if (rendered.last_block > rendered.html.size()) __builtin_trap();
  return 0;
}

}  // namespace plansite::fuzz
