#!/usr/bin/env bash
# Kills `plansite publish` (with everything it started: the build, rclone)
# with SIGKILL at random moments. To a local web root: after every kill the
# web root serves one complete release, the previous or the new one, never a
# mix. An rclone remote has no releases: it is sent a file at a time, so a
# killed publish leaves it part old, part new (docs/format-reference.md,
# "Publishing"), but each file is uploaded beside the site and moved into
# place, so the test checks after every kill that each file on the remote is
# byte for byte the old site's or the new one's (never cut short: rclone 1.60
# alone writes files in place over SFTP), and that the next publish completes
# it. Either way the next publish succeeds and leaves exactly the new site.
set -euo pipefail
plansite=$1
top=$(cd "$(dirname "$0")/.." && pwd)
here="$top/tests/publish"
. "$here/test_helpers.sh"
work=$(mktemp -d)
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

tree_hash() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16); }
# Runs a publish in its own process group and kills the whole group after $1 seconds.
publish_killed_after() {
  local delay=$1
  shift
  setsid "$plansite" publish "$@" > /dev/null 2>&1 &
  local pid=$!
  sleep "$delay"
  kill -9 -- "-$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
}

copy_sample_site "$work/a"
copy_sample_site "$work/b"
change_one_report "$work/b" 91
"$plansite" build --source "$work/a" --output "$work/out-a" > /dev/null
"$plansite" build --source "$work/b" --output "$work/out-b" > /dev/null
hash_a=$(tree_hash "$work/out-a")
hash_b=$(tree_hash "$work/out-b")
[ "$hash_a" != "$hash_b" ] || fail "the two versions must differ"

echo "== a local web root: the previous release or the new one, never a mix"
web="$work/www/xa"
"$plansite" publish --source "$work/a" --to "dir:$web" > /dev/null
[ "$(tree_hash "$web/")" = "$hash_a" ] || fail "a publish does not serve what a build writes"
start=$(date +%s%N)
"$plansite" publish --source "$work/b" --to "dir:$web" > /dev/null
took_ms=$((($(date +%s%N) - start) / 1000000))
kept=0
switched=0
for i in $(seq 1 24); do
  if [ $((i % 2)) -eq 0 ]; then src="$work/b"; else src="$work/a"; fi
  before=$(tree_hash "$web/")
  # Anywhere in a publish: its build, its copy, its switch.
  publish_killed_after "$(python3 -c "import random; print(random.uniform(0, $took_ms / 1000 * 1.2))")" \
    --source "$src" --to "dir:$web"
  now=$(tree_hash "$web/")
  if [ "$now" = "$hash_a" ] || [ "$now" = "$hash_b" ]; then
    if [ "$now" = "$before" ]; then kept=$((kept + 1)); else switched=$((switched + 1)); fi
  else
    fail "after kill $i the web root serves neither the previous site nor the new one"
  fi
done
"$plansite" publish --source "$work/b" --to "dir:$web" > /dev/null || fail "the publish after the kills failed"
[ "$(tree_hash "$web/")" = "$hash_b" ] || fail "the publish after the kills does not serve the new site"
# A publish with nothing to send (the site is live already) still clears what
# a killed one left.
mkdir "$web.releases/.2026-01-01T000000Z-000000000000.partial-test"
ln -s nowhere "$work/www/.xa.plansite-switch"
"$plansite" publish --source "$work/b" --to "dir:$web" | grep -q "nothing to do" || fail "the site should be live already"
leftovers=$(find "$work/www" -name '*partial*' -o -name '*plansite-switch*')
[ -z "$leftovers" ] || fail "a killed publish left $leftovers behind"
echo "  24 publishes killed: $kept left the previous release live, $switched had switched to the new one"

echo "== an rclone remote: every file old or new, never cut short; the next publish completes"
serve_sftp_loopback
"$plansite" publish --source "$work/a" --to loopback:site > /dev/null || fail "the first publish to the remote failed"
# Slowed down, so that most kills land in the middle of a file's upload.
export RCLONE_BWLIMIT=150k
start=$(date +%s%N)
"$plansite" publish --source "$work/b" --to loopback:site > /dev/null || fail "the second publish to the remote failed"
took_ms=$((($(date +%s%N) - start) / 1000000))
mixed=0
for i in $(seq 1 8); do
  if [ $((i % 2)) -eq 0 ]; then src="$work/b"; else src="$work/a"; fi
  publish_killed_after "$(python3 -c "import random; print(random.uniform(0, $took_ms / 1000 * 1.2))")" \
    --source "$src" --to loopback:site
  state=$(python3 "$here/whole_files.py" "$work/remote/site" "$work/out-a" "$work/out-b") ||
    fail "after kill $i: $state"
  if [ "$state" = mixed ]; then mixed=$((mixed + 1)); fi
done
unset RCLONE_BWLIMIT
"$plansite" publish --source "$work/b" --to loopback:site > "$work/last.log" 2>&1 ||
  { cat "$work/last.log"; fail "the publish after the kills failed"; }
rclone check --checksum "$work/out-b" loopback:site > "$work/check.log" 2>&1 ||
  { cat "$work/check.log"; fail "after the kills and one more publish the remote differs from the new site"; }
[ -z "$(find "$work/remote/.plansite-upload" -type f 2> /dev/null)" ] ||
  fail "the publish after the kills left files in the staging folder"
echo "  8 publishes killed, each left every file whole ($mixed a mix of old and new files);" \
  "the next publish left exactly the new site"
echo "ok"
