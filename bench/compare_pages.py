#!/usr/bin/env python3
"""Check that plansite's and Hugo's builds of the benchmark corpus carry the same content.

    bench/compare_pages.py --corpus DIR --plansite OUT1 --hugo OUT2 [--sample 50]

DIR is a corpus made by gen_corpus.py (its manifest.json lists, per plan and
language, the strings the page must show: title, every task, indicator,
signatory, recipient, agency name used and body heading). For a sample of plans
(every plan when the corpus has at most --all-below plans) both languages' pages
are read from both outputs, their visible text extracted, and every key string
looked for on both sides. As a stricter check the two pages' visible text is
also compared line by line (text nodes, whitespace collapsed).

The home pages and the paginated plan index (/ke-hoach/, /ke-hoach/trang/N/,
/en/plans/, /en/plans/page/N/) are compared by the plan links they list, in
order. A generator without the index pages is reported, not failed, so the
check runs before plansite has them.

The task, indicator and program pages of the sampled plans (/nhiem-vu/<plan>/<task>/,
/chi-tieu/…, /mo-hinh/…, and under /en/) are checked the same way, for the
strings the manifest lists for each (content, statement or name, the plan's
title, …), and so is each plan's table of indicators (/chi-tieu/<plan>/, the
plan's title and every statement, counted with the indicator pages), and the indexes (/nhiem-vu/, /chi-tieu/, /mo-hinh/ and their pages)
and task filters (/nhiem-vu/trang-thai/<status>/, /nhiem-vu/nam/<year>/) by
the item links each page lists, in order, worked out from the manifest. A
family of pages that a generator does not make at all is reported, not failed.

Exit status: 0 when every sampled plan page exists on both sides with every key
string, 1 otherwise.
"""

import argparse
import json
import math
import os
import random
import re
import sys
from html.parser import HTMLParser
from urllib.parse import urljoin

PLAN_DIR = {"vi": "ke-hoach", "en": "en/plans"}
INDEX_PAGE = {"vi": "ke-hoach/trang/{n}", "en": "en/plans/page/{n}"}
HOME = {"vi": "", "en": "en"}
RECENT = 20      # plans on a home page
PER_PAGE = 100   # plans on a page of the plan index
# The item pages' folders (vi, en under /en/) and their indexes' rows a page.
ITEM_DIRS = {"tasks": ("nhiem-vu", "tasks"), "indicators": ("chi-tieu", "indicators"), "programs": ("mo-hinh", "programs")}
ITEMS_PER_PAGE = {"tasks": 100, "indicators": 100, "programs": 50}  # unless the manifest says
FILTER_DIRS = {"status": ("trang-thai", "status"), "years": ("nam", "year")}
PAGE_WORD = {"vi": "trang", "en": "page"}


def item_dir(kind, lang):
    vi, en = ITEM_DIRS[kind]
    return vi if lang == "vi" else "en/" + en


def family_present(root, kind):
    """Whether an output has any page of a family (its index in either language, or any item)."""
    return any(os.path.isdir(os.path.join(root, item_dir(kind, lang))) for lang in ("vi", "en"))


