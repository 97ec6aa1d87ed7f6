#!/usr/bin/env python3
"""Prints one SHA-256 over every path, file's bytes and link's target under a
folder, links not followed, so two digests are equal only if nothing changed."""
import hashlib
import os
import sys

root = sys.argv[1]
digest = hashlib.sha256()
for folder, dirs, files in os.walk(root):
    dirs.sort()
    for name in sorted(dirs + files):
        path = os.path.join(folder, name)
        digest.update(os.path.relpath(path, root).encode() + b"\0")
        if os.path.islink(path):
            digest.update(b"link\0" + os.readlink(path).encode() + b"\0")
        elif os.path.isfile(path):
            with open(path, "rb") as f:
                digest.update(b"file\0" + f.read() + b"\0")
print(digest.hexdigest())
