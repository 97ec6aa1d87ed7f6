#!/usr/bin/env python3
"""Checks that a task annex longer than a page prints as an annex should: its
header row repeated at the top of every page, and no row split across pages.

Usage: check_annex.py PLANSITE EXAMPLE_SITE WORK_DIR

Copies the example site, gives one of its plans 40 more tasks with long
contents (each ending in a word found nowhere else), builds it with --pdf
and reads the annex back page by page with pdftotext.
"""
import pathlib
import re
import shutil
import subprocess
import sys

ROWS = 40
PLAN = "content/plans/ngay-chuyen-doi-so-2026"
HEADER = ("TT", "Nhiệm vụ", "Cơ quan chủ")


def task(n):
    return (f"  - id: vd-thu-{n}\n"
            f"    number: \"9.{n}\"\n"
            f"    content: >-\n"
            f"      Hoạt động thử số {n}: tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công\n"
            f"      trực tuyến, thanh toán không dùng tiền mặt và các nền tảng số thiết yếu tại\n"
            f"      nhà văn hóa thôn, KETTHUC{n:02d}\n"
            f"    lead: [phong-van-hoa-xa-hoi]\n"
            f"    coordinating: [cac-thon, to-cong-nghe-so-cong-dong]\n"
            f"    timeframe: {{from: 2026-Q4}}\n")


def main():
    plansite, example, work = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    site = work / "long-annex"
    shutil.copytree(example, site)
    plan = site / PLAN / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    text = text.replace("\nresponsibilities:", "\n" + "".join(task(n) for n in range(1, ROWS + 1)) + "responsibilities:", 1)
    plan.write_text(text, encoding="utf-8")
    subprocess.run([plansite, "build", "--pdf", "--source", str(site), "--output", str(work / "long-annex-out")],
                   check=True, capture_output=True)
    pdf = work / "long-annex-out/ke-hoach/ngay-chuyen-doi-so-2026/ngay-chuyen-doi-so-2026.pdf"
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                           text=True).stdout.split("\f")
    failures = []
    annex_pages = [i for i, page in enumerate(pages) if "KETTHUC" in page or "DANH MỤC HOẠT ĐỘNG" in page]
    if len(annex_pages) < 2:
        failures.append(f"the annex of {ROWS} more rows fits on {len(annex_pages)} page(s); the test needs two or more")
    for i in annex_pages:
        lines = [line for line in pages[i].splitlines() if line.strip() and not re.fullmatch(r"\s*\d+\s*", line)]
        head = " ".join(lines[:4]) if i == annex_pages[0] else " ".join(lines[:2])
        if not all(word in head for word in HEADER):
            failures.append(f"page {i + 1} of the annex does not start with the header row")
    for n in range(1, ROWS + 1):
        start = [i for i, page in enumerate(pages) if re.search(rf"^\s*9\.{n}\s", page, re.M)]
        end = [i for i, page in enumerate(pages) if f"KETTHUC{n:02d}" in page]
        if len(start) != 1 or start != end:
            failures.append(f"row 9.{n} is split across pages (starts on {start}, ends on {end})")
    for f in failures:
        print(f"FAIL long annex: {f}")
    if not failures:
        print(f"ok long annex: {len(annex_pages)} pages, header row on each, no row split")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
