#!/usr/bin/env bash
# Builds the sample and example sites (and one allowing raw HTML) and checks
# every page with the Nu HTML Checker (vnu.jar from npm, on the machine's
# Java): any error fails; warnings are listed, counted by message, and do not fail.
set -euo pipefail
plansite=$1
top=$(cd "$(dirname "$0")/.." && pwd)
vnu="$top/node_modules/vnu-jar/build/dist/vnu.jar"
[ -f "$vnu" ] || { echo "missing $vnu: run npm ci (scripts/dev.sh test does)" >&2; exit 1; }
command -v java > /dev/null || { echo "no java on the PATH: apt-get install default-jre-headless" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$plansite" build --source "$top" --output "$work/phu-thinh" > /dev/null
"$plansite" build --source "$top/examples/dan-tien" --output "$work/dan-tien" > /dev/null
"$plansite" build --source "$top/examples/vi-du" --output "$work/vi-du" > /dev/null
# A site with site.yaml's `raw_html: allow` and the allowed subset in a plan:
# what the sanitiser keeps must still make valid pages.
cp -r "$top/tests/hostile/base" "$work/raw-html-source"
cp -r "$top/tests/hostile/md-allow-subset/site/." "$work/raw-html-source/"
"$plansite" build --source "$work/raw-html-source" --output "$work/raw-html" > /dev/null
rm -rf "$work/raw-html-source"

pages=$(find "$work" -name '*.html' | wc -l)
# One JVM for every page: a directory argument makes vnu walk it, and
# --skip-non-html leaves the CSS, scripts and search indexes alone.
status=0
java -jar "$vnu" --skip-non-html --format gnu --stdout "$work" > "$work/report.txt" || status=$?
sed -i "s|file:$work/||" "$work/report.txt"

# vnu reads the pages as file: URLs, whose origin is opaque, so it reports the
# site's own stylesheet and script as blocked by the pages' "style-src 'self'"
# and "script-src 'self'": a warning about its own way of reading, not about
# the page (the browser tests check the policy on a real origin).
grep -v ': error:' "$work/report.txt" | sed -E 's/^"[^"]*":[0-9.-]+: //; s/“[^”]*”/“…”/g' \
  | sort | uniq -c | sort -rn | sed 's/^/warning ×/' || true
errors=$(grep -c ': error:' "$work/report.txt" || true)
grep ': error:' "$work/report.txt" || true
echo "$pages pages checked, $errors errors"
if [ "$pages" -eq 0 ] || [ "$errors" -ne 0 ] || [ "$status" -ne 0 ]; then exit 1; fi
