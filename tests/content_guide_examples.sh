#!/usr/bin/env bash
# Builds the example site spelled out in each officers' guide, so the guides
# cannot drift from the code. A code block preceded by a line
#   <!-- file: PATH -->
# is the content of PATH in the example site; a later block for the same
# PATH replaces the earlier one (the guide may grow a file step by step).
# A code block preceded by
#   <!-- excerpt: PATH -->
# quotes PATH, a file of the repository (examples/…), and must appear in it
# word for word, so a worked example cannot drift from the site CI builds.
set -euo pipefail
plansite=$1
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for guide in docs/content-format.md docs/content-format.en.md; do
  site="$work/$(basename "$guide" .md)"
  mkdir -p "$site"
  python3 - "$top/$guide" "$site" <<'PY'
import pathlib, re, sys
guide, site = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
lines = guide.read_text(encoding="utf-8").split("\n")
top = guide.parent.parent
files, excerpts, i = {}, 0, 0
while i < len(lines):
    m = re.fullmatch(r"<!-- (file|excerpt): (\S+) -->", lines[i].strip())
    if m and i + 1 < len(lines) and lines[i + 1].startswith("```"):
        j = i + 2
        while not lines[j].startswith("```"):
            j += 1
        block = "\n".join(lines[i + 2:j]) + "\n"
        if m.group(1) == "file":
            files[m.group(2)] = block
        else:
            quoted = (top / m.group(2)).read_text(encoding="utf-8")
            if block not in quoted:
                sys.exit(f"{guide.name}:{i + 1}: the excerpt is not in {m.group(2)} word for word")
            excerpts += 1
        i = j
    i += 1
if not files:
    sys.exit(f"{guide}: no '<!-- file: … -->' examples found")
for path, text in files.items():
    target = site / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
print(f"{guide.name}: {len(files)} example files, {excerpts} excerpts of the example sites")
PY
  # The examples must be clean: no errors and no warnings.
  if ! "$plansite" check --source "$site" > "$work/out" 2>&1 || grep -q "warning:" "$work/out"; then
    echo "FAIL: the examples in $guide do not pass 'plansite check':"
    cat "$work/out"
    exit 1
  fi
  "$plansite" build --source "$site" --output "$work/public-$(basename "$guide" .md)" > /dev/null
  # The guides' example of changing the interface text must show: each string
  # the example's i18n/<language>.yaml sets is on that language's home page.
  python3 - "$site" "$work/public-$(basename "$guide" .md)" <<'PY'
import html, pathlib, re, sys
site, public = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
home = {"vi": "index.html", "en": "en/index.html"}
for language_file in sorted((site / "i18n").glob("*.yaml")):
    page = (public / home[language_file.stem]).read_text(encoding="utf-8")
    for line in language_file.read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(r'([a-z0-9_-]+): "(.*)"', line)
        if m and html.escape(m.group(2), quote=True).replace("&#x27;", "&apos;") not in page:
            sys.exit(f"FAIL: {language_file.name}: {m.group(1)} is not on {home[language_file.stem]}")
PY
  # The guide quotes what `plansite new report` leaves for `check` to point at:
  # the first message, word for word, must be what a fresh report gives.
  "$plansite" new report ky-nang-so-2026-2030 2026-Q3 --source "$site" > /dev/null
  "$plansite" check --source "$site" > "$work/blank" 2>&1 && { echo "FAIL: a blank report passed check"; exit 1; }
  python3 - "$top/$guide" "$work/blank" <<'PY'
import pathlib, sys
guide, blank = (pathlib.Path(p).read_text(encoding="utf-8") for p in sys.argv[1:])
# From the first blank on: the report's date is today's, which a late run may warn about.
lines = blank.splitlines(keepends=True)
at = next((i for i, line in enumerate(lines) if "error: 'value' is blank" in line), None)
first = "".join(lines[at:at + 4]) if at is not None else blank
if at is None or first not in guide:
    sys.exit(f"FAIL: {sys.argv[1]} does not quote 'plansite new report''s first blank as check prints it:\n{first}")
PY
done
echo "ok: both guides' example sites check and build"
