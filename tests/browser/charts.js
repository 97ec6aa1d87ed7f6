// Opens every page of a built site that draws a chart (a <script
// class="chart-data"> block) in Debian's Chromium at 360 and 1280 px and fails when
// - a chart's canvas stays blank (Chart.js drew nothing into it);
// - the page logs a console error or a script error, or breaks its Content
//   Security Policy (a `securitypolicyviolation` event: an inline style or
//   script Chart.js might add would be one);
// - the table after a chart does not hold the chart's data: each row its
//   label, each cell the series' value at that label (blank where none);
// - the canvas's aria-label is not the summary the page prints above it;
// - printed, the canvas shows or the table does not.
// At 360 px the page asks for reduced motion (charts.js must then draw at
// once); at 1280 px it does not, and the test waits out the animation.
// With a screenshot folder, it saves each chart of SHOTS, and the page, at
// both widths in both languages.
// Usage: node charts.js PUBLIC_DIR [SCREENSHOT_DIR]
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { htmlPages, serve } = require('./static_site');

const root = path.resolve(process.argv[2] || 'public');
const shotDir = process.argv[3] && path.resolve(process.argv[3]);
const WIDTHS = [{ width: 360, height: 740, motion: 'reduce' }, { width: 1280, height: 800, motion: 'no-preference' }];
const ANIMATION_MS = 400;  // charts.js's animation length
const MIN_INKED_PIXELS = 500;  // axes alone ink more than this; a blank canvas none
// One chart page of each kind, by its Vietnamese URL, for the screenshots.
const SHOTS = [
  { name: 'indicator', url: '/chi-tieu/chuyen-doi-so-2026-2030/cds-hai-long-dvc-truc-tuyen/' },
  { name: 'plan', url: '/ke-hoach/chuyen-doi-so-2026-2030/' },
  { name: 'agency', url: '/co-quan/phong-van-hoa-xa-hoi/' },
  { name: 'program', url: '/mo-hinh/mo-hinh-diem-cds-2026/phu-nu-khau-giang-bdhvs/' },
];

// Runs in the page: every problem of its charts, as text.
function chartProblems(minInked) {
  const problems = [];
  const language = document.documentElement.lang;
  // "1.240,5%" (vi) or "1,240.5%" (en) back to 1240.5; "" to null.
  const parse = text => {
    const t = text.trim().replace(/%$/, '');
    if (t === '') return null;
    return Number(language === 'vi' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, ''));
  };
  const figures = [...document.querySelectorAll('figure.chart')];
  if (figures.length === 0) problems.push('no figure.chart on a page with chart data');
  figures.forEach((figure, n) => {
    const where = `chart ${n + 1}`;
    const canvas = figure.querySelector('canvas');
    const block = figure.querySelector('script.chart-data');
    if (!canvas || !block) return problems.push(`${where}: no canvas or no data block`);
    const data = JSON.parse(block.textContent);
    const context = canvas.getContext('2d');
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
    if (inked < minInked) problems.push(`${where}: the canvas is blank (${inked} pixels drawn)`);
    const summary = figure.querySelector('.chart-summary');
    if (!summary || canvas.getAttribute('aria-label') !== summary.textContent)
      problems.push(`${where}: the canvas's aria-label is not the summary`);
    if (canvas.getAttribute('role') !== 'img') problems.push(`${where}: the canvas has no role="img"`);
    const rows = [...figure.querySelectorAll('table tbody tr')];
    const header = [...figure.querySelectorAll('table thead th')].slice(1).map(th => th.textContent);
    if (JSON.stringify(header) !== JSON.stringify(data.series.map(s => s.label)))
      problems.push(`${where}: the table's columns ${JSON.stringify(header)} are not the series`);
    if (rows.length !== data.labels.length)
      problems.push(`${where}: the table has ${rows.length} rows for ${data.labels.length} labels`);
    rows.forEach((row, i) => {
      const label = row.querySelector('th').textContent;
      if (label !== data.labels[i]) problems.push(`${where}: row ${i + 1} is "${label}", the chart's "${data.labels[i]}"`);
      [...row.querySelectorAll('td')].forEach((cell, j) => {
        const want = data.series[j] ? data.series[j].values[i] : undefined;
        const got = parse(cell.textContent);
        if (got !== want) problems.push(`${where}: row "${label}" column ${j + 1} reads ${got}, the chart has ${want}`);
      });
    });
  });
  return problems;
}

