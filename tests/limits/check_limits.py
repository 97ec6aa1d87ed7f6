#!/usr/bin/env python3
"""Small hostile inputs that once took super-linear time or memory, each just
under and just over its limit (docs/format-reference.md, "Limits"): the one
over is refused with its diagnostic, the one under builds, and each run ends
within a time generous for a busy 2-core machine (the faults took 35-76 s and
up to 9.7 GB). Also: control characters never reach the terminal or a page,
and a huge value never makes a huge diagnostic line.

usage: check_limits.py path/to/plansite
"""
import os
import resource
import subprocess
import sys
import tempfile
import time

PLANSITE = sys.argv[1]
TIME_LIMIT = 20  # seconds per run
MEMORY_LIMIT = 2 << 30  # bytes of address space per run

PLAN_DIR = "content/plans/ke-hoach-thu"
PLAN = PLAN_DIR + "/plan.yaml"
BODY = PLAN_DIR + "/body.vi.md"

MINIMAL_SITE = {
    "site.yaml": "title: {vi: Cổng kế hoạch, en: Plan portal}\n"
                 "commune: {vi: xã Thử Nghiệm, en: Thử Nghiệm Commune}\n"
                 "languages: [vi, en]\n"
                 "base_url: /\n",
    "content/agencies.yaml": "agencies:\n"
                             "  - id: ubnd-xa\n"
                             "    name: {vi: Ủy ban nhân dân xã, en: Commune People's Committee}\n"
                             "    kind: authority\n"
                             "  - id: phong-van-hoa-xa-hoi\n"
                             "    name: {vi: Phòng Văn hóa - Xã hội, en: Division of Culture and Social Affairs}\n"
                             "    kind: division\n",
    PLAN: "status: draft\n"
          "symbol: KH-UBND\n"
          "issuers: [ubnd-xa]\n"
          "place: Thử Nghiệm\n"
          "date: 2026-04\n"
          "title: {vi: Kế hoạch thử, en: A test plan}\n"
          "period: 2026\n"
          "signatories:\n"
          "  - title: {vi: CHỦ TỊCH, en: CHAIRPERSON}\n"
          "    name: Nguyễn Văn A\n"
          "recipients:\n"
          "  - \"Lưu: VT\"\n"
          "indicators:\n"
          "  - id: ti-le\n"
          "    statement: 95% người dân\n"
          "    unit: percent\n"
          "    targets:\n"
          "      - {by: 2026, value: 95}\n"
          "tasks:\n",
    BODY: "## I. MỤC ĐÍCH\n\nNội dung.\n",
    PLAN_DIR + "/body.en.md": "## I. PURPOSE\n\nText.\n",
}

failures = []


def task(n, content="Tập huấn", lead="phong-van-hoa-xa-hoi"):
    return (f"  - id: nv-{n}\n    content: {content}\n    lead: [{lead}]\n"
            "    timeframe: {from: 2026-Q1, to: 2026-Q4}\n")


# AddressSanitizer reserves terabytes of address space for its shadow memory:
# a sanitized build runs without the memory limit (the time limit still holds).
with open(PLANSITE, "rb") as binary:
    SANITIZED = b"__asan_init" in binary.read()


