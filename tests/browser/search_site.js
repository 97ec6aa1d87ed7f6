// Checks the search pages of a built sample site in Debian's Chromium, the
// site served by tests/search.sh on 127.0.0.1 under the Content-Security-Policy
// every page will carry. Usage: node search_site.js PUBLIC_DIR ORIGIN
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const root = path.resolve(process.argv[2]);
const origin = process.argv[3];
const csp = "default-src 'self'";
let problems = 0;

function check(ok, what) {
  if (ok) return console.log(`ok   ${what}`);
  problems++;
  console.log(`FAIL ${what}`);
}

// The script's own fold(), taken from search.js, so this file tests the code the site ships.
function scriptFold() {
  const assets = path.join(root, 'assets');
  const file = fs.readdirSync(assets).find(name => /^search\.[0-9a-f]+\.js$/.test(name));
  const source = fs.readFileSync(path.join(assets, file), 'utf8');
  const match = source.match(/function fold\(text\) \{[\s\S]*?\n  \}/);
  if (!match) throw new Error('no fold() in search.js');
  return new Function(`${match[0]}; return fold;`)();
}

function index(language) {
  const assets = path.join(root, 'assets');
  const file = fs.readdirSync(assets).find(name => name.startsWith(`search-${language}.`) && name.endsWith('.json'));
  return JSON.parse(fs.readFileSync(path.join(assets, file), 'utf8'));
}

// The same text and folding as the C++ test of fold_to_ascii (search_index_test.cc).
function foldingsAgree() {
  const fold = scriptFold();
  const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
  const folded = 'aaaaaaaaaaaaaaaaaaeeeeeeeeeeeeiiiiiioooooooooooooooooouuuuuuuuuuuuyyyyyyd';
  check(fold(`${letters} ${letters.toUpperCase()}`) === `${folded} ${folded}`, 'fold(): every Vietnamese letter, both cases');
  check(fold('Đo\u0302\u0309i') === 'doi', 'fold(): decomposed text (as pasted from Word)');
  for (const language of ['vi', 'en']) {
    const entries = index(language);
    const differ = entries.filter(e => !e.f.startsWith(fold(e.t)));
    check(differ.length === 0, `fold() agrees with fold_to_ascii on all ${entries.length} titles of search-${language}.json` +
          (differ.length ? `: ${differ[0].t}` : ''));
  }
}

async function open(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, ...options });
  const page = await context.newPage();
  const trouble = [];
  // Every response gets the CSP the published site will send.
  await page.route('**/*', async route => {
    const request = route.request();
    if (!request.url().startsWith(origin + '/')) {
      trouble.push(`request to another host: ${request.url()}`);
      return route.abort();
    }
    // A request still in flight when the test closes the page (the favicon,
    // fetched late) fails with the closed context: that is not the site's fault.
    let response;
    try {
      response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    } catch (error) {
      if (!/closed|disposed/i.test(String(error))) throw error;
    }
  });
  page.on('console', message => { if (message.type() === 'error') trouble.push(`console: ${message.text()}`); });
  page.on('pageerror', error => trouble.push(`script error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', e => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(origin + url);
  return { page, context, trouble };
}

// The pages with results listed, audited as tests/browser/audit_site.js audits every page.
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
async function audit(page, label) {
  for (const width of [360, 1366]) {
    await page.setViewportSize({ width, height: 800 });
    await page.evaluate(source => { if (!window.axe) (0, eval)(source); }, axeSource);
    const result = await page.evaluate(() => axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    }));
    const found = result.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ')}`);
    check(found.length === 0, `${label} @${width}px passes axe` + (found.length ? `: ${found.join('; ')}` : ''));
  }
  await page.setViewportSize({ width: 360, height: 800 });
}

async function results(page) {
  await page.waitForFunction(() => document.querySelector('.search-status').textContent !== '');
  return page.$$eval('.search-results li', items => items.map(li => ({
    kind: li.querySelector('.search-kind').textContent,
    title: li.querySelector('a').textContent,
    url: li.querySelector('a').getAttribute('href'),
  })));
}

