#!/usr/bin/env bash
# Builds the sample site and opens every page that draws a chart
# in Chromium (tests/browser/charts.js): each canvas drawn, no console error or
# Content Security Policy violation, each table the same figures as its chart,
# the table printed and the canvas not. Screenshots of one chart of each kind
# go to SCREENSHOT_DIR.
# Usage: charts.sh PLANSITE_BINARY SCREENSHOT_DIR
set -euo pipefail
plansite=$1
shots=$2
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$plansite" build --source "$top" --output "$work/phu-thinh" > /dev/null
rm -rf "$shots"
cd "$top"
# The example sites have no reports, so no charts: chart_view_test.cc checks
# that they get no chart script either.
node tests/browser/charts.js "$work/phu-thinh" "$shots"
