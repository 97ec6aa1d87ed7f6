#!/usr/bin/env python3
"""Builds the sample and example sites and weighs every page, as a cheap
phone on a slow line receives it.

For every HTML page of the output:
- the page's HTML plus every stylesheet it links (and their @import) is under
  60 KB (61,440 bytes), uncompressed, not counting the text of the official
  document a plan page carries whole (its `doc-body` blocks: the plan as
  issued, which a citizen comes to read and which prints from that page). The
  budget is the site's own weight around the document: layout, header and
  facts, contents, the structured parts and the stylesheet. The table shows
  each page's full weight and its document text beside it;
- the scripts it loads total at most 10 KB (10,240 bytes), unless the page draws
  charts. A page draws charts when it holds a <canvas> or an element with a
  `data-chart` attribute: that is how a chart's data and its drawing place are
  marked, and no other page may take a chart library's weight;
- no asset comes from another origin: every src, srcset, poster and data
  attribute, every <link> that the browser fetches (stylesheet, icon,
  preload, manifest) and every url() of a stylesheet names a file of the site.
  Links a reader follows (<a href>, canonical and hreflang alternates) are not
  assets and may point anywhere.
It prints the heaviest pages. Usage: page_weights.py PLANSITE_BINARY
"""
import html.parser
import pathlib
import re
import subprocess
import sys
import tempfile
import urllib.parse

TOP = pathlib.Path(__file__).resolve().parent.parent.parent
SITES = {"phu-thinh": TOP, "dan-tien": TOP / "examples" / "dan-tien", "vi-du": TOP / "examples" / "vi-du"}
HTML_CSS_LIMIT = 60 * 1024
SCRIPT_LIMIT = 10 * 1024
LOCAL = "site.invalid"  # stands for "this site" while resolving relative URLs
FETCHED_LINKS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload",
                 "prefetch", "manifest", "mask-icon"}
ASSET_ATTRIBUTES = {"src", "poster", "data"}
SHOWN = 12  # rows of the table of heaviest pages
DOC_BODY = re.compile(rb'<div class="doc-body"')
DIV = re.compile(rb'<div\b|</div>')


def document_text_bytes(page_bytes):
    """Bytes of the official document's text: every <div class="doc-body"> with what it holds."""
    total = 0
    for start in DOC_BODY.finditer(page_bytes):
        depth = 0
        for tag in DIV.finditer(page_bytes, start.start()):
            depth += 1 if tag.group() != b"</div>" else -1
            if depth == 0:
                total += tag.end() - start.start()
                break
    return total


class Page(html.parser.HTMLParser):
    """The assets one HTML page makes the browser fetch, and whether it draws charts."""

    def __init__(self):
        super().__init__()
        self.stylesheets, self.scripts, self.assets = [], [], []
        self.charts = False

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "canvas" or "data-chart" in attrs:
            self.charts = True
        if tag == "link":
            rels = set(attrs.get("rel", "").lower().split())
            if rels & FETCHED_LINKS and "href" in attrs:
                self.assets.append(attrs["href"])
                if "stylesheet" in rels:
                    self.stylesheets.append(attrs["href"])
        if tag == "script" and "src" in attrs:
            self.scripts.append(attrs["src"])
        for name in ASSET_ATTRIBUTES & attrs.keys():
            if not (tag == "object" and name != "data"):
                self.assets.append(attrs[name])
        if "srcset" in attrs:
            self.assets.extend(part.split()[0] for part in attrs["srcset"].split(",") if part.strip())


def site_file(root, base_path, page_url, reference):
    """The output file a reference of a page names, or None when it is on another origin."""
    resolved = urllib.parse.urlsplit(urllib.parse.urljoin(f"http://{LOCAL}{page_url}", reference))
    if resolved.scheme == "data":
        return "inline"
    if resolved.netloc != LOCAL or not resolved.path.startswith(base_path):
        return None
    rel = urllib.parse.unquote(resolved.path[len(base_path):])
    return root / (rel + "index.html" if rel == "" or rel.endswith("/") else rel)


CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""")


def stylesheet_bytes(root, base_path, css_url, css, problems, where, seen):
    """Bytes of a stylesheet and what it imports; an url() to another origin is a problem."""
    if css in seen:
        return 0
    seen.add(css)
    text = css.read_text(encoding="utf-8")
    total = css.stat().st_size
    for match in CSS_URL.finditer(text):
        reference = match.group(1) or match.group(2)
        target = site_file(root, base_path, css_url, reference)
        if target is None:
            problems.append(f"{where}: {css.name} fetches {reference} from another origin")
        elif target != "inline" and match.group(2):
            imported_url = urllib.parse.urljoin(css_url, reference)
            total += stylesheet_bytes(root, base_path, imported_url, target, problems, where, seen)
    return total


def weigh_site(name, root, base_path):
    """Returns (rows, problems): one row (site, page, html+css, scripts, charts) per page."""
    rows, problems = [], []
    for path in sorted(root.rglob("*.html")):
        rel = path.relative_to(root).as_posix()
        url = base_path + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)
        where = f"{name}{url}"
        page = Page()
        page.feed(path.read_text(encoding="utf-8"))
        for reference in page.assets:
            target = site_file(root, base_path, url, reference)
            if target is None:
                problems.append(f"{where}: asset from another origin: {reference}")
            elif target != "inline" and not target.is_file():
                problems.append(f"{where}: asset {reference} is not in the output")
        html_css, seen = path.stat().st_size, set()
        document = document_text_bytes(path.read_bytes())
        for reference in page.stylesheets:
            target = site_file(root, base_path, url, reference)
            if isinstance(target, pathlib.Path) and target.is_file():
                css_url = urllib.parse.urljoin(url, reference)
                html_css += stylesheet_bytes(root, base_path, css_url, target, problems, where, seen)
        scripts = 0
        for reference in dict.fromkeys(page.scripts):
            target = site_file(root, base_path, url, reference)
            if isinstance(target, pathlib.Path) and target.is_file():
                scripts += target.stat().st_size
        if html_css - document >= HTML_CSS_LIMIT:
            problems.append(f"{where}: HTML + CSS is {html_css:,} bytes, {html_css - document:,} without the "
                            f"document's text; the limit is under {HTML_CSS_LIMIT:,}")
        if scripts > SCRIPT_LIMIT and not page.charts:
            problems.append(f"{where}: loads {scripts:,} bytes of script without drawing a chart, "
                            f"the limit is {SCRIPT_LIMIT:,}")
        rows.append((name, url, html_css, document, scripts, page.charts))
    return rows, problems


def base_path_of(source):
    match = re.search(r"^base_url:\s*(\S+)", (source / "site.yaml").read_text(encoding="utf-8"), re.M)
    return urllib.parse.urlsplit(match.group(1)).path or "/" if match else "/"


def main():
    plansite = sys.argv[1]
    rows, problems = [], []
    with tempfile.TemporaryDirectory() as work:
        for name, source in SITES.items():
            out = pathlib.Path(work) / name
            subprocess.run([plansite, "build", "--source", str(source), "--output", str(out)],
                           check=True, stdout=subprocess.DEVNULL)
            site_rows, site_problems = weigh_site(name, out, base_path_of(source))
            rows += site_rows
            problems += site_problems
    rows.sort(key=lambda row: (-row[2], row[0], row[1]))
    print(f"{'HTML+CSS':>9} {'document':>9} {'scripts':>8}  page (heaviest {min(SHOWN, len(rows))} of {len(rows)})")
    for name, url, html_css, document, scripts, charts in rows[:SHOWN]:
        print(f"{html_css:>9,} {document:>9,} {scripts:>8,}  {name}{url}{'  (charts)' if charts else ''}")
    heaviest_script = max(rows, key=lambda row: row[4]) if rows else None
    if heaviest_script and heaviest_script[4]:
        print(f"most script: {heaviest_script[4]:,} bytes on {heaviest_script[0]}{heaviest_script[1]}")
    for problem in problems:
        print(f"FAIL {problem}")
    print(f"{len(rows)} pages weighed, {len(problems)} problems")
    return 0 if rows and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