class VisibleText(HTMLParser):
    """Text nodes a reader sees: not the <head>, scripts or styles; whitespace collapsed."""

    SKIP = {"head", "script", "style", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []
        self.links = []
        self.skipping = 0
        self.refresh = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        if tag == "meta" and dict(attrs).get("http-equiv", "").lower() == "refresh":
            self.refresh = True
        if tag == "a" and not self.skipping:
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and not self.skipping:
            self.lines.append(text)


def read_page(root, rel):
    """(lines, links, is_redirect) of ROOT/REL/index.html, or None when the page is missing.

    Links are resolved against the page's own URL (so relative links compare
    with absolute ones), without a trailing index.html."""
    path = os.path.join(root, rel, "index.html")
    if not os.path.isfile(path):
        return None
    parser = VisibleText()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    parser.close()
    base = "/" + rel.strip("/") + "/" if rel.strip("/") else "/"
    links = []
    for href in parser.links:
        url = urljoin(base, href)
        links.append(url[:-len("index.html")] if url.endswith("/index.html") else url)
    return parser.lines, links, parser.refresh


def count_pages(root):
    """HTML pages of an output by kind; Hugo's redirect stubs (page 1 of a paginator, /vi/) apart."""
    counts = {"html files": 0, "plan pages": 0, "home pages": 0, "plan index pages": 0, "task pages": 0,
              "indicator pages": 0, "program pages": 0, "plan indicator tables": 0,
              "item index and filter pages": 0, "redirect stubs": 0,
              "other files": 0}
    plan_re = re.compile(r"^(?:ke-hoach|en/plans)/kh-[^/]+/index\.html$")
    index_re = re.compile(r"^(?:ke-hoach|en/plans)/(?:(?:trang|page)/\d+/)?index\.html$")
    item_res = {f"{kind[:-1]} pages": re.compile(rf"^(?:{vi}|en/{en})/kh-[^/]+/[^/]+/index\.html$")
                for kind, (vi, en) in ITEM_DIRS.items()}
    plan_table_re = re.compile(r"^(?:chi-tieu|en/indicators)/kh-[^/]+/index\.html$")
    item_index_re = re.compile(r"^(?:nhiem-vu|chi-tieu|mo-hinh|en/tasks|en/indicators|en/programs)/"
                               r"(?:(?:trang-thai|nam|status|year)/[^/]+/)?(?:(?:trang|page)/\d+/)?index\.html$")
    for folder, _, files in os.walk(root):
        for name in files:
            rel = os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")
            if not name.endswith(".html"):
                counts["other files"] += 1
                continue
            counts["html files"] += 1
            with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as f:
                head = f.read(600)
            if 'http-equiv="refresh"' in head:
                counts["redirect stubs"] += 1
            elif plan_re.match(rel):
                counts["plan pages"] += 1
            elif rel in ("index.html", "en/index.html"):
                counts["home pages"] += 1
            elif index_re.match(rel):
                counts["plan index pages"] += 1
            elif plan_table_re.match(rel):
                counts["plan indicator tables"] += 1
            elif item_index_re.match(rel):
                counts["item index and filter pages"] += 1
            else:
                for kind, item_re in item_res.items():
                    if item_re.match(rel):
                        counts[kind] += 1
    return counts


def plan_links(links, lang):
    prefix = "/" + PLAN_DIR[lang] + "/"
    return [l[len(prefix):].strip("/") for l in links if l.startswith(prefix) and l.count("/") == prefix.count("/") + 1]


def check_plans(args, manifest, sides):
    """Key strings of the sampled plans on both sides. Returns the number of failures."""
    ids = sorted(manifest["plans"])
    if len(ids) > args.all_below:
        ids = sorted(random.Random(args.seed).sample(ids, args.sample))
    failures = 0
    identical = pages = 0
    keys_checked = 0
    shown = 0
    for plan_id in ids:
        for lang in ("vi", "en"):
            rel = f"{PLAN_DIR[lang]}/{plan_id}"
            texts = {}
            for name, root in sides.items():
                page = read_page(root, rel)
                if page is None:
                    print(f"FAIL {name}: /{rel}/ is missing")
                    failures += 1
                    continue
                texts[name] = page[0]
            if len(texts) < len(sides):
                continue
            pages += 1
            joined = {name: "\n".join(lines) for name, lines in texts.items()}
            keys = manifest["plans"][plan_id][lang]
            for field, values in keys.items():
                for value in ([values] if isinstance(values, str) else values):
                    value = " ".join(value.split())
                    keys_checked += 1
                    for name, text in joined.items():
                        if value not in text:
                            failures += 1
                            print(f"FAIL {name}: /{rel}/ lacks {field} {value!r}")
            a, b = texts.values()
            if a == b:
                identical += 1
            elif shown < args.show_diffs:
                shown += 1
                only_a = [l for l in a if l not in b]
                only_b = [l for l in b if l not in a]
                names = list(texts)
                print(f"note: /{rel}/ visible text differs: only in {names[0]}: {only_a[:5]}; only in {names[1]}: {only_b[:5]}")
    print(f"plan pages compared: {pages} ({len(ids)} plans x 2 languages), key strings checked: {keys_checked} "
          f"per side, missing: {failures}")
    print(f"plan pages with identical visible text (every text node, in order): {identical} of {pages}")
    return failures


def check_lists(manifest, sides):
    """Home pages and the plan index, by the plan links they list; their text where both have them."""
    order = manifest["order"]
    pages_needed = max(1, math.ceil(len(order) / PER_PAGE))
    both = identical = 0
    for lang in ("vi", "en"):
        texts = {}  # rel -> {side: lines}
        for name, root in sides.items():
            home = read_page(root, HOME[lang])
            if home is None:
                print(f"home /{HOME[lang]}: {name}: missing")
                continue
            texts.setdefault(HOME[lang], {})[name] = home[0]
            listed = plan_links(home[1], lang)
            if listed == order[:RECENT]:
                verdict = f"the {RECENT} most recent plans, in order"
            elif listed[:RECENT] == sorted(order)[:RECENT] and len(listed) == len(order):
                verdict = f"all {len(listed)} plans by id (not yet the {RECENT} most recent)"
            else:
                verdict = f"{len(listed)} plan links, not the expected {RECENT} most recent in order"
            print(f"home /{HOME[lang]}: {name}: {verdict}")

            found = good = 0
            for n in range(1, pages_needed + 1):
                rel = PLAN_DIR[lang] if n == 1 else INDEX_PAGE[lang].format(n=n)
                page = read_page(root, rel)
                if page is None or page[2]:
                    continue
                found += 1
                texts.setdefault(rel, {})[name] = page[0]
                if plan_links(page[1], lang) == order[(n - 1) * PER_PAGE:n * PER_PAGE]:
                    good += 1
                else:
                    print(f"  {name}: /{rel}/ does not list plans {(n - 1) * PER_PAGE + 1}-{min(n * PER_PAGE, len(order))} in order")
            state = "missing (tolerated)" if found == 0 else f"{found} of {pages_needed} pages present, {good} list the right plans in order"
            print(f"plan index /{PLAN_DIR[lang]}/: {name}: {state}")
        for rel, by_side in texts.items():
            if len(by_side) == len(sides):
                both += 1
                identical += len({tuple(lines) for lines in by_side.values()}) == 1
    print(f"home and index pages on both sides: {both}, with identical visible text: {identical}")


def item_links(links, kind, lang):
    """(plan id, item id) of the links to item pages of `kind`, in order, each once."""
    prefix = "/" + item_dir(kind, lang) + "/"
    out = []
    for link in links:
        if link.startswith(prefix):
            parts = link[len(prefix):].strip("/").split("/")
            if len(parts) == 2 and parts[0].startswith("kh-") and tuple(parts) not in out[-1:]:
                out.append(tuple(parts))
    return out


def check_items(args, manifest, sides):
    """Key strings of the sampled plans' task, indicator and program pages. Returns the failures."""
    ids = sorted(manifest["plans"])
    if len(ids) > args.all_below:
        ids = sorted(random.Random(args.seed).sample(ids, args.sample))
    failures = 0
    for kind in ITEM_DIRS:
        present = {name: family_present(root, kind) for name, root in sides.items()}
        absent = [name for name, there in present.items() if not there]
        if absent:
            print(f"{kind} pages: not made by {', '.join(absent)} (tolerated; not compared)")
            continue
        pages = identical = keys_checked = kind_failures = 0
        for plan_id in ids:
            plan = manifest["plans"][plan_id]
            pages_of_plan = [(f"{plan_id}/{item['id']}", item["text"])
                             for item in plan.get("items", {}).get(kind, [])]
            # Each plan's table of its indicators with every milestone, /chi-tieu/<plan>/:
            # the plan's title and every statement.
            if kind == "indicators" and plan["vi"]["indicators"]:
                pages_of_plan.append((plan_id, {lang: [plan[lang]["title"]] + plan[lang]["indicators"]
                                                for lang in ("vi", "en")}))
            for path, text in pages_of_plan:
                for lang in ("vi", "en"):
                    rel = f"{item_dir(kind, lang)}/{path}"
                    texts = {}
                    for name, root in sides.items():
                        page = read_page(root, rel)
                        if page is None:
                            print(f"FAIL {name}: /{rel}/ is missing")
                            kind_failures += 1
                        else:
                            texts[name] = page[0]
                    if len(texts) < len(sides):
                        continue
                    pages += 1
                    for value in text[lang]:
                        value = " ".join(value.split())
                        keys_checked += 1
                        for name, lines in texts.items():
                            if value not in "\n".join(lines):
                                kind_failures += 1
                                print(f"FAIL {name}: /{rel}/ lacks {value!r}")
                    a, b = texts.values()
                    identical += a == b
        print(f"{kind} pages compared: {pages}, key strings checked: {keys_checked} per side, missing: {kind_failures}; "
              f"identical visible text: {identical} of {pages}")
        failures += kind_failures
    return failures


def expected_lists(manifest):
    """{(kind, filter dir key or None, term): [(plan id, item id), …]} in plansite's order:
    newest plan first (manifest order), then document order."""
    lists = {}
    for plan_id in manifest["order"]:
        items = manifest["plans"][plan_id].get("items", {})
        for kind in ITEM_DIRS:
            for item in items.get(kind, []):
                lists.setdefault((kind, None, None), []).append((plan_id, item["id"]))
        for task in items.get("tasks", []):
            lists.setdefault(("tasks", "status", task["status"]), []).append((plan_id, task["id"]))
            for year in task["years"]:
                lists.setdefault(("tasks", "years", str(year)), []).append((plan_id, task["id"]))
    return lists


def check_item_lists(manifest, sides):
    """The indexes and task filters, page by page, by the item links they list. Returns the failures."""
    failures = 0
    texts = {}  # rel -> {side: lines}
    per_page_of = {**ITEMS_PER_PAGE, **manifest.get("items_per_page", {})}
    for (kind, filt, term), expected in sorted(expected_lists(manifest).items(), key=lambda x: (x[0][0], x[0][1] or "", x[0][2] or "")):
        per_page = per_page_of[kind]
        pages_needed = max(1, math.ceil(len(expected) / per_page))
        for lang in ("vi", "en"):
            first = item_dir(kind, lang)
            if filt:
                first += "/" + FILTER_DIRS[filt][0 if lang == "vi" else 1] + "/" + term
            for name, root in sides.items():
                if not family_present(root, kind):
                    continue
                found = good = 0
                for n in range(1, pages_needed + 1):
                    rel = first if n == 1 else f"{first}/{PAGE_WORD[lang]}/{n}"
                    page = read_page(root, rel)
                    if page is None or page[2]:
                        print(f"FAIL {name}: /{rel}/ is missing")
                        failures += 1
                        continue
                    found += 1
                    texts.setdefault(rel, {})[name] = page[0]
                    if item_links(page[1], kind, lang) == expected[(n - 1) * per_page:n * per_page]:
                        good += 1
                    else:
                        failures += 1
                        print(f"FAIL {name}: /{rel}/ does not list {kind} {(n - 1) * per_page + 1}-"
                              f"{min(n * per_page, len(expected))} in order")
                if filt is None:  # the filters' pages are summed up below; failures are printed
                    print(f"{kind} index /{first}/: {name}: {found} of {pages_needed} pages, {good} in order")
    both = [by_side for by_side in texts.values() if len(by_side) == len(sides)]
    identical = sum(len({tuple(lines) for lines in by_side.values()}) == 1 for by_side in both)
    print(f"index and filter pages on both sides: {len(both)}, with identical visible text: {identical}")
    lists = expected_lists(manifest)
    print(f"task filters checked: {sum(1 for k in lists if k[1])} (status and year) x 2 languages, "
          f"{sum(max(1, math.ceil(len(v) / per_page_of['tasks'])) for k, v in lists.items() if k[1]) * 2} pages per side")
    return failures



def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True, help="folder made by gen_corpus.py (holds manifest.json)")
    ap.add_argument("--plansite", required=True, help="plansite's output folder")
    ap.add_argument("--hugo", required=True, help="Hugo's output folder")
    ap.add_argument("--sample", type=int, default=50, help="plans to check in a large corpus (default 50)")
    ap.add_argument("--all-below", type=int, default=500, help="check every plan when there are at most this many (default 500)")
    ap.add_argument("--seed", type=int, default=1, help="seed of the sample")
    ap.add_argument("--show-diffs", type=int, default=3, help="pages whose text differs to show (default 3)")
    args = ap.parse_args()

    with open(os.path.join(args.corpus, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    sides = {"plansite": args.plansite, "hugo": args.hugo}

    plans = len(manifest["order"])
    print(f"corpus: {plans} plans; expected: {2 * plans} plan pages, 2 home pages, "
          f"{2 * max(1, math.ceil(plans / PER_PAGE))} plan index pages")
    for name, root in sides.items():
        counts = count_pages(root)
        print(f"{name} output: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    check_lists(manifest, sides)
    failures = check_plans(args, manifest, sides)
    failures += check_items(args, manifest, sides)
    failures += check_item_lists(manifest, sides)
    print("RESULT: " + ("same content" if failures == 0 else f"{failures} problems"))
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
