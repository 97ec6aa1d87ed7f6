#!/usr/bin/env bash
# Kills `plansite build` with SIGKILL at random moments and checks that the
# output folder always holds one complete site: the previous one or the new
# one, never a mix, never nothing.
set -euo pipefail
plansite=$1
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

make_version() {  # $1: folder, $2: a word that differs between the versions
  mkdir -p "$1"
  cp -r "$top/site.yaml" "$top/content" "$1/"
  sed -i "s/Lưu: VT, PVHXXH/Lưu: VT, PVHXXH, $2/" "$1/content/plans/chuyen-doi-so-2026-2030/plan.yaml"
}

tree_hash() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16); }

make_version "$work/a" versionA
make_version "$work/b" versionB
"$plansite" build --source "$work/a" --output "$work/ref-a" > /dev/null
"$plansite" build --source "$work/b" --output "$work/ref-b" > /dev/null
hash_a=$(tree_hash "$work/ref-a")
hash_b=$(tree_hash "$work/ref-b")
[ "$hash_a" != "$hash_b" ] || { echo "the two versions must differ"; exit 1; }

out="$work/public"
"$plansite" build --source "$work/a" --output "$out" > /dev/null
kept=0
replaced=0
for i in $(seq 1 60); do
  if [ $((i % 2)) -eq 0 ]; then src="$work/a"; else src="$work/b"; fi
  before=$(tree_hash "$out")
  "$plansite" build --source "$src" --output "$out" > /dev/null 2>&1 &
  pid=$!
  sleep "0.0$((RANDOM % 10))$((RANDOM % 10))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  now=$(tree_hash "$out")
  if [ "$now" = "$hash_a" ] || [ "$now" = "$hash_b" ]; then
    if [ "$now" = "$before" ]; then kept=$((kept + 1)); else replaced=$((replaced + 1)); fi
  else
    echo "FAIL: after kill $i the output is neither the old nor the new site"
    find "$out" -type f | sort | head -20
    exit 1
  fi
done
# A final build succeeds and cleans any staging folder a kill left behind.
"$plansite" build --source "$work/b" --output "$out" > /dev/null
[ "$(tree_hash "$out")" = "$hash_b" ]
! ls -d "$work"/.public.plansite-staging-* 2> /dev/null
echo "ok: 60 builds killed at random moments: $kept left the previous site, $replaced had swapped in the new one; never a mix"
