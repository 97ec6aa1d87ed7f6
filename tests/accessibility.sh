#!/usr/bin/env bash
# Builds the sample and example sites and audits every page in Chromium (tests/browser/audit_site.js).
set -euo pipefail
plansite=$1
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$plansite" build --source "$top" --output "$work/phu-thinh" > /dev/null
"$plansite" build --source "$top/examples/dan-tien" --output "$work/dan-tien" > /dev/null
"$plansite" build --source "$top/examples/vi-du" --output "$work/vi-du" > /dev/null
cd "$top"
node tests/browser/audit_site.js "$work/phu-thinh"
node tests/browser/audit_site.js "$work/dan-tien"
node tests/browser/audit_site.js "$work/vi-du"
