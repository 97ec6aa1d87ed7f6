// What the browser tests share: the pages of a built site, and a static
// server for it on loopback only, like the web root the site is published to.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
                '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
                '.ico': 'image/vnd.microsoft.icon' };

// Every HTML page under `root`, as its URL path ("/ke-hoach/x/"), sorted.
function htmlPages(root, dir = root) {
  const pages = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) pages.push(...htmlPages(root, full));
    else if (entry.name.endsWith('.html')) pages.push('/' + path.relative(root, full).replace(/index\.html$/, ''));
  }
  return pages.sort();
}

// Serves `root` on 127.0.0.1 at a free port; resolves to the listening server.
function serve(root) {
  const server = http.createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(root)) { res.writeHead(403); return res.end(); }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

module.exports = { htmlPages, serve };
