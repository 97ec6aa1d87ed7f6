// Opens a built site in Debian's Chromium two ways, as a commune would publish
// it: straight from disk (file://) and over HTTP under a sub-path of a larger
// portal, both with the links the build made relative (src/render/relative_links.h).
// On each page: the stylesheet applied, no console error, no CSP violation, no
// request elsewhere; then every link of the header (home, navigation, language
// switch) is followed and must land on a real page. The search page, from
// file://, must show its fallback list; over HTTP, a result must lead to its page.
// Usage: node relative_site.js PUBLIC_DIR HTTP_BASE   (HTTP_BASE ends with '/')
'use strict';
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

const root = path.resolve(process.argv[2]);
const httpBase = process.argv[3];
const fileBase = pathToFileURL(root).href + '/';
// Pages of every depth and both languages (the sample site, content/).
const PAGES = ['index.html', 'ke-hoach/index.html', 'ke-hoach/chuyen-doi-so-2026-2030/index.html',
  'co-quan/index.html', 'tim-kiem/index.html', 'en/index.html', 'en/plans/chuyen-doi-so-2026-2030/index.html',
  'en/agencies/index.html'];
let problems = 0;

function check(ok, what) {
  if (ok) return console.log(`ok   ${what}`);
  problems++;
  console.log(`FAIL ${what}`);
}

async function newPage(browser, base) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const trouble = [];
  page.on('console', message => { if (message.type() === 'error') trouble.push(`console: ${message.text()}`); });
  page.on('pageerror', error => trouble.push(`script error: ${error.message}`));
  // A request cut short by the next navigation (the icon, fetched late) is
  // aborted, not missing: a missing file fails with ERR_FILE_NOT_FOUND or a 404.
  page.on('requestfailed', request => {
    const error = request.failure() ? request.failure().errorText : '';
    if (error !== 'net::ERR_ABORTED') trouble.push(`failed: ${request.url()} ${error}`);
  });
  page.on('response', response => {
    if (response.status() >= 400) trouble.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', request => {
    if (!request.url().startsWith(base) && !request.url().startsWith('data:')) trouble.push(`outside the site: ${request.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', e => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { context, page, trouble };
}

// A page of the site, styled: the theme sets body's margin to 0 (8px
// without it) and hides the skip link off screen.
async function styled(page) {
  return page.evaluate(() => getComputedStyle(document.body).marginTop === '0px' &&
    getComputedStyle(document.querySelector('.skip-link')).position === 'absolute' &&
    document.styleSheets.length > 0);
}

async function checkSite(browser, base, label) {
  const { context, page, trouble } = await newPage(browser, base);
  const visited = new Set();
  for (const file of PAGES) {
    const response = await page.goto(base + file);
    check(!response || response.ok(), `${label} ${file}: opens`);
    check(await styled(page), `${label} ${file}: the stylesheet applies`);
    const links = await page.$$eval('.site-title, .site-nav a, .languages a', as => as.map(a => a.href));
    check(links.length >= 5 && links.every(href => href.startsWith(base)),
          `${label} ${file}: ${links.length} header links, all inside the site`);
    for (const link of links) {
      if (visited.has(link)) continue;
      visited.add(link);
      let ok = false;
      try {
        const target = await page.goto(link);
        ok = (!target || target.ok()) && await page.$('main#main') !== null && await styled(page);
      } catch (error) {
        trouble.push(`${link}: ${error.message.split('\n')[0]}`);
      }
      check(ok, `${label} ${file}: the link to ${link.slice(base.length)} lands on a styled page`);
    }
  }
  check(visited.size >= 8, `${label}: ${visited.size} distinct header links followed`);
  check(trouble.length === 0, `${label}: no console error, CSP violation, failed or outside request` +
        (trouble.length ? `: ${trouble.slice(0, 5).join('; ')}` : ''));
  await context.close();
}

async function searchFromDisk(browser) {
  const { context, page, trouble } = await newPage(browser, fileBase);
  await page.goto(fileBase + 'tim-kiem/index.html');
  await page.waitForFunction(() => document.querySelector('.search-status').textContent !== '');
  check(await page.isVisible('.search-fallback'), 'file:// search page: says it cannot search and lists the newest plans');
  const first = await page.$eval('.search-plans a', a => a.href);
  await page.goto(first);
  check(await page.$('main#main') !== null && first.endsWith('/index.html'), `file:// search page: its first plan opens (${first.slice(fileBase.length)})`);
  check(trouble.length === 0, 'file:// search page: no console error' + (trouble.length ? `: ${trouble.join('; ')}` : ''));
  await context.close();
}

async function searchOverHttp(browser) {
  const { context, page, trouble } = await newPage(browser, httpBase);
  await page.goto(httpBase + 'en/search/index.html?q=digital%20transformation');
  await page.waitForFunction(() => !document.querySelector('.search-results').hidden);
  check(!(await page.isVisible('.search-fallback')), 'sub-path search page: the fallback list gives way to results');
  const result = await page.$eval('.search-results a', a => a.href);
  check(result.startsWith(httpBase + 'en/'), `sub-path search page: a result stays under the sub-path (${result})`);
  const response = await page.goto(result);
  check(response.ok() && await page.$('main#main') !== null && await styled(page), 'sub-path search page: the result opens, styled');
  check(trouble.length === 0, 'sub-path search page: no console error' + (trouble.length ? `: ${trouble.join('; ')}` : ''));
  await context.close();
}

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
           '--disable-component-update', '--disable-sync'],
  });
  try {
    await checkSite(browser, fileBase, 'file://');
    await checkSite(browser, httpBase, 'sub-path');
    await searchFromDisk(browser);
    await searchOverHttp(browser);
  } finally {
    await browser.close();
  }
  console.log(`${problems} problems`);
  process.exit(problems === 0 ? 0 : 1);
})().catch(error => { console.error(error); process.exit(1); });
