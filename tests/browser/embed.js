// The embeddable summary inside a page of another origin, as the commune's
// information site would show it. A host page served from a second loopback
// server (another port: another origin) with a hostile stylesheet frames
// /nhung/ and /en/embed/ at 360 and 1280 px. Fails when
// - the frame does not load, or shows no plan, or a plan the summary page lacks;
// - any of the host's styles reach into the frame (colour, font, background);
// - a link in the frame would open inside the frame instead of a new tab;
// - the frame logs a console error or breaks its Content Security Policy.
// With a screenshot folder, it saves the host page at both widths.
// Usage: node embed.js PUBLIC_DIR [SCREENSHOT_DIR]
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { chromium } = require('playwright-core');
const { serve } = require('./static_site');

const root = path.resolve(process.argv[2] || 'public');
const shotDir = process.argv[3] && path.resolve(process.argv[3]);
const EMBEDS = ['/nhung/', '/en/embed/'];

// The host: every element red, monospace, on black, and iframes styled too.
function hostPage(src) {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trang thông tin điện tử xã</title>
<style>* { color: rgb(255, 0, 0) !important; font-family: monospace !important; background: rgb(0, 0, 0) !important; }
a { text-decoration: none !important; } h2 { font-size: 40px !important; }</style></head>
<body><h1>Cổng thông tin xã</h1>
<iframe src="${src}" title="Tiến độ" width="100%" height="520" loading="lazy" style="border:0;max-width:40rem"></iframe>
</body></html>`;
}

function serveHost(html) {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Runs in the frame: what the test compares.
function frameFacts() {
  const style = element => getComputedStyle(element);
  const links = [...document.querySelectorAll('a')];
  return {
    plans: [...document.querySelectorAll('.embed-plans h2 a')].map(a => a.textContent.trim()),
    bodyBackground: style(document.body).backgroundColor,
    headingColour: style(document.querySelector('.embed-plans h2 a')).color,
    headingSize: style(document.querySelector('.embed-plans h2')).fontSize,
    font: style(document.body).fontFamily,
    linksInFrame: links.filter(a => a.target !== '_blank' || !a.rel.includes('noopener')).map(a => a.href),
  };
}

(async () => {
  const site = await serve(root);
  const siteOrigin = `http://127.0.0.1:${site.address().port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
           '--disable-component-update', '--disable-sync'],
  });
  let problems = 0;
  const fail = message => { problems++; console.log(`FAIL ${message}`); };
  for (const embed of EMBEDS) {
    // The plans the summary itself lists, read from the file the site serves.
    const file = fs.readFileSync(path.join(root, embed, 'index.html'), 'utf8');
    const expected = [...file.matchAll(/<h2><a [^>]*>([^<]*)<\/a><\/h2>/g)].map(m => m[1].trim());
    if (expected.length === 0) fail(`${embed}: the summary lists no plan`);
    const host = await serveHost(hostPage(siteOrigin + embed));
    const hostOrigin = `http://127.0.0.1:${host.address().port}`;
    for (const width of [360, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const errors = [];
      page.on('console', m => { if (m.type() === 'error') errors.push(`console error: ${m.text()}`); });
      page.on('pageerror', e => errors.push(`script error: ${e.message}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', event =>
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(hostOrigin + '/', { waitUntil: 'load' });
      const where = `${embed} @${width}px`;
      // A lazy frame may start after the host's load event: wait for it.
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      await frame.waitForLoadState('load');
      if (frame.url() !== siteOrigin + embed) { fail(`${where}: the frame shows ${frame.url()}`); await context.close(); continue; }
      if (new URL(frame.url()).origin === hostOrigin) fail(`${where}: the frame shares the host's origin`);
      const facts = await frame.evaluate(frameFacts);
      if (JSON.stringify(facts.plans) !== JSON.stringify(expected))
        fail(`${where}: plans ${JSON.stringify(facts.plans)}, expected ${JSON.stringify(expected)}`);
      if (facts.bodyBackground !== 'rgb(255, 255, 255)') fail(`${where}: background ${facts.bodyBackground}`);
      if (facts.headingColour === 'rgb(255, 0, 0)') fail(`${where}: the host's colour reached the frame`);
      if (facts.headingSize === '40px') fail(`${where}: the host's heading size reached the frame`);
      if (/monospace/.test(facts.font)) fail(`${where}: the host's font reached the frame`);
      for (const href of facts.linksInFrame) fail(`${where}: ${href} would open inside the frame`);
      for (const e of errors) fail(`${where}: ${e}`);
      if (shotDir) {
        fs.mkdirSync(shotDir, { recursive: true });
        const name = `embed-${embed.includes('/en/') ? 'en' : 'vi'}-${width}.png`;
        await page.screenshot({ path: path.join(shotDir, name), fullPage: true });
        console.log(`saved ${path.join(shotDir, name)}`);
      }
      await context.close();
    }
    host.close();
  }
  await browser.close();
  site.close();
  console.log(`${EMBEDS.length} summaries framed by another origin at 360 and 1280 px, ${problems} problems`);
  process.exit(problems === 0 ? 0 : 1);
})().catch(error => { console.error(error); process.exit(1); });