// Runs in the page, printed: what shows that should not, and the reverse. A
// chart in a part of the page that does not print (the plan page's side box:
// a plan prints as the document issued) prints neither.
function printProblems() {
  const problems = [];
  for (const figure of document.querySelectorAll('figure.chart')) {
    if (figure.querySelector('canvas').getBoundingClientRect().height > 0) problems.push('printed, a chart canvas shows');
    if (figure.getBoundingClientRect().height > 0 && figure.querySelector('table').getBoundingClientRect().height === 0)
      problems.push('printed, a chart table does not show');
  }
  return problems;
}

async function open(browser, url, size) {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height },
                                             reducedMotion: size.motion });
  const page = await context.newPage();
  const errors = [];
  page.on('console', message => { if (message.type() === 'error') errors.push(`console error: ${message.text()}`); });
  page.on('pageerror', error => errors.push(`script error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', event =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  await page.goto(url, { waitUntil: 'load' });
  if (size.motion !== 'reduce') await page.waitForTimeout(ANIMATION_MS + 300);
  return { context, page, errors };
}

async function screenshots(browser, origin) {
  fs.mkdirSync(shotDir, { recursive: true });
  for (const shot of SHOTS) {
    if (!fs.existsSync(path.join(root, shot.url, 'index.html'))) {
      console.log(`note: no page ${shot.url} in this site, no screenshot of "${shot.name}"`);
      continue;
    }
    for (const size of WIDTHS) {
      for (const language of ['vi', 'en']) {
        let url = origin + shot.url;
        if (language === 'en') {
          const { context, page } = await open(browser, url, size);
          const twin = await page.evaluate(() => {
            const link = document.querySelector('link[rel="alternate"][hreflang="en"]');
            return link && new URL(link.getAttribute('href'), location.href).pathname;
          });
          await context.close();
          if (!twin) continue;
          url = origin + twin;
        }
        const { context, page } = await open(browser, url, size);
        const figure = page.locator('figure.chart').first();
        if (await figure.count()) {
          const file = path.join(shotDir, `${shot.name}-${language}-${size.width}.png`);
          await figure.screenshot({ path: file });
          console.log(`saved ${file}`);
        }
        await context.close();
      }
    }
  }
}

(async () => {
  const server = await serve(root);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
           '--disable-component-update', '--disable-sync'],
  });
  const pages = htmlPages(root).filter(url =>
    fs.readFileSync(path.join(root, url, url.endsWith('/') ? 'index.html' : ''), 'utf8').includes('class="chart-data"'));
  let problems = 0;
  for (const url of pages) {
    for (const size of WIDTHS) {
      const { context, page, errors } = await open(browser, origin + url, size);
      const found = [...errors, ...await page.evaluate(chartProblems, MIN_INKED_PIXELS)];
      if (size.width === WIDTHS[0].width) {
        await page.emulateMedia({ media: 'print' });
        found.push(...await page.evaluate(printProblems));
      }
      for (const problem of found) {
        problems++;
        console.log(`FAIL ${url} @${size.width}px ${problem}`);
      }
      await context.close();
    }
  }
  if (shotDir) await screenshots(browser, origin);
  await browser.close();
  server.close();
  console.log(`${pages.length} chart pages drawn at ${WIDTHS.map(w => w.width).join(' and ')} px, ${problems} problems`);
  process.exit(problems === 0 && pages.length > 0 ? 0 : 1);
})().catch(error => { console.error(error); process.exit(1); });
