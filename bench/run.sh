#!/usr/bin/env bash
# Benchmark: plansite against Hugo on the same synthetic portal (see bench/README.md).
#
#   bench/run.sh [--plans N] [--runs N] [--seed N] [--quick]
#
#   --plans N   plans in the corpus (default 5000, about 10,000 pages)
#   --runs N    timed builds per generator and target (default 5); medians are printed
#   --seed N    corpus seed (default 1)
#   --quick     500 plans, 3 runs: to try it out
#
# Builds plansite (Release) into build-bench/, installs Hugo and GNU time from
# Debian if missing, generates the corpus once under /var/tmp/plansite-bench/,
# then builds both sites alternately into tmpfs (/dev/shm) and onto disk
# (/var/tmp). The last line is `ratio plansite/hugo: X` (median tmpfs wall times).
set -euo pipefail
cd "$(dirname "$0")/.."

plans=5000
runs=5
seed=1
while [ $# -gt 0 ]; do
  case "$1" in
    --plans) plans="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --quick) plans=500; runs=3; shift ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$plans" =~ ^[1-9][0-9]*$ && "$runs" =~ ^[1-9][0-9]*$ && "$seed" =~ ^[0-9]+$ ]] ||
  { echo "run.sh: --plans and --runs take a positive number, --seed a number" >&2; exit 2; }
small=$(( plans / 10 > 0 ? plans / 10 : 1 ))

say() { echo "== $*" >&2; }

# --- tools ------------------------------------------------------------------
# Only Hugo and GNU time may come from the network; the C++ toolchain and
# libraries are those of scripts/dev.sh.
missing=()
command -v hugo > /dev/null || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi
for tool in cmake g++ pkg-config python3; do
  command -v "$tool" > /dev/null || { echo "run.sh: $tool is missing; run 'bash scripts/dev.sh site' first" >&2; exit 1; }
done
pkg-config --exists libcmark-gfm || { echo "run.sh: libcmark-gfm-dev is missing; run 'bash scripts/dev.sh site' first" >&2; exit 1; }

# --- plansite (Release) and the floor program -------------------------------
say "building plansite (Release) in build-bench/"
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build-bench -j "$(nproc)" --target plansite > /dev/null
plansite="$PWD/build-bench/plansite"
# What was built (the tree may change while the benchmark runs).
plansite_commit=$(git rev-parse --short HEAD 2> /dev/null || echo unknown)
[ -z "$(git status --porcelain -- src themes CMakeLists.txt cmake 2> /dev/null)" ] || plansite_commit+=" + uncommitted changes"
# shellcheck disable=SC2046  # pkg-config's flags are meant to split
g++ -O2 -std=c++20 bench/floor.cc $(pkg-config --cflags --libs libcmark-gfm) -lcmark-gfm-extensions -pthread \
  -o build-bench/floor
floor="$PWD/build-bench/floor"

# --- corpus -----------------------------------------------------------------
# Cached per size and seed; regenerated when the generator, the Hugo layouts or
# the stylesheet change (the key is their sha256).
key=$( (cat bench/gen_corpus.py; find bench/hugo -type f | LC_ALL=C sort | xargs cat; cat themes/default/style.css) |
       sha256sum | cut -c1-16)
corpus_for() {  # plans -> corpus folder, made if needed
  local n="$1" dir="/var/tmp/plansite-bench/$1-$seed"
  if [ "$(cat "$dir/.key" 2> /dev/null)" != "$key" ]; then
    say "generating the corpus: $n plans, seed $seed, into $dir"
    rm -rf "$dir" "$dir.new"
    mkdir -p /var/tmp/plansite-bench
    python3 bench/gen_corpus.py --plans "$n" --seed "$seed" --out "$dir.new" >&2
    # The corpus must be clean: zero errors and zero warnings.
    local report
    report=$("$plansite" check --source "$dir.new/plansite" 2>&1) || { echo "$report" >&2; exit 1; }
    if [ "$(printf '%s\n' "$report" | grep -vc '^ok: ')" != 0 ]; then
      echo "run.sh: the generated corpus has warnings:" >&2
      echo "$report" | head -20 >&2
      exit 1
    fi
    echo "$key" > "$dir.new/.key"
    mv "$dir.new" "$dir"
  fi
  echo "$dir"
}
corpus=$(corpus_for "$plans")
small_corpus=$(corpus_for "$small")

