#!/usr/bin/env python3
"""Builds the sample and example sites and checks every internal link.

Every href and src of every page must name a file of the output (/x/ is
x/index.html), and every #anchor an id in the page it points to. sitemap.xml
must list every page but the 404s, and name only pages that exist; robots.txt
must name the sitemap. A sample of the links is then fetched over HTTP from
`python3 -m http.server` on loopback. Links to other hosts are listed, never
fetched. Usage: check_links.py PLANSITE_BINARY
"""
import html.parser
import pathlib
import re
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

TOP = pathlib.Path(__file__).resolve().parent.parent.parent
SITES = {"phu-thinh": TOP, "dan-tien": TOP / "examples" / "dan-tien", "vi-du": TOP / "examples" / "vi-du"}
LOCAL = "site.invalid"  # stands for "this site" while resolving relative links
HTTP_SAMPLE = 25       # links fetched over HTTP per site


class Page(html.parser.HTMLParser):
    """The ids and the links (tag, attribute, value) of one HTML page."""

    def __init__(self):
        super().__init__()
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if name in ("href", "src"):
                self.links.append((tag, name, value))


def parse(path):
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def base_url(source):
    match = re.search(r"^base_url:\s*(\S+)", (source / "site.yaml").read_text(encoding="utf-8"), re.M)
    return match.group(1)


def page_url(root, base_path, path):
    rel = path.relative_to(root).as_posix()
    return base_path + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def target_file(root, base_path, path):
    """The output file a site path names, or None when it is outside the site."""
    if not path.startswith(base_path):
        return None
    rel = urllib.parse.unquote(path[len(base_path):])
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    return root / rel


def check_site(root, base):
    """Returns (problems, external links, internal URLs) of the site built in `root`."""
    parts = urllib.parse.urlsplit(base)
    host, base_path = parts.netloc, parts.path
    pages = {p: parse(p) for p in sorted(root.rglob("*.html"))}
    problems, external, internal = [], set(), set()
    counts = {"links": 0, "anchors": 0}
    for path, page in pages.items():
        here = page_url(root, base_path, path)
        for tag, attribute, link in page.links:
            where = f"{path.relative_to(root)}: <{tag} {attribute}=\"{link}\">"
            counts["links"] += 1
            resolved = urllib.parse.urlsplit(urllib.parse.urljoin(f"http://{LOCAL}{here}", link))
            if resolved.scheme not in ("http", "https"):
                external.add(link)  # mailto:, tel:, data:
                continue
            if resolved.netloc not in (LOCAL, host):
                external.add(link)
                continue
            file = target_file(root, base_path, resolved.path)
            if file is None or not file.is_file():
                problems.append(f"{where}: no file for {resolved.path}")
                continue
            internal.add(resolved.path)
            if resolved.fragment:
                counts["anchors"] += 1
                target = pages.get(file)
                anchor = urllib.parse.unquote(resolved.fragment)
                if target is None or anchor not in target.ids:
                    problems.append(f"{where}: no id '{anchor}' in {file.relative_to(root)}")
    problems += check_sitemap(root, base, pages)
    return problems, external, internal, counts


def check_sitemap(root, base, pages):
    parts = urllib.parse.urlsplit(base)
    sitemap = root / "sitemap.xml"
    robots = (root / "robots.txt").read_text(encoding="utf-8") if (root / "robots.txt").is_file() else ""
    if not parts.netloc:
        return [] if not sitemap.exists() else ["sitemap.xml written for a base_url without a host"]
    problems = []
    if f"Sitemap: {base}sitemap.xml\n" not in robots:
        problems.append("robots.txt does not name the sitemap")
    if not sitemap.is_file():
        return problems + ["no sitemap.xml"]
    text = sitemap.read_text(encoding="utf-8")
    listed = set()
    for url in re.findall(r"<loc>([^<]*)</loc>", text) + re.findall(r'<xhtml:link [^>]*href="([^"]*)"', text):
        url = url.replace("&amp;", "&")
        file = target_file(root, parts.path, urllib.parse.urlsplit(url).path) if url.startswith(base) else None
        if file is None or not file.is_file():
            problems.append(f"sitemap.xml: {url} is not a page of the site")
        else:
            listed.add(file)
    for path in pages:
        if path.name != "404.html" and path not in listed:
            problems.append(f"sitemap.xml does not list {path.relative_to(root)}")
    return problems


def fetch_sample(root, base_path, internal):
    """Fetches a sample of the links from python3 -m http.server; returns problems."""
    server = subprocess.Popen([sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1",
                               "--directory", str(root)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        port = re.search(r"port (\d+)", server.stdout.readline()).group(1)
        urls = sorted(internal)
        step = max(1, len(urls) // HTTP_SAMPLE)
        sample = urls[::step] + [base_path + name for name in ("favicon.ico", "robots.txt")]
        problems = []
        for url in sample:
            # The server serves the output folder at its root, without base_url's path.
            served = "/" + url[len(base_path):]
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{served}", timeout=10) as response:
                    body = response.read()
                if body != target_file(root, base_path, url).read_bytes():
                    problems.append(f"HTTP {served}: not the file on disk")
            except OSError as error:
                problems.append(f"HTTP {served}: {error}")
        return problems, len(sample)
    finally:
        server.terminate()
        server.wait()


def self_test(work):
    """The checker must catch a missing file, a missing anchor and an unlisted page."""
    root = work / "self-test"
    (root / "a").mkdir(parents=True)
    (root / "index.html").write_text('<a href="/a/">ok</a><a href="/b/">missing</a><a href="/a/#x">ok</a>'
                                     '<a href="#nowhere">missing</a><a href="https://other.example/">away</a>')
    (root / "a" / "index.html").write_text('<h2 id="x">x</h2><img src="../index.html">')
    (root / "robots.txt").write_text("Sitemap: https://s.example/sitemap.xml\n")
    (root / "sitemap.xml").write_text("<loc>https://s.example/</loc><loc>https://s.example/c/</loc>")
    problems, external, _, _ = check_site(root, "https://s.example/")
    expected = ["index.html: <a href=\"/b/\">: no file for /b/",
                "index.html: <a href=\"#nowhere\">: no id 'nowhere' in index.html",
                "sitemap.xml: https://s.example/c/ is not a page of the site",
                "sitemap.xml does not list a/index.html"]
    if problems != expected or external != {"https://other.example/"}:
        sys.exit("self-test failed:\n  " + "\n  ".join(problems) + f"\n  external: {external}")


def main():
    plansite = sys.argv[1]
    failed = False
    with tempfile.TemporaryDirectory() as work:
        work = pathlib.Path(work)
        self_test(work)
        for name, source in SITES.items():
            root = work / name
            subprocess.run([plansite, "build", "--source", str(source), "--output", str(root)],
                           check=True, stdout=subprocess.DEVNULL)
            base = base_url(source)
            problems, external, internal, counts = check_site(root, base)
            http_problems, fetched = fetch_sample(root, urllib.parse.urlsplit(base).path, internal)
            problems += http_problems
            pages = len(list(root.rglob("*.html")))
            print(f"{name}: {pages} pages, {counts['links']} links ({counts['anchors']} to an anchor), "
                  f"{len(internal)} addresses, {fetched} fetched over HTTP, {len(problems)} problems")
            for problem in problems:
                print(f"  FAIL {problem}")
            for link in sorted(external):
                print(f"  other host (not fetched): {link}")
            failed |= bool(problems)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
