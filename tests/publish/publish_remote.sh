#!/usr/bin/env bash
# `plansite publish` to an rclone remote: `rclone serve sftp` on 127.0.0.1,
# configured through RCLONE_CONFIG_* variables only (no rclone.conf). Checks
# that a first publish leaves the remote equal to the output with every asset
# sent before any page; that after one report changes, a second publish sends
# exactly the files that changed; that files are uploaded beside the site
# (.plansite-upload/) and moved into place, so none is ever written in place;
# that a publish stopped half-way says what it did not send, and run again
# clears what it left beside the site and leaves the remote equal to the output; and
# that a publish of broken content leaves the remote and a local web root
# byte for byte as they were.
set -euo pipefail
plansite=$1
top=$(cd "$(dirname "$0")/../.." && pwd)
here="$top/tests/publish"
. "$here/test_helpers.sh"
work=$(mktemp -d)
server=
publisher=
cleanup() {
  if [ -n "$publisher" ]; then kill "$publisher" 2> /dev/null || true; fi
  if [ -n "$server" ]; then kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

serve_sftp_loopback

remote_equals() {  # the output folder $1 and the remote path $2 hold the same files, by checksum
  rclone check --checksum "$1" "loopback:$2" > "$work/check.log" 2>&1
}

copy_sample_site "$work/src"

echo "== a first publish sends the whole site, assets before pages"
"$plansite" build --source "$work/src" --output "$work/out1" > /dev/null
"$plansite" publish --source "$work/src" --to loopback:site --verbose > "$work/first.log" 2>&1 ||
  { cat "$work/first.log"; fail "the first publish failed"; }
remote_equals "$work/out1" site || { cat "$work/check.log"; fail "the remote differs from the output"; }
grep -q "^published 'loopback:site' to loopback:site: sent" "$work/first.log" || fail "no summary: $(cat "$work/first.log")"
python3 - "$work/first.log" << 'PY'
import sys
sent = [line.split()[1] for line in open(sys.argv[1]) if line.startswith("  sent ")]
pages = [i for i, f in enumerate(sent) if f.endswith((".html", ".xml"))]
assets = [i for i, f in enumerate(sent) if not f.endswith((".html", ".xml"))]
assert pages and assets, "expected both assets and pages in the log"
assert max(assets) < min(pages), "a page was sent before an asset: " + sent[min(pages)]
print(f"  {len(assets)} assets, then {len(pages)} pages")
PY
grep -q "password\|$password" "$work/first.log" && fail "the log shows the password"
[ -z "$(find "$work/remote/.plansite-upload" -type f 2> /dev/null)" ] || fail "files are left in the staging folder"

echo "== after one report changes, a second publish sends exactly the changed files"
change_one_report "$work/src" 91
"$plansite" build --source "$work/src" --output "$work/out2" > /dev/null
read -r changed gone total < <(python3 "$here/changed_files.py" "$work/out1" "$work/out2")
[ "$changed" -gt 0 ] && [ "$changed" -lt $((total / 4)) ] || fail "$changed of $total files changed: not one report's worth"
"$plansite" publish --source "$work/src" --to loopback:site --verbose > "$work/second.log" 2>&1 ||
  { cat "$work/second.log"; fail "the second publish failed"; }
sent=$(grep -c "^  sent " "$work/second.log" || true)
deleted=$(grep -c "^  deleted " "$work/second.log" || true)
echo "  $changed of $total files changed, $gone gone; sent $sent, deleted $deleted"
[ "$sent" -eq "$changed" ] || { cat "$work/second.log"; fail "sent $sent files, $changed changed"; }
[ "$deleted" -eq "$gone" ] || fail "deleted $deleted files, $gone are gone"
grep -q "sent $changed files" "$work/second.log" || fail "the summary does not say $changed files"
remote_equals "$work/out2" site || { cat "$work/check.log"; fail "the remote differs from the output after the second publish"; }

echo "== a dry run sends nothing and says what it would send"
change_one_report "$work/src" 92
"$plansite" publish --source "$work/src" --to loopback:site --dry-run > "$work/dry.log" 2>&1 || fail "the dry run failed"
grep -q "would send" "$work/dry.log" || fail "the dry run does not say what it would send"
grep -q "uploaded into loopback:.plansite-upload/site first, then moved into place" "$work/dry.log" ||
  { cat "$work/dry.log"; fail "the dry run does not say where files are uploaded first"; }
remote_equals "$work/out2" site || fail "the dry run changed the remote"
change_one_report "$work/src" 91

echo "== a publish stopped half-way says what it did not send; run again, it completes"
RCLONE_BWLIMIT=40k "$plansite" publish --source "$work/src" --to loopback:slow > "$work/stopped.log" 2>&1 &
publisher=$!
for _ in $(seq 600); do
  # Files are uploaded beside the site first (.plansite-upload/), then moved into place.
  [ "$(find "$work/remote/slow" "$work/remote/.plansite-upload/slow" -type f 2> /dev/null | wc -l)" -ge 3 ] && break
  sleep 0.1
done
kill -TERM "$publisher"
status=0
wait "$publisher" || status=$?
publisher=
[ "$status" -ne 0 ] || fail "a stopped publish exited 0"
grep -q "stopped at the \(upload\|assets\|pages\) step" "$work/stopped.log" || { cat "$work/stopped.log"; fail "no word of where it stopped"; }
grep -q "not sent, [1-9]" "$work/stopped.log" || { cat "$work/stopped.log"; fail "no list of what was not sent"; }
if remote_equals "$work/out2" slow; then fail "the stopped publish sent everything anyway"; fi
[ -n "$(find "$work/remote/.plansite-upload/slow" -type f 2> /dev/null)" ] ||
  fail "the stopped publish left nothing in the staging folder: were the files not uploaded there first?"
"$plansite" publish --source "$work/src" --to loopback:slow > "$work/resumed.log" 2>&1 ||
  { cat "$work/resumed.log"; fail "the publish run again failed"; }
remote_equals "$work/out2" slow || { cat "$work/check.log"; fail "the remote differs from the output after running publish again"; }
[ ! -e "$work/remote/.plansite-upload" ] || fail "the publish run again did not clear the staging folder"
echo "  $(grep -o 'sent [0-9]* of [0-9]* files' "$work/stopped.log"); the second run completed it"

echo "== a publish of broken content changes no target"
cat >> "$work/src/site.yaml" << EOF2
publish:
  - name: web
    dir: $work/www/xa
  - name: remote
    rclone: loopback:site
EOF2
"$plansite" publish --source "$work/src" --to web > /dev/null 2>&1 || fail "publishing to the web root failed"
before_remote=$(python3 "$here/tree_digest.py" "$work/remote")
before_web=$(python3 "$here/tree_digest.py" "$work/www")
break_content "$work/src"
status=0
"$plansite" publish --source "$work/src" > "$work/broken.log" 2>&1 || status=$?
[ "$status" -eq 1 ] || { cat "$work/broken.log"; fail "publishing broken content exited $status, not 1"; }
grep -q "error: " "$work/broken.log" && grep -q "nothing was published" "$work/broken.log" ||
  { cat "$work/broken.log"; fail "no error and no word that nothing was published"; }
[ "$(python3 "$here/tree_digest.py" "$work/remote")" = "$before_remote" ] || fail "the remote changed"
[ "$(python3 "$here/tree_digest.py" "$work/www")" = "$before_web" ] || fail "the web root changed"
echo "ok"