# --- measuring --------------------------------------------------------------
[ "$(stat -f -c %T /dev/shm)" = tmpfs ] || { echo "run.sh: /dev/shm is not a tmpfs" >&2; exit 1; }
work_tmpfs=$(mktemp -d /dev/shm/plansite-bench.XXXXXX)
work_disk=$(mktemp -d /var/tmp/plansite-bench/run.XXXXXX)
results=$(mktemp /var/tmp/plansite-bench/results.XXXXXX)
cleanup() { rm -rf "$work_tmpfs" "$work_disk" "$results" "$results.time" "$results.manifest"; }
trap cleanup EXIT

html_pages() {  # pages in an output: HTML files that are not redirect stubs (Hugo's /vi/, page 1 of a list)
  local all stubs
  all=$(find "$1" -name '*.html' | wc -l)
  stubs=$( { grep -rl --include='*.html' 'http-equiv="refresh"' "$1" || true; } | wc -l)
  echo $(( all - stubs ))
}

# One timed build: measure NAME TARGET CORPUS; appends "name target wall user sys rss_kb" to $results.
# Each build gets a fresh folder (plansite replaces only a folder it made, and
# leaves its lock file beside the output); it is kept as $last_out until the
# next build of the same kind, for counting and the content check.
measure() {
  local name="$1" target="$2" source="$3" base
  base=$([ "$target" = tmpfs ] && echo "$work_tmpfs" || echo "$work_disk")
  rm -rf "$base/$name"
  # Let the disk settle after deleting the previous output, so no build pays for it.
  [ "$target" = disk ] && sync -f "$base"
  mkdir -p "$base/$name"
  local out="$base/$name/out"
  case "$name" in
    plansite|plansite-small)
      /usr/bin/time -f '%e %U %S %M' -o "$results.time" "$plansite" build --source "$source/plansite" --output "$out" > /dev/null ;;
    hugo)
      # plansite syncfs()s its output before the swap; on disk Hugo gets the
      # same flush of the output's file system, counted in its time.
      if [ "$target" = disk ]; then
        /usr/bin/time -f '%e %U %S %M' -o "$results.time" \
          sh -c 'hugo --quiet --noBuildLock -s "$1" -d "$2" && sync -f "$2"' sh "$source/hugo" "$out"
      else
        /usr/bin/time -f '%e %U %S %M' -o "$results.time" hugo --quiet --noBuildLock -s "$source/hugo" -d "$out"
      fi ;;
    floor)
      /usr/bin/time -f '%e %U %S %M' -o "$results.time" "$floor" "$source/plansite" "$out" "$manifest" > /dev/null ;;
  esac
  echo "$name $target $(tail -1 "$results.time")" >> "$results"
  last_out="$out"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
