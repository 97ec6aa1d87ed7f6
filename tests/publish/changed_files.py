#!/usr/bin/env python3
"""Compares two builds of a site: prints how many files of the second are new
or different, how many of the first are gone, and how many files the second has."""
import os
import sys


def tree(root):
    files = {}
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, root)] = f.read()
    return files


before, after = tree(sys.argv[1]), tree(sys.argv[2])
changed = [p for p in after if before.get(p) != after[p]]
gone = [p for p in before if p not in after]
print(len(changed), len(gone), len(after))
