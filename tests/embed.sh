#!/usr/bin/env bash
# Builds the sample site and frames its embeddable summaries from a page of
# another origin in Chromium (tests/browser/embed.js). Screenshots of the
# host page go to SCREENSHOT_DIR.
# Usage: embed.sh PLANSITE_BINARY SCREENSHOT_DIR
set -euo pipefail
plansite=$1
shots=$2
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$plansite" build --source "$top" --output "$work/phu-thinh" > /dev/null
rm -rf "$shots"
cd "$top"
node tests/browser/embed.js "$work/phu-thinh" "$shots"