say "warm-up builds (not counted)"
measure plansite tmpfs "$corpus"
plansite_pages=$(html_pages "$last_out")
out_files=$(find "$last_out" -type f | wc -l)
out_bytes=$(find "$last_out" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
# The floor writes these files, of these sizes, in these folders (floor.cc).
manifest="$results.manifest"
find "$last_out" -type f -printf '%s %P\n' > "$manifest"
measure hugo tmpfs "$corpus"
hugo_pages=$(html_pages "$last_out")
say "content check (compare_pages.py)"
content=$(python3 bench/compare_pages.py --corpus "$corpus" --plansite "$work_tmpfs/plansite/out" \
          --hugo "$work_tmpfs/hugo/out" --sample 50 2>&1) || true
echo "$content" | sed 's/^/   /' >&2
: > "$results"

for target in tmpfs disk; do
  for i in $(seq "$runs"); do
    say "$target run $i/$runs"
    measure plansite "$target" "$corpus"
    measure hugo "$target" "$corpus"
  done
  rm -rf "$work_tmpfs"/* "$work_disk"/*
done
say "floor and the small corpus ($small plans)"
measure plansite-small tmpfs "$small_corpus"  # warm-up
small_pages=$(html_pages "$last_out")
sed -i '$d' "$results"
for i in $(seq "$runs"); do
  measure floor tmpfs "$corpus"
  measure floor disk "$corpus"
  measure plansite-small tmpfs "$small_corpus"
done

# --- report -----------------------------------------------------------------
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
PLANS="$plans" SMALL="$small" RUNS="$runs" SEED="$seed" PLANSITE_PAGES="$plansite_pages" HUGO_PAGES="$hugo_pages" \
SMALL_PAGES="$small_pages" OUT_FILES="$out_files" OUT_BYTES="$out_bytes" COMMIT="$plansite_commit" \
HUGO_VERSION="$(hugo version | cut -d' ' -f2)" LOAD="$load_before -> $load_after" \
CONTENT="$(echo "$content" | grep -E '^(RESULT|plan pages compared|plan pages with identical|home and index pages|(tasks|indicators|programs) pages compared|index and filter pages)' | tr '\n' ' ')" \
python3 - "$results" << 'EOF'
import os, statistics, sys

env = os.environ
rows = {}
for line in open(sys.argv[1]):
    name, target, wall, user, system, rss = line.split()
    rows.setdefault((name, target), []).append((float(wall), float(user) + float(system), int(rss)))

def med(name, target, i):
    return statistics.median(r[i] for r in rows[(name, target)])

cpu_model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem_gib = int(next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))) / 2**20
print(f"plansite bench: {env['PLANS']} plans, seed {env['SEED']}, median of {env['RUNS']} runs")
print(f"machine: {os.cpu_count()} cores, {cpu_model}, {mem_gib:.0f} GiB, Linux {os.uname().release}")
print(f"plansite {env['COMMIT']} (build-bench/, Release); hugo {env['HUGO_VERSION']}")
print(f"load average (1, 5, 15 min) before and after: {env['LOAD']}")
print(f"pages: plansite {env['PLANSITE_PAGES']}, hugo {env['HUGO_PAGES']} "
      f"(plansite output: {env['OUT_FILES']} files, {int(env['OUT_BYTES']) / 1e6:.1f} MB)")
print()
print(f"{'target':8}{'generator':11}{'wall s':>9}{'cpu s':>9}{'pages/s':>10}{'peak RSS MB':>13}")
for target in ("tmpfs", "disk"):
    for name, pages in (("plansite", env["PLANSITE_PAGES"]), ("hugo", env["HUGO_PAGES"])):
        wall = med(name, target, 0)
        print(f"{target:8}{name:11}{wall:9.2f}{med(name, target, 1):9.2f}{int(pages) / wall:10.0f}"
              f"{med(name, target, 2) / 1024:13.0f}")
for target in ("tmpfs", "disk"):
    print(f"{target:8}{'floor':11}{med('floor', target, 0):9.2f}{med('floor', target, 1):9.2f}"
          f"{int(env['PLANSITE_PAGES']) / max(med('floor', target, 0), 1e-3):10.0f}{med('floor', target, 2) / 1024:13.0f}")
print()
full = med("plansite", "tmpfs", 1) / int(env["PLANSITE_PAGES"]) * 1000
small = med("plansite-small", "tmpfs", 1) / int(env["SMALL_PAGES"]) * 1000
print(f"plansite CPU per page: {small:.3f} ms at {env['SMALL_PAGES']} pages ({env['SMALL']} plans), "
      f"{full:.3f} ms at {env['PLANSITE_PAGES']} pages ({env['PLANS']} plans); "
      f"growth x{full / small:.2f} per page for x{int(env['PLANSITE_PAGES']) / int(env['SMALL_PAGES']):.1f} pages")
print(f"content check (bench/compare_pages.py): {env['CONTENT'].strip() or 'not run'}")
print(f"ratio plansite/hugo: {med('plansite', 'tmpfs', 0) / med('hugo', 'tmpfs', 0):.2f}")
EOF
