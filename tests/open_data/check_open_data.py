#!/usr/bin/env python3
"""Builds the sample site and reads its open data and Atom feeds back.

Every CSV under du-lieu/ must start with a UTF-8 byte-order mark, parse with
Python's csv module and hold the same rows as its JSON twin: the same column
names in the same order, the same texts, and the same numbers (compared as
numbers). Each feed (/feed.xml, /en/feed.xml) must parse with xml.etree as an
Atom feed: id, title, updated and author; each entry an id, a title, an
updated date and an absolute link; entries newest first, ids unique, and the
feed's updated the newest entry's. Then feedparser, as a feed reader would,
must read it without complaint (bozo), the same number of entries.
Usage: check_open_data.py PLANSITE_BINARY
"""
import csv
import io
import json
import pathlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import feedparser

TOP = pathlib.Path(__file__).resolve().parent.parent.parent
ATOM = "{http://www.w3.org/2005/Atom}"
failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message, file=sys.stderr)


def same_cell(csv_text, json_value, where):
    if json_value is None:
        if csv_text != "":
            fail(f"{where}: CSV has {csv_text!r}, JSON null")
    elif isinstance(json_value, (int, float)) and not isinstance(json_value, bool):
        try:
            if float(csv_text) != float(json_value):
                fail(f"{where}: CSV {csv_text} != JSON {json_value}")
        except ValueError:
            fail(f"{where}: CSV {csv_text!r} is not the number {json_value}")
    elif csv_text != json_value:
        fail(f"{where}: CSV {csv_text!r} != JSON {json_value!r}")


def check_data(out):
    files = sorted((out / "du-lieu").rglob("*.csv"))
    if len(files) < 9:
        fail(f"only {len(files)} CSV files under du-lieu/")
    for path in files:
        raw = path.read_bytes()
        name = str(path.relative_to(out))
        if not raw.startswith(b"\xef\xbb\xbf"):
            fail(f"{name}: no UTF-8 byte-order mark")
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        data = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        if rows[0] != data["columns"]:
            fail(f"{name}: CSV columns {rows[0]} != JSON columns {data['columns']}")
        if len(rows) - 1 != len(data["rows"]):
            fail(f"{name}: {len(rows) - 1} CSV rows, {len(data['rows'])} JSON rows")
        for n, (row, record) in enumerate(zip(rows[1:], data["rows"]), start=2):
            if list(record) != rows[0]:
                fail(f"{name}:{n}: JSON row keys differ from the columns")
            for column, text in zip(rows[0], row):
                same_cell(text, record[column], f"{name}:{n}:{column}")
    values = [r for r in json.loads((out / "du-lieu/chi-tieu.json").read_text())["rows"] if r["value"] is not None]
    if not values:
        fail("du-lieu/chi-tieu.json holds no reported value")


def check_feed(path, language):
    name = str(path)
    root = ET.parse(path).getroot()
    if root.tag != ATOM + "feed":
        fail(f"{name}: root is {root.tag}, not an Atom feed")
        return
    for child in ("id", "title", "updated", "author"):
        if root.find(ATOM + child) is None:
            fail(f"{name}: the feed has no <{child}>")
    entries = root.findall(ATOM + "entry")
    if not entries:
        fail(f"{name}: no entries")
        return
    dates, ids = [], set()
    for entry in entries:
        for child in ("id", "title", "updated"):
            if not (entry.findtext(ATOM + child) or "").strip():
                fail(f"{name}: an entry without <{child}>")
        link = entry.find(ATOM + "link")
        if link is None or not link.get("href", "").startswith("https://"):
            fail(f"{name}: an entry without an absolute link")
        ids.add(entry.findtext(ATOM + "id"))
        dates.append(entry.findtext(ATOM + "updated"))
    if len(ids) != len(entries):
        fail(f"{name}: entry ids repeat")
    if dates != sorted(dates, reverse=True):
        fail(f"{name}: entries are not newest first: {dates}")
    if root.findtext(ATOM + "updated") != dates[0]:
        fail(f"{name}: updated is not the newest entry's date")
    titles = [e.findtext(ATOM + "title") for e in entries]
    report = "Báo cáo Quý II/2026 — " if language == "vi" else "Report Q2 2026 — "
    if not any(t.startswith(report) for t in titles):
        fail(f"{name}: no entry titled {report!r}…")

    parsed = feedparser.parse(path.read_bytes())
    if parsed.bozo:
        fail(f"{name}: feedparser: {parsed.bozo_exception}")
    if parsed.version != "atom10":
        fail(f"{name}: feedparser reads it as {parsed.version!r}, not Atom 1.0")
    if len(parsed.entries) != len(entries):
        fail(f"{name}: feedparser finds {len(parsed.entries)} entries, not {len(entries)}")


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "public"
        subprocess.run([binary, "build", "--source", str(TOP), "--output", str(out)], check=True,
                       stdout=subprocess.DEVNULL)
        check_data(out)
        check_feed(out / "feed.xml", "vi")
        check_feed(out / "en" / "feed.xml", "en")
        for page in (out / "index.html", out / "en" / "data" / "index.html"):
            if 'type="application/atom+xml"' not in page.read_text(encoding="utf-8"):
                fail(f"{page}: no link to the feed in its head")
    if failures:
        sys.exit(f"{len(failures)} problem(s)")
    print("open data and feeds: OK")


main()
