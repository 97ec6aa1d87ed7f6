#!/usr/bin/env bash
# The build's progress line: on a terminal (a pseudo-terminal made by
# script(1)) the build rewrites one line in place while it renders, then wipes
# it and prints what it built and how long it took; through a pipe it prints
# no progress and no carriage returns. PLANSITE_PROGRESS_AFTER_MS=0 shows the
# line at once, as a build longer than a second would.
# Usage: progress_line.sh PLANSITE_BINARY
set -euo pipefail
plansite=$(realpath "$1")
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# On a terminal.
PLANSITE_PROGRESS_AFTER_MS=0 script -qfec "'$plansite' build --source '$top' --output '$work/tty'" /dev/null \
  > "$work/tty.txt" || fail "the build on a terminal failed: $(cat "$work/tty.txt")"
# A fast build may end while the content is still loading.
grep -Eq $'\r\033\\[K(loading the content…|rendering [0-9]+ of [0-9]+ pages)' "$work/tty.txt" ||
  fail "no progress line on a terminal"
grep -q $'\r\033\[Kbuilt [0-9]* files into .* in [0-9]*\.[0-9][0-9] s ([0-9]* pages made, 0 unchanged)' "$work/tty.txt" \
  || fail "the line was not wiped before the result: $(od -c "$work/tty.txt" | tail -5)"

# Through a pipe: the result only.
PLANSITE_PROGRESS_AFTER_MS=0 "$plansite" build --source "$top" --output "$work/pipe" > "$work/out.txt" 2> "$work/err.txt"
! grep -q $'\r' "$work/out.txt" "$work/err.txt" || fail "carriage returns on a pipe"
! grep -q "rendering" "$work/err.txt" || fail "a progress line on a pipe"
grep -qx "built [0-9]* files into .* in [0-9]*\.[0-9][0-9] s ([0-9]* pages made, 0 unchanged)" "$work/out.txt" \
  || fail "unexpected result line: $(cat "$work/out.txt")"

# The second build of the same output reuses the plans' pages.
"$plansite" build --source "$top" --output "$work/pipe" > "$work/again.txt"
grep -qx "built [0-9]* files into .* in [0-9]*\.[0-9][0-9] s ([0-9]* pages made, [1-9][0-9]* unchanged)" "$work/again.txt" \
  || fail "the second build reused nothing: $(cat "$work/again.txt")"
echo "ok: progress line on a terminal only; result line with pages and time"
