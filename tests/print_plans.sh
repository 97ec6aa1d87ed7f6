#!/usr/bin/env bash
# Prints every plan page of every sample and example site with `plansite build
# --pdf` and checks each PDF against the rules for documents as issued
# (tests/print/check_pdf.py, expectations in tests/print/expected.json), and a
# long annex (tests/print/check_annex.py).
# Page 1 and the last page of each PDF are rendered to PNG in ARTIFACTS_DIR for
# a person to look at. Also checks that two builds give byte-identical PDFs,
# and that --pdf without Chromium is a clear error.
# Usage: tests/print_plans.sh PLANSITE ARTIFACTS_DIR
set -euo pipefail
plansite=$1
artifacts=$2
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
expected="$top/tests/print/expected.json"
rm -rf "$artifacts"
mkdir -p "$artifacts"

status=0
checked=0
for site in phu-thinh:. dan-tien:examples/dan-tien vi-du:examples/vi-du; do
  name=${site%%:*}
  "$plansite" build --pdf --source "$top/${site#*:}" --output "$work/$name" > /dev/null
  # Every plan page in every language has its PDF, and each is expected.
  pages=$(cd "$work/$name" && find . -path './ke-hoach/*/index.html' -o -path './*/plans/*/index.html' | wc -l)
  pdfs=$(cd "$work/$name" && find . -name '*.pdf' | sort)
  if [ "$(printf '%s\n' "$pdfs" | grep -c .)" != "$pages" ]; then
    echo "FAIL $name: $pages plan pages but these PDFs: $pdfs"
    status=1
  fi
  for pdf in $pdfs; do
    key="$name/${pdf#./}"
    if ! python3 "$top/tests/print/check_pdf.py" "$work/$name/$pdf" "$expected" "$key"; then status=1; fi
    png="$artifacts/$(echo "${key%.pdf}" | tr / _)"
    last=$(pdfinfo "$work/$name/$pdf" | awk '/^Pages:/ {print $2}')
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/$name/$pdf" "$png-page1"
    pdftoppm -png -r 60 -f "$last" -l "$last" -singlefile "$work/$name/$pdf" "$png-last"
    checked=$((checked + 1))
  done
done
# Every expectation was met by a PDF (none silently skipped).
expected_count=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))))' "$expected")
if [ "$checked" != "$expected_count" ]; then
  echo "FAIL: $checked PDFs checked, $expected_count expected"
  status=1
fi

# An annex longer than a page repeats its header row and never splits a row.
python3 "$top/tests/print/check_annex.py" "$plansite" "$top/examples/vi-du" "$work" || status=1

# Deterministic: a second build gives the same bytes.
"$plansite" build --pdf --source "$top/examples/vi-du" --output "$work/again" > /dev/null
for pdf in $(cd "$work/vi-du" && find . -name '*.pdf'); do
  cmp -s "$work/vi-du/$pdf" "$work/again/$pdf" || { echo "FAIL: $pdf differs between two builds"; status=1; }
done

# Without Chromium, --pdf is an error that says what to do, and nothing is written.
if PLANSITE_CHROMIUM=/nonexistent "$plansite" build --pdf --source "$top/examples/vi-du" --output "$work/none" \
    > "$work/out" 2>&1; then
  echo "FAIL: --pdf without Chromium succeeded"; status=1
fi
grep -q "error: --pdf prints with Chromium, and none was found" "$work/out" || { echo "FAIL: no clear message:"; cat "$work/out"; status=1; }
[ ! -e "$work/none" ] || { echo "FAIL: output written without Chromium"; status=1; }

echo "$checked PDFs checked; pictures of page 1 and the last page in $artifacts"
exit $status
