#!/usr/bin/env bash
# Runs plansite under strace and checks every write it makes: a build writes
# only into its output, its staging folder and its lock; a build refused for
# its output, or for content linking out of the site, writes nothing and
# never opens the file the links lead to; a publish writes only into its
# private temporary folder and the web root's link, releases and lock.
# Skipped (exit 77) where strace is missing or may not trace.
set -euo pipefail
plansite=$1
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/tests/publish/test_helpers.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! command -v strace > /dev/null || ! strace -qq -o /dev/null true 2> /dev/null; then
  echo "skipped: strace is missing or may not trace here"
  exit 77
fi

traced() {  # $1: a name for the trace; the rest: plansite's arguments
  local name=$1
  shift
  rm -f "$work/trace-$name".*
  strace -ff -qq -o "$work/trace-$name" -e trace=openat,open,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,rmdir,symlink,symlinkat,link,linkat,chmod,fchmodat,truncate \
    "$plansite" "$@"
}
check() { python3 "$top/tests/contained_writes.py" "$work/trace-$1" "${@:2}" || fail "$1: see above"; }

copy_sample_site "$work/src"
mkdir -p "$work/out"
out="$work/out/public"

echo "== a build, and a second one that replaces the first"
traced first build --source "$work/src" --output "$out" > /dev/null
check first --allow "$out" "$work/out/.public.plansite-"
traced second build --source "$work/src" --output "$out" > /dev/null
check second --allow "$out" "$work/out/.public.plansite-"

echo "== a build refused for its output writes nothing, not even a lock"
mkdir -p "$work/theirs" && echo "someone else's" > "$work/theirs/index.html"
traced theirs build --source "$work/src" --output "$work/theirs" > /dev/null 2>&1 && fail "building over a folder not ours succeeded"
check theirs --allow
[ ! -e "$work/.theirs.plansite-lock" ] || fail "a lock was left beside a refused output"

echo "== content linking out of the site: refused, the target never opened, nothing written"
secret="$work/secret/passwords.md"
mkdir -p "$work/secret" && echo "mat-khau-bi-mat" > "$secret"
cp -r "$work/src" "$work/linked"
body=$(find "$work/linked/content/plans" -name body.vi.md | head -1)
rm "$body" && ln -s "$secret" "$body"
status=0
traced linked build --source "$work/linked" --output "$work/out/linked" > /dev/null 2> "$work/linked.log" || status=$?
[ "$status" -eq 1 ] || { cat "$work/linked.log"; fail "a body linked out of the site exited $status"; }
grep -q "is a link to a file outside the site folder ($secret)" "$work/linked.log" || { cat "$work/linked.log"; fail "no word of the link"; }
check linked --allow --forbid "$secret"

echo "== a publish to a local web root"
mkdir -p "$work/www"
tmp="${TMPDIR:-/tmp}"
traced publish publish --source "$work/src" --to "dir:$work/www/xa" > /dev/null
check publish --allow "$tmp/plansite-publish-" "$work/www/xa" "$work/www/xa.releases" "$work/www/.xa.plansite-switch"
echo "== a link planted at the web root's lock is not followed"
rm "$work/www/xa.releases/.plansite-lock"
ln -s "$work/planted-target" "$work/www/xa.releases/.plansite-lock"
cp -r "$work/src" "$work/src2" && echo "Thêm." >> "$(find "$work/src2/content/plans" -name body.vi.md | head -1)"
status=0
"$plansite" publish --source "$work/src2" --to "dir:$work/www/xa" > "$work/planted.log" 2>&1 || status=$?
[ "$status" -eq 1 ] || { cat "$work/planted.log"; fail "a publish through a planted lock link exited $status"; }
grep -q "cannot lock" "$work/planted.log" || { cat "$work/planted.log"; fail "no word of the lock"; }
[ ! -e "$work/planted-target" ] || fail "the planted link was followed"
echo "ok"
