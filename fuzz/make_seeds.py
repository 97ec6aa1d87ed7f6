#!/usr/bin/env python3
"""Writes the fuzzers' seed inputs into OUT/<target>/: the sample site
(site.yaml, content/), the example sites (examples/), the example files of the
officers' guides (docs/*.md, the `<!-- file: PATH -->` blocks that
tests/content_guide_examples.sh builds), the hostile corpus (tests/hostile/)
the themes' templates, hand-written seeds (fuzz/seeds/<target>/: a
spreadsheet report, a template of every kind of tag) and the
inputs a fuzzer once failed on (fuzz/regressions/<target>/).

usage: make_seeds.py REPOSITORY OUT
"""
import hashlib
import pathlib
import re
import sys

top, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])


# Larger inputs (the hostile corpus's 100,000 brackets, 20,000 errors) test
# the limits in a release build (tests/hostile/); under the sanitizers they
# only slow each run of a fuzzer and leave it less time for small inputs.
MAX_SEED = 64 * 1024


def seed(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_SEED:
        return
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def bundle(files):
    """A site fuzz input (fuzz/site_bundle.h): each file after a `=== PATH` line."""
    return b"".join(b"=== " + path.encode() + b"\n" + data for path, data in sorted(files.items()))


def site_files(root):
    """Every file of the site at `root` that plansite reads, path → bytes."""
    files = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if path.is_file() and not path.is_symlink() and (relative == "site.yaml" or relative.startswith(("content/", "i18n/"))):
            if path.suffix in (".yaml", ".md", ".csv"):
                files[relative] = path.read_bytes()
    return files


def guide_sites():
    """The example site each officers' guide spells out, path → bytes."""
    for guide in sorted((top / "docs").glob("content-format*.md")):
        lines = guide.read_text(encoding="utf-8").split("\n")
        files, i = {}, 0
        while i < len(lines):
            m = re.fullmatch(r"<!-- file: (\S+) -->", lines[i].strip())
            if m and i + 1 < len(lines) and lines[i + 1].startswith("```"):
                j = i + 2
                while j < len(lines) and not lines[j].startswith("```"):
                    j += 1
                files[m.group(1)] = ("\n".join(lines[i + 2:j]) + "\n").encode("utf-8")
                i = j
            i += 1
        yield files


def hostile_sites():
    """The files of each hostile case (tests/hostile/<case>/site/), path → bytes."""
    for case in sorted((top / "tests/hostile").glob("*/site")):
        files = {}
        for path in sorted(case.rglob("*")):
            if path.is_file() and not path.is_symlink():
                files[path.relative_to(case).as_posix()] = path.read_bytes()
        yield files


sites = [site_files(top)] + [site_files(p) for p in sorted((top / "examples").iterdir()) if p.is_dir()]
sites += list(guide_sites()) + list(hostile_sites())
for files in sites:
    if files:
        seed("site", bundle(files))
    for path, data in files.items():
        seed("site", bundle({path: data}))
        kind = {".yaml": "yaml", ".md": "markdown", ".csv": "csv"}.get(pathlib.PurePath(path).suffix)
        if kind:
            seed(kind, data)
for guide in sorted((top / "docs").glob("*.md")):
    seed("markdown", guide.read_bytes())
for csv in sorted((top / "tests/golden").rglob("*.csv")):
    seed("csv", csv.read_bytes())
for template in sorted((top / "themes").rglob("*.mustache")):
    seed("template", template.read_bytes())
for target in ("yaml", "markdown", "csv", "site", "template"):
    for folder in ("fuzz/seeds", "fuzz/regressions"):
        for path in sorted((top / folder / target).glob("*")):
            seed(target, path.read_bytes())
for target in sorted(p.name for p in out.iterdir()):
    print(f"{target}: {len(list((out / target).iterdir()))} seeds")
