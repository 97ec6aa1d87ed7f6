#!/usr/bin/env python3
"""Runs every case of the hostile corpus (tests/hostile/README.md) through
`plansite build` and prints one line per case.

usage: run_corpus.py PLANSITE [CASE…]

Each case is built from tests/hostile/base/ with the case's site/ files laid
over it and its setup.sh run, into a fresh folder. Every case, whatever it
expects, must: finish within the time limit, exit 0, 1 or 2 (never a signal),
leak no file (the canary planted outside the site appears in no output file
and in no message), write nothing outside the output, its staging folders and
its lock (checked with strace where it exists), print no control character,
and, when it builds, leave every injected string escaped: no raw `<x-inject`
in any HTML, XML or SVG file, every JSON file valid, every CSV file
rectangular, every feed well-formed XML.
"""
import csv
import io
import json
import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

HERE = pathlib.Path(__file__).resolve().parent
CANARY = "PLANSITE-CANARY-7f3a91"  # the content of every file outside the site
MARKER = "<x-inject"               # every injection payload contains it
# Seconds per build: the limit for a release build on a busy 2-core
# machine; the sanitizer build (scripts/dev.sh test-sanitize) gives more.
TIME_LIMIT = int(os.environ.get("HOSTILE_TIME_LIMIT", "20"))

# Cases whose fault is not fixed yet, each with the fault it waits for. The
# runner expects them to fail, and fails on one that passes, so the entry is
# removed when the fix is merged.
KNOWN_OPEN = {
    # "case-name": "the fault it waits for (the helper or issue fixing it)",
    # Empty since the merges of LIMITS and CONTAIN (issue 11): every case passes.
}


def parse_expect(path):
    """The case's `expect` file: `key: value` lines (README.md)."""
    expect = {"exit": None, "stderr": [], "stderr-lacks": [], "output-lacks": [], "output-has": [],
              "args": "", "absent": [], "present": []}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "exit":
            expect["exit"] = {int(v) for v in value.split("|")}
        elif key == "args":
            expect["args"] = value
        elif key in expect and isinstance(expect[key], list):
            expect[key].append(value)
        else:
            raise SystemExit(f"{path}: unknown expectation '{key}'")
    if expect["exit"] is None:
        raise SystemExit(f"{path}: no 'exit:' line")
    return expect


def prepare(case, work):
    """The case's site in work/site, the canary in work/outside, its setup run."""
    site = work / "site"
    shutil.copytree(HERE / "base", site, symlinks=True)
    if (case / "site").is_dir():
        shutil.copytree(case / "site", site, symlinks=True, dirs_exist_ok=True)
    outside = work / "outside"
    (outside / "folder").mkdir(parents=True)
    for name in ("secret.txt", "folder/body.vi.md", "folder/plan.yaml"):
        (outside / name).write_text(f"{CANARY}\n", encoding="utf-8")
    if (case / "setup.sh").exists():
        subprocess.run(["bash", str(case / "setup.sh")], cwd=work, check=True,
                       env={**os.environ, "SITE": str(site), "WORK": str(work), "OUTSIDE": str(outside)})


WRITE_CALLS = {"creat", "rename", "renameat", "renameat2", "link", "linkat", "symlink", "symlinkat", "unlink",
               "unlinkat", "mkdir", "mkdirat", "rmdir", "truncate", "chmod", "fchmodat"}
STRACE_CALLS = "open,openat,creat,rename,renameat,renameat2,link,linkat,symlink,symlinkat,unlink,unlinkat," \
               "mkdir,mkdirat,rmdir,truncate"


def written_paths(trace, cwd):
    """Every path the traced process created, changed or removed (strace -y output)."""
    paths = []
    for line in trace.splitlines():
        m = re.match(r"^(?:\[pid\s+\d+\]\s*|\d+\s+)?(\w+)\((.*)\)\s+=\s+(-?\d+)", line)
        if not m or int(m.group(3)) < 0:
            continue
        call, args = m.group(1), m.group(2)
        if call in ("open", "openat") and not re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC", args):
            continue
        if call not in WRITE_CALLS and call not in ("open", "openat"):
            continue
        # Each path argument, joined to the folder of the descriptor before it (strace -y: 3</dir>).
        base = cwd
        for arg in re.finditer(r'(AT_FDCWD|\d+</[^>]*>)|"((?:[^"\\]|\\.)*)"', args):
            if arg.group(1):
                base = cwd if arg.group(1) == "AT_FDCWD" else arg.group(1).split("<", 1)[1][:-1]
            else:
                text = arg.group(2).encode().decode("unicode_escape")
                paths.append(os.path.normpath(os.path.join(base, text)))
                base = cwd
    return paths


