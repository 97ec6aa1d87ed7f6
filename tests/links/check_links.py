#!/usr/bin/env python3
"""Builds the sample and example sites and checks every internal link.

Every href, src and action of every page must name a file of the output as a
path relative to the page, the way file:// resolves it (no folder stands for
its index.html), and every #anchor an id in the page it points to. Only the
404 pages, served at any missing address, link with site-root paths from
base_url (/x/ is x/index.html there), and they must. sitemap.xml must list
every page but the 404s, and name only pages that exist; robots.txt must name
the sitemap. A sample of the links is then fetched over HTTP from
`python3 -m http.server` on loopback, the site served under a sub-path that
base_url does not name. Links to other hosts are listed, never fetched.
Usage: check_links.py PLANSITE_BINARY
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
LOCAL = "site.invalid"  # stands for "this site" while resolving site-root links
HTTP_SAMPLE = 25       # links fetched over HTTP per site
SUB_PATH = "/cong-thong-tin/ke-hoach-xa/"  # where the HTTP server puts the site


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
            if name in ("href", "src", "action", "data-index"):
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


def relative_file(path, link):
    """The file a relative link names from page `path`, as file:// finds it; None if it leaves the site."""
    target = urllib.parse.urlsplit(link).path
    if target == "":
        return path  # "#x" or "?q=": the page itself
    file = path.parent
    for part in urllib.parse.unquote(target).split("/"):
        file = file.parent if part == ".." else file if part in ("", ".") else file / part
    return file


def check_site(root, base):
    """Returns (problems, external links, internal files, counts) of the site built in `root`."""
    parts = urllib.parse.urlsplit(base)
    host, base_path = parts.netloc, parts.path
    pages = {p: parse(p) for p in sorted(root.rglob("*.html"))}
    problems, external, internal = [], set(), set()
    counts = {"links": 0, "anchors": 0}
    for path, page in pages.items():
        here = page_url(root, base_path, path)
        not_found = path.name == "404.html"
        for tag, attribute, link in page.links:
            where = f"{path.relative_to(root)}: <{tag} {attribute}=\"{link}\">"
            counts["links"] += 1
            split = urllib.parse.urlsplit(link)
            if split.scheme or split.netloc:
                if split.scheme in ("http", "https") and split.netloc == host:
                    # Only canonical and hreflang <link>s are absolute, and name a page.
                    file = target_file(root, base_path, split.path)
                    if tag != "link":
                        problems.append(f"{where}: an absolute link to the site itself")
                    elif file is None or not file.is_file():
                        problems.append(f"{where}: no page for {split.path}")
                    continue
                external.add(link)  # another host, mailto:, tel:, data:
                continue
            resolved = urllib.parse.urlsplit(urllib.parse.urljoin(f"http://{LOCAL}{here}", link))
            if not_found != link.startswith("/") and not link.startswith("#"):
                problems.append(f"{where}: " + ("a 404 page needs site-root links" if not_found
                                                else "not relative to the page"))
                continue
            if not_found:
                file = target_file(root, base_path, resolved.path)
            else:
                file = relative_file(path, link)
                if file != root and root not in file.parents:
                    problems.append(f"{where}: leaves the site's folder")
                    continue
                if file.is_dir():
                    problems.append(f"{where}: a folder (file:// shows no index.html for it)")
                    continue
            if file is None or not file.is_file():
                problems.append(f"{where}: no file for {resolved.path}")
                continue
            internal.add(file)
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
    # Every page is listed but those that ask not to be indexed (the 404
    # pages, the embeddable summary), which must not be.
    for path in pages:
        noindex = '<meta name="robots" content="noindex">' in path.read_text(encoding="utf-8")
        if noindex and path in listed:
            problems.append(f"sitemap.xml lists {path.relative_to(root)}, which asks not to be indexed")
        elif not noindex and path not in listed:
            problems.append(f"sitemap.xml does not list {path.relative_to(root)}")
    return problems


