#!/usr/bin/env bash
# Builds the sample site, whose links are relative to each page, and opens it
# in headless Chromium (tests/browser/relative_site.js) from file:// and over
# HTTP under a sub-path of a portal (/cong-thong-tin/ke-hoach-xa/, served by
# python3 -m http.server on a free loopback port), neither of which base_url
# names.
set -euo pipefail
plansite=$1
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
"$plansite" build --source "$top" --output "$work/site" > /dev/null
mkdir -p "$work/portal/cong-thong-tin"
cp -r "$work/site" "$work/portal/cong-thong-tin/ke-hoach-xa"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/portal" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do
  if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/cong-thong-tin/ke-hoach-xa/')" 2> /dev/null; then break; fi
  sleep 0.1
done
cd "$top"
node tests/browser/relative_site.js "$work/site" "http://127.0.0.1:$port/cong-thong-tin/ke-hoach-xa/"
