// Audits every page of a built site in Debian's Chromium: axe-core's WCAG 2.1
// A/AA and best-practice rules at phone and desktop widths, no request to any
// host but the site's own, no failed request, and no console error or Content
// Security Policy violation. Usage: node audit_site.js PUBLIC_DIR
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { chromium } = require('playwright-core');

const root = path.resolve(process.argv[2] || 'public');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const widths = [360, 1366];
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
                '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
                '.ico': 'image/vnd.microsoft.icon' };

function htmlPages(dir) {
  const pages = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) pages.push(...htmlPages(full));
    else if (entry.name.endsWith('.html')) pages.push('/' + path.relative(root, full).replace(/index\.html$/, ''));
  }
  return pages.sort();
}

// A static server on loopback only, like the web root the site is published to.
function serve() {
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

(async () => {
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
           '--disable-component-update', '--disable-sync'],
  });
  let problems = 0;
  const pages = htmlPages(root);
  for (const url of pages) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const foreign = [];
      const errors = [];
      page.on('request', request => { if (!request.url().startsWith(origin)) foreign.push(request.url()); });
      page.on('requestfailed', request => errors.push(`request failed: ${request.url()}`));
      page.on('response', r => { if (r.status() >= 400) errors.push(`${r.status()} for ${r.url()}`); });
      page.on('console', message => { if (message.type() === 'error') errors.push(`console: ${message.text()}`); });
      page.on('pageerror', error => errors.push(`script error: ${error.message}`));
      // Registered before any of the page's own code runs, so no violation is missed.
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || ''}:${e.lineNumber})`));
      });
      const response = await page.goto(origin + url, { waitUntil: 'load' });
      for (const v of await page.evaluate(() => window.__cspViolations)) errors.push(`CSP violation: ${v}`);
      // axe goes in through DevTools, not as an inline <script> the page's CSP rightly refuses.
      await page.evaluate(axeSource);
      const result = await page.evaluate(() => axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      }));
      for (const v of result.violations) {
        problems++;
        console.log(`FAIL ${url} @${width}px ${v.id} (${v.impact}): ${v.help}`);
        for (const node of v.nodes.slice(0, 3)) console.log(`    ${node.target.join(' ')}`);
      }
      for (const e of errors) {
        problems++;
        console.log(`FAIL ${url} @${width}px ${e}`);
      }
      for (const f of foreign) {
        problems++;
        console.log(`FAIL ${url} @${width}px requests another host: ${f}`);
      }
      if (!response.ok()) {
        problems++;
        console.log(`FAIL ${url} answered ${response.status()}`);
      }
      await page.close();
    }
  }
  await browser.close();
  server.close();
  console.log(`${pages.length * widths.length} page views audited, ${problems} problems`);
  process.exit(problems === 0 && pages.length > 0 ? 0 : 1);
})().catch(error => { console.error(error); process.exit(1); });
