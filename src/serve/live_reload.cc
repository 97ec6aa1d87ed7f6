#include "serve/live_reload.h"

namespace plansite {

const std::string& live_reload_script() {
  static const std::string kScript = R"JS(// plansite serve: live reload and the error overlay. Added to pages by
// `plansite serve` only; a built site never carries it.
(function () {
  'use strict';
  const src = document.currentScript ? document.currentScript.src : '';
  // The build this page was served from; a page that does not know reloads
  // on the next build it sees.
  const match = /[?&]build=(\d+)/.exec(src);
  let shown = match ? Number(match[1]) : null;
  let overlayKey = '';
  const english = (document.documentElement.lang || '').startsWith('en');
  const words = english ? {
    title: n => `plansite: the content has ${n} ${n === 1 ? 'error' : 'errors'}`,
    hint: 'hint: ',
    kept: 'This page shows the last good build. Fix the file and save: the page reloads by itself.',
  } : {
    title: n => `plansite: nội dung có ${n} lỗi`,
    hint: 'gợi ý: ',
    kept: 'Trang đang hiện bản dựng tốt gần nhất. Sửa tệp và lưu lại: trang sẽ tự tải lại.',
  };

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;  // content is text, never markup
    if (className) node.className = className;
    return node;
  }

  function removeOverlay() {
    const old = document.getElementById('plansite-overlay');
    if (old) old.remove();
    overlayKey = '';
  }

  function showOverlay(errors) {
    const key = JSON.stringify(errors);
    if (key === overlayKey) return;
    removeOverlay();
    overlayKey = key;
    const box = element('section');
    box.id = 'plansite-overlay';
    box.setAttribute('role', 'alert');
    box.appendChild(element('h2', words.title(errors.length)));
    const list = element('ol');
    for (const e of errors) {
      const item = element('li');
      const where = e.line > 0 ? `${e.file}:${e.line}:${e.column}` : e.file;
      item.appendChild(element('code', where, 'plansite-overlay-where'));
      item.appendChild(element('p', e.message, 'plansite-overlay-message'));
      if (e.hint) item.appendChild(element('p', words.hint + e.hint, 'plansite-overlay-hint'));
      list.appendChild(item);
    }
    box.appendChild(list);
    box.appendChild(element('p', words.kept));
    document.body.appendChild(box);
  }

  // The overlay's look, fetched with the page so an overlay never shows unstyled.
  const style = element('link');
  style.rel = 'stylesheet';
  style.href = '/__plansite/live.css';
  document.head.appendChild(style);

  function poll() {
    fetch('/__plansite/status', { cache: 'no-store' })
      .then(response => response.json())
      .then(status => {
        if (shown === null) shown = status.build;
        if (status.build !== shown && status.ok) {
          location.reload();
          return;
        }
        if (status.ok) removeOverlay();
        else showOverlay(status.errors);
        setTimeout(poll, 300);
      })
      // The server stopped or is restarting: try again, more slowly.
      .catch(() => setTimeout(poll, 2000));
  }
  poll();
})();
)JS";
  return kScript;
}

const std::string& live_reload_style() {
  static const std::string kStyle = R"CSS(#plansite-overlay {
  position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483647;
  max-height: 60vh; overflow: auto; box-sizing: border-box; margin: 0; padding: 1rem 1.25rem;
  background: #fff8f6; color: #3b0d0c; border-top: 4px solid #b3261e;
  box-shadow: 0 -4px 16px rgba(0, 0, 0, 0.25); font: 16px/1.5 system-ui, sans-serif; text-align: left;
}
#plansite-overlay h2 { margin: 0 0 0.5rem; font-size: 1.125rem; color: #8c1d18; }
#plansite-overlay ol { margin: 0 0 0.5rem; padding-left: 1.5rem; }
#plansite-overlay li { margin-bottom: 0.5rem; }
#plansite-overlay p { margin: 0.125rem 0; }
#plansite-overlay code { font: 600 0.95em/1.4 ui-monospace, monospace; overflow-wrap: anywhere; }
.plansite-overlay-hint { font-style: italic; }
@media print { #plansite-overlay { display: none; } }
)CSS";
  return kStyle;
}

std::string with_live_reload(std::string html, uint64_t build) {
  std::string tag = "<script src=\"/__plansite/live.js?build=" + std::to_string(build) + "\" defer></script>\n";
  size_t body_end = html.rfind("</body>");
  if (body_end == std::string::npos) return html + tag;
  html.insert(body_end, tag);
  return html;
}

std::string no_site_yet_page(uint64_t build) {
  return with_live_reload(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>plansite serve: no site yet</title>\n</head>\n<body>\n<main>\n"
      "<h1>No site yet</h1>\n<p>The first build failed: its errors are in the terminal and below. "
      "Fix them and save; this page reloads by itself.</p>\n</main>\n</body>\n</html>\n",
      build);
}

}  // namespace plansite
