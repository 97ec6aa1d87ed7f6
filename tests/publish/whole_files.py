#!/usr/bin/env python3
"""Whether every file of a remote's folder is byte for byte one site's or the
other's, at the same path: a publish stopped at any moment may leave a mix of
old and new files, never a file cut short or a file of neither site.
Prints "mixed" (files of both sites), or "whole" (one site's files, and those
the two share); exits 1, naming the file, when one is neither.
Usage: whole_files.py REMOTE_FOLDER OLD_SITE NEW_SITE
"""
import filecmp
import os
import sys


def main(remote, old, new):
    kinds = set()
    for folder, _, files in os.walk(remote):
        for name in files:
            relative = os.path.relpath(os.path.join(folder, name), remote)
            here = os.path.join(remote, relative)
            same = [site for site in (old, new) if os.path.isfile(os.path.join(site, relative)) and
                    filecmp.cmp(here, os.path.join(site, relative), shallow=False)]
            if not same:
                print(f"{relative} ({os.path.getsize(here)} bytes) is neither the old site's nor the new one's: "
                      "cut short, or a stray file")
                return 1
            if len(same) == 1:
                kinds.add(same[0])
    print("mixed" if len(kinds) == 2 else "whole")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
