#!/usr/bin/env bash
# Builds the sample and example sites and lays every page out on a 360 px
# phone in Chromium (tests/browser/phone_layout.js): no sideways scroll, tap
# targets of 24×24 px, the document header clear of the site bar. Screenshots
# of the sample site's main pages go to SCREENSHOT_DIR.
# Usage: phone_layout.sh PLANSITE_BINARY SCREENSHOT_DIR
set -euo pipefail
plansite=$1
shots=$2
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$plansite" build --source "$top" --output "$work/phu-thinh" > /dev/null
"$plansite" build --source "$top/examples/dan-tien" --output "$work/dan-tien" > /dev/null
"$plansite" build --source "$top/examples/vi-du" --output "$work/vi-du" > /dev/null
# Only this test's own screenshots: the chart test (tests/browser_on_sample.sh charts) keeps its own in "$shots/charts".
mkdir -p "$shots"
rm -f "$shots"/*.png
cd "$top"
status=0
node tests/browser/phone_layout.js "$work/phu-thinh" "$shots" || status=1
node tests/browser/phone_layout.js "$work/dan-tien" || status=1
node tests/browser/phone_layout.js "$work/vi-du" || status=1
exit $status