def limit_memory():
    if not SANITIZED:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run(name, files, expect_ok, expect_text=None):
    """Builds the minimal site with `files` changed; checks exit, time and output."""
    with tempfile.TemporaryDirectory() as work:
        site = dict(MINIMAL_SITE)
        site.update(files)
        if PLAN not in files:
            site[PLAN] += task(1)
        for path, text in site.items():
            full = os.path.join(work, "src", path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as f:
                f.write(text.encode() if isinstance(text, str) else text)
        start = time.monotonic()
        try:
            done = subprocess.run([PLANSITE, "build", "--source", os.path.join(work, "src"), "--output",
                                   os.path.join(work, "out")], capture_output=True, timeout=TIME_LIMIT,
                                  preexec_fn=limit_memory)
        except subprocess.TimeoutExpired:
            failures.append(f"{name}: still running after {TIME_LIMIT} s")
            return None
        took = time.monotonic() - start
        err = done.stderr.decode(errors="replace")
        print(f"{name}: exit {done.returncode} in {took:.1f} s")
        if (done.returncode == 0) != expect_ok:
            failures.append(f"{name}: exit {done.returncode}, expected {'0' if expect_ok else 'an error'}:\n"
                            + err[:2000])
        if expect_text and expect_text not in err:
            failures.append(f"{name}: expected {expect_text!r} in:\n{err[:2000]}")
        if b"\x1b" in done.stderr or b"\x07" in done.stderr:
            failures.append(f"{name}: a control character reached the terminal")
        longest = max((len(line) for line in err.splitlines()), default=0)
        if longest > 1000:
            failures.append(f"{name}: a diagnostic line of {longest} characters")
        pages = ""
        out = os.path.join(work, "out")
        for root, _, names in os.walk(out):
            for n in names:
                if n.endswith((".html", ".xml", ".json", ".csv")):
                    with open(os.path.join(root, n), encoding="utf-8", errors="replace") as f:
                        pages += f.read()
        return pages


# Aliases of one large value: as much text as the file holds is fine, more is refused.
big = "x" * (1 << 20)
under = "".join(task(i, "*big") for i in range(1, 2))
run("aliases under", {PLAN: MINIMAL_SITE[PLAN].replace("place: Thử Nghiệm", f"place: &big \"{big}\"") + under}, True)
over = "".join(task(i, "*big") for i in range(1, 41))
run("aliases over", {PLAN: MINIMAL_SITE[PLAN].replace("place: Thử Nghiệm", f"place: &big \"{big}\"") + over}, False,
    "aliases (*name) repeat more text than the file holds")

# 150,000 errors in one file: the first 100 are shown, then one line says so.
def unknown_leads(n):
    return MINIMAL_SITE[PLAN] + task(1, lead=", ".join(["khong-co"] * n))


run("errors under", {PLAN: unknown_leads(100)}, False, "unknown agency 'khong-co'")
# All on one line: each value's end was once looked for from the line's start
# (16 s for 300,000), and each message scanned the file from the top.
run("errors over", {PLAN: unknown_leads(400_000)}, False, "too many problems in this file; the rest are not shown")

# Combining marks: 240 kB of them on one letter is refused before NFC; runs of 30 normalize.
run("combining marks under", {BODY: "Nội dung " + ("a" + "\u0301\u0323" * 15 + " ") * 4000 + "\n"}, True)
# Marks of two classes in the wrong order, the worst case for NFC's reordering.
run("combining marks over", {BODY: "Nội dung a" + "\u0301\u0323" * 60_000 + "\n"}, False,
    "more than 30 combining marks on one character")

# Identical headings: 1,000 get distinct anchors quickly; 20,000 are refused.
run("headings under", {BODY: "## Mục\n\n" * 1000}, True)
run("headings over", {BODY: "## Mục\n\n" * 20_000}, False, "headings, more than 1000")

# A table whose rows cmark-gfm would pad to a 2,000-cell header.
header = "|" + " a |" * 2000 + "\n|" + "---|" * 2000 + "\n"
run("table over", {BODY: header + "| x |\n" * 10_000}, False, "more than 20000 cells")
header = "|" + " a |" * 100 + "\n|" + "---|" * 100 + "\n"
run("table under", {BODY: header + "| x |\n" * 198}, True)

# Control characters: a YAML escape is an error shown escaped; raw in Markdown, removed with a warning.
run("escape in YAML", {PLAN: MINIMAL_SITE[PLAN].replace("place: Thử Nghiệm", "place: \"\\x1b[2J\\a\"") + task(1)},
    False, "U+001B (escape)")
pages = run("escape in Markdown", {BODY: "## I. MỤC ĐÍCH\n\nNội\x1b[2J dung\x07 \ue000giả\ue001.\n"}, True,
            "removed U+001B (escape) and 3 more such characters")
if pages is not None and any(c in pages for c in "\x1b\x07\ue000\ue001"):
    failures.append("escape in Markdown: a control character or marker reached a page")
if pages is not None and '<span lang="vi">giả' in pages:
    failures.append("escape in Markdown: content forged a fallback mark")

# A 10 MB value quoted in a message stays a short line.
run("10 MB value in a message", {PLAN: MINIMAL_SITE[PLAN] + task(1, lead="a" * 10_000_000)}, False,
    "unknown agency 'aaaa")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("all limits hold")
