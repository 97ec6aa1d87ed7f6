#!/usr/bin/env bash
# Builds the sample site (the Phú Thịnh portal) and runs one browser test on
# it: tests/browser/NAME.js PUBLIC_DIR SCREENSHOT_DIR.
#   charts  every page that draws a chart, in Chromium (tests/browser/charts.js).
#           The example sites have no reports, so no charts: chart_view_test.cc
#           checks that they get no chart script either.
#   embed   the embeddable summaries framed by a page of another origin
#           (tests/browser/embed.js).
# Usage: browser_on_sample.sh NAME PLANSITE_BINARY SCREENSHOT_DIR
set -euo pipefail
name=$1
plansite=$2
shots=$3
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$plansite" build --source "$top" --output "$work/phu-thinh" > /dev/null
rm -rf "$shots"
cd "$top"
node "tests/browser/$name.js" "$work/phu-thinh" "$shots"
