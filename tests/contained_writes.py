"""Reads strace -ff logs of one plansite run and fails, listing them, on any
write (an open for writing or creating, mkdir, rename, unlink, rmdir, link,
symlink, chmod, truncate) outside the allowed places, and on any successful
open of a forbidden file. Paths are taken as written; plansite uses absolute ones.

usage: contained_writes.py TRACE_PREFIX --allow PLACE... [--forbid PATH...]
"""
import argparse
import glob
import re
import sys

WRITING_CALLS = {"creat", "mkdir", "mkdirat", "rename", "renameat", "renameat2", "unlink", "unlinkat", "rmdir",
                 "link", "linkat", "symlink", "symlinkat", "chmod", "fchmodat", "truncate"}
CALL = re.compile(r'^(\w+)\((.*)\)\s+=\s+(-?\d+|\?)')
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')

parser = argparse.ArgumentParser()
parser.add_argument("prefix")
parser.add_argument("--allow", nargs="*", default=[])
parser.add_argument("--forbid", nargs="*", default=[])
args = parser.parse_args()

FOLDER_ARG = re.compile(r'^(AT_FDCWD|\d+), "((?:[^"\\]|\\.)*)"')


def resolve(folders, arguments):
    """The path of an *at() call's first (folder, name) pair, made absolute from the folder's descriptor."""
    m = FOLDER_ARG.match(arguments)
    if not m or m.group(2).startswith("/") or m.group(1) == "AT_FDCWD":
        return None
    return folders.get(m.group(1), "?") + "/" + m.group(2)


def allowed(path, place):
    """An allowed place ending in '/' or '-' is a prefix (a folder's contents, staging-XXXXXX); any
    other is that path itself and what is inside it."""
    if place.endswith(("/", "-")):
        return path.startswith(place)
    return path == place or path.startswith(place + "/")


problems, writes = [], 0
for log in glob.glob(args.prefix + ".*"):
    folders = {}  # descriptor -> the path it was opened with; std::filesystem::remove_all works from these
    for line in open(log, encoding="utf-8", errors="replace"):
        m = CALL.match(line)
        if not m:
            continue
        call, arguments, result = m.groups()
        paths = QUOTED.findall(arguments)
        if call.endswith("at") and (absolute := resolve(folders, arguments)):
            paths[0] = absolute
        if call in ("open", "openat") and paths and not result.startswith("-"):
            folders[result] = paths[0]
        if call in ("open", "openat"):
            if any(p in args.forbid for p in paths) and not result.startswith("-"):
                problems.append("opened a forbidden file: " + line.strip())
            if not re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC", arguments):
                continue
        elif call not in WRITING_CALLS:
            continue
        if call == "symlink" or call == "symlinkat":
            paths = paths[1:]  # the link's content is not written to
        for path in paths:
            writes += 1
            if not path.startswith("/"):
                problems.append("a write to a relative path: " + line.strip())
            elif not any(allowed(path, a) for a in args.allow):
                problems.append("a write outside the allowed places: " + line.strip())

if problems:
    print("\n".join(problems[:40]))
    sys.exit(1)
print(f"  {writes} writes, all inside " + (", ".join(args.allow) or "nothing"))
