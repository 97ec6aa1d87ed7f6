#!/usr/bin/env bash
# Builds the sample site, serves it over HTTP on 127.0.0.1 (python3 -m
# http.server on a free port) and checks the search pages in headless Chromium
# (tests/browser/search_site.js).
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
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do
  if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2> /dev/null; then break; fi
  sleep 0.1
done
cd "$top"
node tests/browser/search_site.js "$work/site" "http://127.0.0.1:$port"
