#!/usr/bin/env bash
# Runs `plansite serve` on a copy of the sample site (any free loopback port)
# and checks live reload and the error overlay in headless Chromium
# (tests/browser/serve_live.js): the page reloads by itself after a content
# change, shows the errors of a broken change over the last good page, and
# reloads again once they are fixed, with no console error or CSP violation.
# Usage: serve_browser.sh PLANSITE [SCREENSHOT_DIR] (a picture of the overlay goes there).
set -euo pipefail
plansite=$1
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
server=
cleanup() {
  if [ -n "$server" ]; then kill -INT "$server" 2> /dev/null && wait "$server" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir "$work/site"
cp -r "$top/site.yaml" "$top/content" "$work/site/"
"$plansite" serve --source "$work/site" --port 0 > "$work/serve.log" 2>&1 &
server=$!
origin=
for _ in $(seq 600); do
  origin=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" | head -1 || true)
  if [ -n "$origin" ]; then break; fi
  sleep 0.1
done
if [ -z "$origin" ]; then
  echo "plansite serve did not start:" >&2
  cat "$work/serve.log" >&2
  exit 1
fi
cd "$top"
node tests/browser/serve_live.js "$work/site" "$origin" ${2:+"$2"} || { cat "$work/serve.log"; exit 1; }