def fetch_sample(root, internal):
    """Serves the site under SUB_PATH from python3 -m http.server and fetches a
    sample of the files its links name; every relative link of a fetched page
    must resolve, over HTTP too, to a file of the site. Returns problems."""
    portal = root.parent / (root.name + "-portal")
    (portal / SUB_PATH.strip("/")).parent.mkdir(parents=True)
    (portal / SUB_PATH.strip("/")).symlink_to(root)
    server = subprocess.Popen([sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1",
                               "--directory", str(portal)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        port = re.search(r"port (\d+)", server.stdout.readline()).group(1)
        site = f"http://127.0.0.1:{port}{SUB_PATH}"
        files = sorted(internal)
        step = max(1, len(files) // HTTP_SAMPLE)
        sample = files[::step] + [root / name for name in ("favicon.ico", "robots.txt")]
        problems = []
        for file in sample:
            url = site + file.relative_to(root).as_posix()
            try:
                with urllib.request.urlopen(url, timeout=10) as response:
                    body = response.read()
            except OSError as error:
                problems.append(f"HTTP {url}: {error}")
                continue
            if body != file.read_bytes():
                problems.append(f"HTTP {url}: not the file on disk")
            if file.suffix != ".html" or file.name == "404.html":
                continue
            page = Page()
            page.feed(body.decode("utf-8"))
            for _, _, link in page.links:
                if urllib.parse.urlsplit(link).scheme or link.startswith("#"):
                    continue
                target = urllib.parse.urlsplit(urllib.parse.urljoin(url, link)).path
                if not target.startswith(SUB_PATH) or not (root / urllib.parse.unquote(target[len(SUB_PATH):])).is_file():
                    problems.append(f"HTTP {url}: {link} resolves to {target}, no file of the site")
        return problems, len(sample)
    finally:
        server.terminate()
        server.wait()


def self_test(work):
    """The checker must catch a missing file or anchor, a link that is not relative
    or names a folder or leaves the site, a 404 page's relative link, and an unlisted page."""
    root = work / "self-test"
    (root / "a").mkdir(parents=True)
    (root / "index.html").write_text(
        '<a href="a/index.html">ok</a><a href="b/index.html">missing</a><a href="a/index.html#x">ok</a>'
        '<a href="#nowhere">missing</a><a href="https://other.example/">away</a><a href="/a/">site-root</a>'
        '<a href="a/">folder</a><a href="../index.html">outside</a><a href="https://s.example/a/">absolute</a>')
    (root / "a" / "index.html").write_text('<h2 id="x">x</h2><img src="../index.html">')
    (root / "404.html").write_text('<meta name="robots" content="noindex"><a href="/a/">ok</a>'
                                   '<a href="a/index.html">relative</a>')
    (root / "robots.txt").write_text("Sitemap: https://s.example/sitemap.xml\n")
    (root / "sitemap.xml").write_text("<loc>https://s.example/</loc><loc>https://s.example/c/</loc>")
    problems, external, _, _ = check_site(root, "https://s.example/")
    expected = ["404.html: <a href=\"a/index.html\">: a 404 page needs site-root links",
                "index.html: <a href=\"b/index.html\">: no file for /b/index.html",
                "index.html: <a href=\"#nowhere\">: no id 'nowhere' in index.html",
                "index.html: <a href=\"/a/\">: not relative to the page",
                "index.html: <a href=\"a/\">: a folder (file:// shows no index.html for it)",
                "index.html: <a href=\"../index.html\">: leaves the site's folder",
                "index.html: <a href=\"https://s.example/a/\">: an absolute link to the site itself",
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
            http_problems, fetched = fetch_sample(root, internal)
            problems += http_problems
            pages = len(list(root.rglob("*.html")))
            print(f"{name}: {pages} pages, {counts['links']} links ({counts['anchors']} to an anchor), "
                  f"{len(internal)} files linked, {fetched} fetched over HTTP, {len(problems)} problems")
            for problem in problems:
                print(f"  FAIL {problem}")
            for link in sorted(external):
                print(f"  other host (not fetched): {link}")
            failed |= bool(problems)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
