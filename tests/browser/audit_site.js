// Audits every page of a built site in Debian's Chromium: axe-core's WCAG 2.1
// A/AA and best-practice rules at phone and desktop widths, no request to any
// host but the site's own, no failed request, and no console error or Content
// Security Policy violation. Usage: node audit_site.js PUBLIC_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { htmlPages, serve } = require('./static_site');

const root = path.resolve(process.argv[2] || 'public');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const widths = [360, 1366];

(async () => {
  const server = await serve(root);
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