def run_build(plansite, work, expect):
    output = work / "out"
    args = shlex.split(expect["args"].replace("{work}", str(work)).replace("{site}", str(work / "site")))
    if "--output" in args:
        output = pathlib.Path(args[args.index("--output") + 1])
    else:
        args += ["--output", str(output)]
    command = [plansite, "build", "--source", str(work / "site"), "--jobs", "1"] + args
    trace_file = work / "trace.txt"
    if shutil.which("strace"):
        command = ["strace", "-f", "-qq", "-y", "-s", "4096", "-e", "trace=" + STRACE_CALLS,
                   "-o", str(trace_file)] + command
    # LeakSanitizer cannot run under strace (both use ptrace): a sanitized
    # build (scripts/dev.sh test-sanitize) checks leaks everywhere else.
    env = {**os.environ, "ASAN_OPTIONS": os.environ.get("ASAN_OPTIONS", "") + ":detect_leaks=0"}
    try:
        done = subprocess.run(command, cwd=work, capture_output=True, timeout=TIME_LIMIT, env=env)
    except subprocess.TimeoutExpired:
        return None, "", output, []
    trace = trace_file.read_text(errors="replace") if trace_file.exists() else ""
    return done.returncode, done.stderr.decode("utf-8", "replace"), output, written_paths(trace, str(work))


def allowed_write(path, output):
    """Inside the output, or one of its staging folders or its lock (beside it)."""
    output = os.path.normpath(str(output))
    parent, name = os.path.dirname(output), os.path.basename(output)
    if path == output or path.startswith(output + "/"):
        return True
    inside_parent = os.path.dirname(path) == parent or path.startswith(parent + "/")
    relative = os.path.relpath(path, parent) if inside_parent else ""
    return relative.startswith(f".{name}.plansite-") or path in ("/dev/null", "/dev/tty")


def output_files(output, work):
    """The files of the output, when it is a folder of the case's own (not '/', not a symlink)."""
    if output.is_symlink() or not output.is_dir() or work not in output.parents:
        return []
    return sorted(path for path in output.rglob("*") if path.is_file() and not path.is_symlink())


def looks_like_formula(cell):
    """A CSV cell LibreOffice or Excel would evaluate: text starting with = + - @
    TAB or CR (the export puts a ' in front of those); a number such as -5 is not."""
    if not cell.startswith(("=", "+", "-", "@", "\t", "\r")):
        return False
    try:
        float(cell)
        return False
    except ValueError:
        return True


def check_outputs(output, work, problems):
    for path in output_files(output, work):
        relative = path.relative_to(output).as_posix()
        data = path.read_bytes()
        if CANARY.encode() in data:
            problems.append(f"{relative}: the file outside the site leaked into the output")
        if b"root:x:0:0" in data:
            problems.append(f"{relative}: /etc/passwd leaked into the output")
        text = data.decode("utf-8", "replace")
        if path.suffix in (".html", ".xml", ".svg", ".js", ".css") and MARKER in text:
            problems.append(f"{relative}: an injected '{MARKER}' is not escaped")
        if re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text) and path.suffix != ".ico":
            problems.append(f"{relative}: holds a control character")
        if path.suffix == ".json":
            try:
                json.loads(text)
            except ValueError as error:
                problems.append(f"{relative}: not valid JSON ({error})")
        if path.suffix == ".xml":
            try:
                ElementTree.fromstring(data)
            except ElementTree.ParseError as error:
                problems.append(f"{relative}: not well-formed XML ({error})")
        if path.suffix == ".csv":
            rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
            if rows and any(len(row) != len(rows[0]) for row in rows):
                problems.append(f"{relative}: rows of different lengths (a cell not quoted)")
            formulas = [cell for row in rows for cell in row if looks_like_formula(cell)]
            if formulas:
                problems.append(f"{relative}: a spreadsheet would open {formulas[0][:60]!r} as a formula")
        for block in re.findall(r"<script[^>]*application/(?:ld\+)?json[^>]*>(.*?)</script>", text, re.S):
            try:
                json.loads(block)
            except ValueError as error:
                problems.append(f"{relative}: a JSON data block is broken ({error})")


