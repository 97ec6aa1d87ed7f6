#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang into build-fuzz/ and runs
# each for SECONDS (default 60), seeded from the sample sites, the guides'
# examples, the hostile corpus and every input that once failed:
#   bash scripts/fuzz.sh [SECONDS] [TARGET…]      targets: yaml markdown csv site template
# A target that crashes, leaks, hangs (10 s on one input) or trips a sanitizer
# stops; its input is in build-fuzz/findings/<target>/, and the script exits 1.
# Fix the fault, then keep the input as a regression test:
#   cp build-fuzz/findings/<target>/crash-… fuzz/regressions/<target>/<what-it-was>
# (tests/fuzz_regressions_test.cc replays them in every test run).
# The corpus each run grows is kept in build-fuzz/corpus/<target>/ for the next.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(yaml markdown csv site template)

launcher=()
command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-fuzz -DPLANSITE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  "${launcher[@]}" > /dev/null
cmake --build build-fuzz -j "$(nproc)" --target $(printf 'fuzz_%s ' "${targets[@]}")

# A folder of its own, so two runs (different targets) may share build-fuzz/.
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
python3 fuzz/make_seeds.py . "$seeds" > /dev/null
failed=()
for target in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$target" "build-fuzz/findings/$target"
  echo "fuzz_$target: ${seconds} s"
  # -timeout: no single input may take 10 s (the issue's linear-time limits);
  # -rss_limit_mb: nor 2 GB of memory. Both stop the run as findings.
  if ! "build-fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="build-fuzz/findings/$target/" \
      "build-fuzz/corpus/$target" "$seeds/$target" > "build-fuzz/fuzz_$target.log" 2>&1; then
    failed+=("$target")
    echo "fuzz_$target FAILED: build-fuzz/fuzz_$target.log; the input is in build-fuzz/findings/$target/"
    grep -E "^==[0-9]+==|SUMMARY|runtime error|ALARM|Test unit written" "build-fuzz/fuzz_$target.log" | head -20 || true
  else
    grep -E "^stat::number_of_executed_units|^Done" "build-fuzz/fuzz_$target.log" || true
  fi
done
[ ${#failed[@]} -eq 0 ] || { echo "findings in: ${failed[*]}"; exit 1; }
echo "no findings"
