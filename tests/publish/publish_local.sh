#!/usr/bin/env bash
# `plansite publish` to a local web root served by Debian's nginx, run as the
# current user on a free port of 127.0.0.1 with a private configuration whose
# root is the web root plansite switches. Checks over HTTP that readers get
# the new release after a publish and the previous one after --rollback, that
# only `keep` releases stay, that a dry run and a publish of broken content
# change nothing, and that a web root that is a real folder is refused.
set -euo pipefail
plansite=$1
top=$(cd "$(dirname "$0")/../.." && pwd)
here="$top/tests/publish"
. "$here/test_helpers.sh"
work=$(mktemp -d)
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

nginx=$(command -v nginx || echo /usr/sbin/nginx)
port=$(free_port)
mkdir -p "$work/nginx/temp" "$work/www"
# Run as root (CI), nginx would hand requests to 'nobody', who cannot enter
# the test's private folder: the workers stay the current user.
user_line=
if [ "$(id -u)" -eq 0 ]; then user_line="user root;"; fi
cat > "$work/nginx/nginx.conf" << EOF
$user_line
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $work/nginx/temp/body;
  proxy_temp_path $work/nginx/temp/proxy;
  fastcgi_temp_path $work/nginx/temp/fastcgi;
  uwsgi_temp_path $work/nginx/temp/uwsgi;
  scgi_temp_path $work/nginx/temp/scgi;
  server {
    listen 127.0.0.1:$port;
    root $work/www/xa;
  }
}
EOF
"$nginx" -p "$work/nginx" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" &
server=$!
wait_for_port "$port"

# The page the changed report shows on, and the home page, over HTTP.
page=ke-hoach/chuyen-doi-so-2026-2030/index.html
fetch() {
  python3 -c "import sys, urllib.request; sys.stdout.buffer.write(urllib.request.urlopen(sys.argv[1]).read())" \
    "http://127.0.0.1:$port/$1"
}
serves() {  # nginx serves the pages of the build in $1
  for path in index.html "$page"; do
    fetch "$path" | cmp -s - "$1/$path" || return 1
  done
}
releases() { find "$work/www/xa.releases" -mindepth 1 -maxdepth 1 -type d -not -name '.*' | wc -l; }

copy_sample_site "$work/src"
cat >> "$work/src/site.yaml" << EOF
publish:
  - name: web
    dir: $work/www/xa
    keep: 2
EOF

echo "== a web root that is a real folder is refused and left as it was"
mkdir -p "$work/www/real" && echo "the commune's old site" > "$work/www/real/index.html"
status=0
"$plansite" publish --source "$work/src" --to "dir:$work/www/real" > "$work/real.log" 2>&1 || status=$?
[ "$status" -eq 1 ] || fail "publishing over a real folder exited $status"
grep -q "is a real folder" "$work/real.log" && grep -q "hint: " "$work/real.log" || fail "$(cat "$work/real.log")"
[ "$(cat "$work/www/real/index.html")" = "the commune's old site" ] && [ ! -L "$work/www/real" ] ||
  fail "the real folder was changed"

echo "== a publish switches nginx's root to the new release"
"$plansite" build --source "$work/src" --output "$work/out1" > /dev/null
"$plansite" publish --source "$work/src" > "$work/first.log" 2>&1 || { cat "$work/first.log"; fail "the first publish failed"; }
[ -L "$work/www/xa" ] || fail "the web root is not a link"
serves "$work/out1" || fail "nginx does not serve the first release"
change_one_report "$work/src" 91
"$plansite" build --source "$work/src" --output "$work/out2" > /dev/null
cmp -s "$work/out1/$page" "$work/out2/$page" && fail "the report change does not show on $page"
"$plansite" publish --source "$work/src" --to web > "$work/second.log" 2>&1 || { cat "$work/second.log"; fail "the second publish failed"; }
serves "$work/out2" || fail "nginx does not serve the second release"
[ "$(releases)" -eq 2 ] || fail "$(releases) releases, expected 2"

echo "== --rollback switches back to the previous release"
"$plansite" publish --source "$work/src" --rollback > "$work/rollback.log" 2>&1 || { cat "$work/rollback.log"; fail "rollback failed"; }
grep -q "^rolled back 'web'" "$work/rollback.log" || fail "$(cat "$work/rollback.log")"
serves "$work/out1" || fail "nginx does not serve the previous release after the rollback"
status=0
"$plansite" publish --source "$work/src" --rollback > "$work/rollback2.log" 2>&1 || status=$?
[ "$status" -eq 1 ] && grep -q "no release older than" "$work/rollback2.log" || fail "a rollback past the oldest release: $(cat "$work/rollback2.log")"
serves "$work/out1" || fail "a failed rollback changed the site"

echo "== publishing again brings the new release back; keep: 2 prunes the oldest"
"$plansite" publish --source "$work/src" > "$work/third.log" 2>&1 || { cat "$work/third.log"; fail "the third publish failed"; }
serves "$work/out2" || fail "nginx does not serve the republished release"
previous=$(basename "$(readlink "$work/www/xa")")
change_one_report "$work/src" 93
"$plansite" build --source "$work/src" --output "$work/out3" > /dev/null
"$plansite" publish --source "$work/src" > "$work/fourth.log" 2>&1 || { cat "$work/fourth.log"; fail "the fourth publish failed"; }
serves "$work/out3" || fail "nginx does not serve the fourth release"
[ "$(releases)" -eq 2 ] || fail "$(releases) releases kept, keep is 2"
[ -d "$work/www/xa.releases/$previous" ] || fail "the release before the live one was pruned"
"$plansite" publish --source "$work/src" > "$work/same.log" 2>&1 || fail "publishing the same site failed"
grep -q "already serves this site" "$work/same.log" || fail "the same site was published again: $(cat "$work/same.log")"

echo "== a dry run and a publish of broken content change nothing"
before=$(python3 "$here/tree_digest.py" "$work/www")
change_one_report "$work/src" 94
"$plansite" publish --source "$work/src" --dry-run > "$work/dry.log" 2>&1 || fail "the dry run failed"
grep -q "would write release" "$work/dry.log" || fail "$(cat "$work/dry.log")"
[ "$(python3 "$here/tree_digest.py" "$work/www")" = "$before" ] || fail "the dry run changed the web root"
break_content "$work/src"
status=0
"$plansite" publish --source "$work/src" > "$work/broken.log" 2>&1 || status=$?
[ "$status" -eq 1 ] && grep -q "nothing was published" "$work/broken.log" || { cat "$work/broken.log"; fail "broken content: exit $status"; }
[ "$(python3 "$here/tree_digest.py" "$work/www")" = "$before" ] || fail "a failed publish changed the web root"
serves "$work/out3" || fail "nginx no longer serves the live release"
echo "ok"
