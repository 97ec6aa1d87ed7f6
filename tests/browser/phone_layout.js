// Opens every page of a built site in Debian's Chromium at 360×740, the screen
// of a cheap phone, and fails when
// - the page scrolls sideways (a wide table may scroll inside its own box);
// - a tap target (link, button, summary, form field) is smaller than 24×24 CSS
//   px. The one exception is WCAG 2.5.8's "inline" one: a link that is part of
//   a line of text (display: inline, and its block holds letters or digits
//   outside every target), whose height the text's line sets. Navigation, the
//   language switch, contents lists, cards, pagination and tables get no other
//   exception: their links stand alone, so each must be 24×24 itself;
// - the document's own header (the official's header block, or the draft mark
//   above it, on a plan page) starts less than 16 px below the site bar.
// With a screenshot folder, it also saves PNGs of the pages of SHOTS at 360 and
// 1280 px, both languages (the English twin is the page's hreflang="en" link).
// Usage: node phone_layout.js PUBLIC_DIR [SCREENSHOT_DIR]
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { htmlPages, serve } = require('./static_site');

const root = path.resolve(process.argv[2] || 'public');
const shotDir = process.argv[3] && path.resolve(process.argv[3]);
const phone = { width: 360, height: 740 };
const MIN_TARGET = 24;
const MIN_HEADER_GAP = 16;
// The pages to look at, by their Vietnamese URL. A page the site does not
// have is skipped with a note.
const SHOTS = [
  { name: 'home', url: '/' },
  { name: 'plan', url: '/ke-hoach/chuyen-doi-so-2026-2030/' },
  { name: 'task-table', url: '/nhiem-vu/' },
  { name: 'task', url: '/nhiem-vu/chuyen-doi-so-2026-2030/cds-nv-1/' },
  { name: 'program-index', url: '/mo-hinh/' },
  { name: 'program', url: '/mo-hinh/mo-hinh-diem-cds-2026/phu-nu-khau-giang-bdhvs/' },
  { name: 'indicators', url: '/chi-tieu/chuyen-doi-so-2026-2030/' },
  { name: 'indicator', url: '/chi-tieu/chuyen-doi-so-2026-2030/cds-hai-long-dvc-truc-tuyen/' },
  { name: 'agency-index', url: '/co-quan/' },
  { name: 'agency', url: '/co-quan/phong-van-hoa-xa-hoi/' },
];
const SHOT_WIDTHS = [{ width: 360, height: 740 }, { width: 1280, height: 800 }];
const SHOT_MAX_HEIGHT = 6000;  // the top of a long plan is what there is to see

// Runs in the page: every problem of its layout on this screen, as text.
function layoutProblems({ minTarget, minHeaderGap }) {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) {
    const wide = [...document.querySelectorAll('body *')].find(e => e.getBoundingClientRect().right > doc.clientWidth + 0.5 &&
      getComputedStyle(e).position !== 'absolute');
    problems.push(`scrolls sideways: ${doc.scrollWidth} px wide for ${doc.clientWidth}` +
                  (wide ? ` (${describe(wide)})` : ''));
  }
  const targets = [...document.querySelectorAll(
    'a[href], button, summary, input:not([type="hidden"]), select, textarea')];
  const isTarget = node => targets.some(t => t === node || t.contains(node));
  for (const target of targets) {
    const box = target.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;  // not rendered: in a closed <details>, or hidden
    if (box.right <= 0 || box.bottom <= 0) continue;    // the skip link, off screen until focused
    if (box.width >= minTarget - 0.01 && box.height >= minTarget - 0.01) continue;
    if (inLineOfText(target)) continue;
    problems.push(`tap target ${Math.round(box.width)}×${Math.round(box.height)} px: ${describe(target)}`);
  }
  const bar = document.querySelector('.site-header');
  const top = document.querySelector('.document-top');
  const first = top && [...top.children].find(e => e.getBoundingClientRect().height > 0);
  if (bar && first) {
    const gap = first.getBoundingClientRect().top - bar.getBoundingClientRect().bottom;
    if (gap < minHeaderGap) problems.push(`the document header is ${Math.round(gap)} px below the site bar`);
  }
  return problems;

  function inLineOfText(target) {
    if (getComputedStyle(target).display !== 'inline') return false;
    let block = target.parentElement;
    while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/[\p{L}\p{N}]/u.test(node.data) && !isTarget(node.parentElement)) return true;
    }
    return false;
  }

  function describe(element) {
    const names = [];
    for (let e = element; e && e !== document.body && names.length < 4; e = e.parentElement) {
      names.unshift(e.tagName.toLowerCase() + (e.classList.length ? '.' + [...e.classList].join('.') : ''));
    }
    const text = (element.textContent || element.value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${names.join(' > ')} "${text}"`;
  }
}

// The page of SHOTS if the site has it.
function resolveShot(url) {
  return fs.existsSync(path.join(root, url, 'index.html')) ? url : null;
}

async function screenshots(browser, origin) {
  fs.mkdirSync(shotDir, { recursive: true });
  for (const shot of SHOTS) {
    const url = resolveShot(shot.url);
    if (!url) { console.log(`note: no page ${shot.url} in this site yet, no screenshot of "${shot.name}"`); continue; }
    let english = null;
    for (const size of SHOT_WIDTHS) {
      const page = await browser.newPage({ viewport: size });
      await page.goto(origin + url, { waitUntil: 'load' });
      english = await page.evaluate(() => {
        const link = document.querySelector('link[rel="alternate"][hreflang="en"], .languages a[hreflang="en"]');
        return link && new URL(link.getAttribute('href'), location.href).pathname;
      });
      await save(page, `${shot.name}-vi-${size.width}.png`);
      if (english) {
        await page.goto(origin + english, { waitUntil: 'load' });
        await save(page, `${shot.name}-en-${size.width}.png`);
      } else {
        console.log(`note: ${url} names no English twin, no English screenshot of "${shot.name}"`);
      }
      await page.close();
    }
  }
}

async function save(page, file) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize().width;
  await page.screenshot({ path: path.join(shotDir, file), fullPage: true,
                          clip: { x: 0, y: 0, width, height: Math.min(height, SHOT_MAX_HEIGHT) } });
  console.log(`saved ${path.join(shotDir, file)}`);
}

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
  const page = await browser.newPage({ viewport: phone });
  for (const url of pages) {
    await page.goto(origin + url, { waitUntil: 'load' });
    for (const problem of await page.evaluate(layoutProblems, { minTarget: MIN_TARGET, minHeaderGap: MIN_HEADER_GAP })) {
      problems++;
      console.log(`FAIL ${url} @${phone.width}px ${problem}`);
    }
  }
  await page.close();
  if (shotDir) await screenshots(browser, origin);
  await browser.close();
  server.close();
  console.log(`${pages.length} pages laid out at ${phone.width}×${phone.height}, ${problems} problems`);
  process.exit(problems === 0 && pages.length > 0 ? 0 : 1);
})().catch(error => { console.error(error); process.exit(1); });
