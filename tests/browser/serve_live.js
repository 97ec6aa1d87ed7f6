// Checks `plansite serve`'s live reload and error overlay in Debian's
// Chromium, on a copy of the sample site served by tests/serve_browser.sh.
// Usage: node serve_live.js SITE_DIR ORIGIN [SCREENSHOT_DIR]
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const site = path.resolve(process.argv[2]);
const origin = process.argv[3];
const screenshots = process.argv[4];  // where to keep a picture of the overlay, for review
const planFile = 'content/plans/chuyen-doi-so-2026-2030/plan.yaml';
const planPage = '/ke-hoach/chuyen-doi-so-2026-2030/';
const title = 'vi: Chuyển đổi số xã Phú Thịnh giai đoạn 2026 - 2030';
const preview = '(bản xem thử)';
const agency = 'phong-van-hoa-xa-hoi';
const markup = '<img src=x onerror=alert(1)>';  // must show as text, never run
const timeout = 90000;  // a rebuild of the sample site on a busy 2-core machine
let problems = 0;

function check(ok, what) {
  if (ok) return console.log(`ok   ${what}`);
  problems++;
  console.log(`FAIL ${what}`);
}

function edit(from, to) {
  const file = path.join(site, planFile);
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${planFile}`);
  fs.writeFileSync(file, text.replace(from, to));
}

// Where the broken agency will be: the first task led by `agency`.
function brokenPosition() {
  const lines = fs.readFileSync(path.join(site, planFile), 'utf8').split('\n');
  const index = lines.findIndex(line => line.includes(`lead: [${agency}]`));
  return `${planFile}:${index + 1}:${lines[index].indexOf(agency) + 1}`;
}

async function open(context, url, trouble) {
  const page = await context.newPage();
  page.on('console', message => { if (message.type() === 'error') trouble.push(`console: ${message.text()}`); });
  page.on('pageerror', error => trouble.push(`script error: ${error.message}`));
  page.on('dialog', dialog => { trouble.push(`a dialog opened: ${dialog.message()}`); dialog.dismiss(); });
  await page.goto(origin + url);
  return page;
}

async function liveReload(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const trouble = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', e => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await open(context, planPage, trouble);
  check(await page.locator('script[src^="/__plansite/live.js"]').count() === 1, 'the page carries the live-reload script');
  await page.waitForResponse(response => response.url().endsWith('/__plansite/status'), { timeout });

  // A change: the page reloads by itself and shows it.
  await page.evaluate(() => { window.plansiteBeforeReload = true; });
  let loaded = page.waitForEvent('load', { timeout });
  edit(title, `${title} ${preview}`);
  await loaded;
  check(await page.evaluate(() => window.plansiteBeforeReload === undefined), 'a content change reloads the page by itself');
  check((await page.textContent('h1')).includes(preview), 'the reloaded page shows the new text');

  // A broken change: the overlay, over the last good page.
  const where = brokenPosition();
  edit(`lead: [${agency}]`, `lead: [${markup}]`);
  const overlay = page.locator('#plansite-overlay');
  await overlay.waitFor({ state: 'visible', timeout });
  const text = await overlay.textContent();
  check(text.includes(where), `the overlay gives ${where}`);
  check(text.includes(`unknown agency '${markup}'`), 'the overlay gives the message, its markup as text');
  check(text.includes('gợi ý: '), 'the overlay gives the hint, in the page\'s language');
  check(await overlay.locator('img').count() === 0, 'no element is made from the content');
  const styled = await page.waitForFunction(
    () => getComputedStyle(document.getElementById('plansite-overlay')).position === 'fixed', null, { timeout: 10000 })
    .then(() => true, () => false);
  check(styled, 'the overlay\'s stylesheet applies under the page\'s Content Security Policy');
  check(await overlay.getAttribute('role') === 'alert', 'the overlay is announced to screen readers');
  check((await page.textContent('h1')).includes(preview), 'the last good page stays under the overlay');
  if (screenshots) {
    fs.mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, 'serve-overlay-1280.png') });
  }

  // A page opened while the content is broken shows the overlay at once, in English on English pages.
  const english = await open(context, '/en/', trouble);
  await english.locator('#plansite-overlay').waitFor({ state: 'visible', timeout });
  check((await english.textContent('#plansite-overlay h2')).includes('the content has 1 error'),
        'an English page opened meanwhile shows the overlay in English');

  // The fix: the overlay goes and the page reloads.
  loaded = page.waitForEvent('load', { timeout });
  edit(`lead: [${markup}]`, `lead: [${agency}]`);
  await loaded;
  await english.waitForFunction(() => !document.getElementById('plansite-overlay'), null, { timeout });
  check(await page.locator('#plansite-overlay').count() === 0, 'after the fix the page reloads without the overlay');
  check((await page.textContent('h1')).includes(preview), 'and shows the fixed site');

  check(trouble.length === 0, `no console error, script error or CSP violation${trouble.length ? ': ' + trouble.join('; ') : ''}`);
  await context.close();
}

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
           '--disable-component-update', '--disable-sync'],
  });
  try {
    await liveReload(browser);
  } finally {
    await browser.close();
  }
  console.log(`${problems} problems`);
  process.exit(problems === 0 ? 0 : 1);
})().catch(error => { console.error(error); process.exit(1); });