async function searchPages(browser) {
  let { page, context, trouble } = await open(browser, '/tim-kiem/?q=chuyen%20doi%20so');
  let found = await results(page);
  check(found.some(r => r.title.toLowerCase().includes('chuyển đổi số')), '"chuyen doi so" finds "chuyển đổi số"');
  check(found.length > 0 && found[0].title.toLowerCase().includes('chuyển đổi số'), 'title matches come first');
  check(await page.inputValue('#search-q') === 'chuyen doi so', 'the query from ?q= is in the field');
  const shot = process.env.SEARCH_SCREENSHOT;
  if (shot) await page.screenshot({ path: shot, fullPage: true });
  await audit(page, '/tim-kiem/ with results');

  const lists = {};
  for (const query of ['doi', 'Đổi', 'đổi', 'DOI']) {
    await page.fill('#search-q', query);
    lists[query] = JSON.stringify(await results(page));
  }
  const doi = JSON.parse(lists.doi);
  check(doi.some(r => r.title.includes('đổi')), '"doi" finds an item containing "đổi"');
  check(lists['Đổi'] === lists.doi && lists['đổi'] === lists.doi && lists.DOI === lists.doi,
        '"Đổi", "đổi", "DOI" and "doi" give the same results');
  check(new URL(page.url()).searchParams.get('q') === 'DOI', 'typing keeps the query in the address');
  const kinds = new Set(doi.map(r => r.kind));
  check(kinds.has('Kế hoạch') && kinds.size >= 2, `results carry their kind label (${[...kinds].join(', ')})`);

  await page.fill('#search-q', 'chuyen zzqx');
  await page.waitForFunction(() => document.querySelector('.search-results').hidden);
  check((await page.textContent('.search-status')).startsWith('Không tìm thấy'), 'every word must match (AND)');

  await page.fill('#search-q', 'khau giang');
  const program = (await results(page)).find(r => r.url.includes('mo-hinh/'));
  if (program) {
    await page.click(`.search-results a[href="${program.url}"]`);
    await page.waitForURL(/\/mo-hinh\/.+\/index\.html$/);
    check((await page.textContent('h1')).trim() === program.title.trim(),
          `a pilot model result leads to its own page (${program.url})`);
  } else {
    check(false, '"khau giang" finds the pilot model of Khâu Giang hamlet');
  }
  check(trouble.length === 0, 'Vietnamese page: no console error, CSP violation or other host' +
        (trouble.length ? `: ${trouble.join('; ')}` : ''));
  await context.close();

  ({ page, context, trouble } = await open(browser, '/en/search/?q=digital%20transformation'));
  found = await results(page);
  check(found.some(r => r.title.toLowerCase().includes('digital transformation')), '"digital transformation" on /en/search/');
  check(found.every(r => new URL(r.url).pathname.startsWith('/en/')), 'English results lead to English pages');
  await audit(page, '/en/search/ with results');
  await page.fill('#search-q', 'Phu Thinh');
  found = await results(page);
  check(found.some(r => r.title.includes('Phú Thịnh')), '"Phu Thinh" on /en/search/ finds "Phú Thịnh"');
  check(trouble.length === 0, 'English page: no console error, CSP violation or other host' +
        (trouble.length ? `: ${trouble.join('; ')}` : ''));
  await context.close();

  // Without JavaScript the page still leads to every plan.
  ({ page, context, trouble } = await open(browser, '/tim-kiem/', { javaScriptEnabled: false }));
  const plans = index('vi').filter(e => e.k === 'plan').map(e => e.u).sort();
  const links = (await page.$$eval('.search-fallback a', as => as.map(a => new URL(a.href).pathname))).sort();
  check(plans.every(url => links.includes(`${url}index.html`)) && links.includes('/ke-hoach/index.html'),
        `without JavaScript: links to the plan index and all ${plans.length} plans`);
  await context.close();
}

(async () => {
  foldingsAgree();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
           '--disable-component-update', '--disable-sync'],
  });
  try {
    await searchPages(browser);
  } finally {
    await browser.close();
  }
  console.log(`${problems} problems`);
  process.exit(problems === 0 ? 0 : 1);
})().catch(error => { console.error(error); process.exit(1); });