def run_case(plansite, case):
    expect = parse_expect(case / "expect")
    problems = []
    with tempfile.TemporaryDirectory(prefix="plansite-hostile-") as temp:
        work = pathlib.Path(temp)
        prepare(case, work)
        code, stderr, output, writes = run_build(plansite, work, expect)
        if code is None:
            return [f"did not finish within {TIME_LIMIT} s"], None
        if code not in (0, 1, 2):
            problems.append(f"exit status {code} (a crash or a signal)")
        elif code not in expect["exit"]:
            problems.append(f"exit status {code}, expected {'|'.join(map(str, sorted(expect['exit'])))}")
        if code in (1, 2) and not re.search(r"(^|\n)[^\n]*\berror: ", stderr):
            problems.append("failed without an 'error:' diagnostic")
        for pattern in expect["stderr"]:
            if not re.search(pattern, stderr):
                problems.append(f"no diagnostic matching /{pattern}/")
        for pattern in expect["stderr-lacks"]:
            if re.search(pattern, stderr):
                problems.append(f"a diagnostic matches /{pattern}/")
        if CANARY in stderr:
            problems.append("a message quotes the file outside the site")
        if re.search(r"[\x00-\x08\x0b-\x1f\x7f]", stderr):
            problems.append("a message holds a raw control character")
        if max((len(line) for line in stderr.splitlines()), default=0) > 2000:
            problems.append("a message line is longer than 2000 characters")
        for path in writes:
            if not allowed_write(path, output):
                problems.append(f"wrote outside the output: {path}")
        check_outputs(output, work, problems)
        for item in expect["output-lacks"]:
            for path in output_files(output, work):
                if item.encode() in path.read_bytes():
                    problems.append(f"{path.relative_to(output)} holds '{item}'")
        for item in expect["output-has"]:
            file, _, needle = item.partition(" ")
            target = output / file
            if not target.is_file() or needle.encode() not in target.read_bytes():
                problems.append(f"{file} does not hold '{needle}'")
        for name in expect["absent"]:
            if os.path.lexists(work / name):
                problems.append(f"{name} exists")
        for name in expect["present"]:
            if not (work / name).exists():
                problems.append(f"{name} is gone")
        return problems, code


def main():
    plansite = os.path.abspath(sys.argv[1])
    chosen = set(sys.argv[2:])
    cases = sorted(p for p in HERE.iterdir() if (p / "expect").exists() and (not chosen or p.name in chosen))
    unknown = set(KNOWN_OPEN) - {p.name for p in HERE.iterdir()}
    if unknown:
        raise SystemExit(f"KNOWN_OPEN names no case: {', '.join(sorted(unknown))}")
    failed, fixed = [], []
    for case in cases:
        problems, code = run_case(plansite, case)
        if case.name in KNOWN_OPEN:
            if problems:
                print(f"open  {case.name}: {KNOWN_OPEN[case.name]} ({problems[0]})")
            else:
                print(f"FIXED {case.name}: passes now; remove it from KNOWN_OPEN")
                fixed.append(case.name)
        elif problems:
            print(f"FAIL  {case.name} (exit {code}):")
            for problem in problems:
                print(f"        {problem}")
            failed.append(case.name)
        else:
            print(f"ok    {case.name} (exit {code})")
    print(f"{len(cases)} cases: {len(cases) - len(failed) - len(fixed)} as expected, "
          f"{len(failed)} failed, {len(fixed)} known-open cases now pass"
          + ("" if shutil.which("strace") else "; strace not found, writes not checked"))
    return 1 if failed or fixed else 0


if __name__ == "__main__":
    sys.exit(main())
