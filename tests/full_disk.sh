#!/usr/bin/env bash
# A build and a publish onto a file system that fills up half-way: each time
# the output and the published web root hold the previous complete site, the
# failure is named, no staging or partial folder is left, and once there is
# room again the next run succeeds. The full file system is a small tmpfs,
# filled to a different level for each try so that the space runs out at a
# different file each time. Mounting needs root (CI runs as root); elsewhere
# the test is skipped (exit 77), saying why.
set -euo pipefail
plansite=$1
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/tests/publish/test_helpers.sh"
work=$(mktemp -d)
disk="$work/disk"
mkdir -p "$disk"
cleanup() {
  umount "$disk" 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
if ! mount -t tmpfs -o size=16m plansite-full-disk "$disk" 2> "$work/mount.log"; then
  echo "skipped: cannot mount a small tmpfs here ($(cat "$work/mount.log")); run as root to test a full disk"
  exit 77
fi

tree_hash() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16); }
free_kb() { df -k --output=avail "$disk" | tail -1 | tr -d ' '; }
# Fills the disk so that only $1 KB are left.
leave_free() {
  rm -f "$disk/filler"
  local fill=$(($(free_kb) - $1))
  if [ "$fill" -gt 0 ]; then head -c "$((fill * 1024))" /dev/zero > "$disk/filler"; fi
}
no_leftovers() {  # nothing but the output, the web root, its releases and the locks
  local extra
  extra=$(find "$disk" -mindepth 1 -maxdepth 3 \( -name '*staging*' -o -name '*partial*' \) -print)
  [ -z "$extra" ] || fail "left behind: $extra"
}

copy_sample_site "$work/a"
copy_sample_site "$work/b"
change_one_report "$work/b" 91
out="$disk/public"
"$plansite" build --source "$work/a" --output "$out" > /dev/null
hash_a=$(tree_hash "$out")
site_kb=$(du -sk "$out" | cut -f1)

echo "== a build that runs out of space leaves the previous site and says so"
failed=0
for left in 0 64 256 $((site_kb / 4)) $((site_kb / 2)) $((site_kb * 3 / 4)) $((site_kb - 64)); do
  # Without the page record the build makes every page, needing room for the
  # whole site; with it, unchanged pages are hard-linked and take no room.
  rm -f "$disk/.public.plansite-pages"
  leave_free "$left"
  status=0
  "$plansite" build --source "$work/b" --output "$out" > /dev/null 2> "$work/build.log" || status=$?
  [ "$status" -eq 1 ] || { cat "$work/build.log"; fail "a build with $left KB free exited $status"; }
  grep -q "No space left on device" "$work/build.log" || { cat "$work/build.log"; fail "no word of the full disk"; }
  [ "$(tree_hash "$out")" = "$hash_a" ] || fail "with $left KB free the output is no longer the previous site"
  no_leftovers
  failed=$((failed + 1))
done
rm -f "$disk/filler"
"$plansite" build --source "$work/b" --output "$out" > /dev/null || fail "the build with room again failed"
hash_b=$(tree_hash "$out")
[ "$hash_b" != "$hash_a" ] || fail "the new site is not in the output"
no_leftovers
echo "  $failed builds ran out of space, each leaving the previous site; with room, the next one succeeded"

echo "== a publish that runs out of space leaves the web root on the previous release"
rm -rf "$out"
web="$disk/www/xa"
"$plansite" publish --source "$work/a" --to "dir:$web" > /dev/null || fail "the first publish failed"
live=$(tree_hash "$web/")
failed=0
for left in 0 64 $((site_kb / 3)) $((site_kb * 2 / 3)) $((site_kb - 64)); do
  leave_free "$left"
  status=0
  "$plansite" publish --source "$work/b" --to "dir:$web" > "$work/publish.log" 2>&1 || status=$?
  [ "$status" -eq 1 ] || { cat "$work/publish.log"; fail "a publish with $left KB free exited $status"; }
  grep -q "No space left on device; .* still serves the previous release" "$work/publish.log" ||
    { cat "$work/publish.log"; fail "no word of the failure"; }
  [ "$(tree_hash "$web/")" = "$live" ] || fail "with $left KB free the web root is no longer the previous release"
  no_leftovers
  failed=$((failed + 1))
done
rm -f "$disk/filler"
"$plansite" publish --source "$work/b" --to "dir:$web" > /dev/null || fail "the publish with room again failed"
[ "$(tree_hash "$web/")" != "$live" ] || fail "the new release is not live"
no_leftovers
echo "  $failed publishes ran out of space, each leaving the previous release live; with room, the next one succeeded"
echo "ok"
