#!/usr/bin/env bash
# The test suite again, with plansite and its tests built with
# AddressSanitizer and UndefinedBehaviorSanitizer into build-sanitize/
# (-DPLANSITE_SANITIZE=ON). Any report stops the program, so the test that
# caused it fails.
#   bash scripts/sanitized_suite.sh       what CTest runs as `sanitized_suite`: every test
#                                         but the five Chromium audits of the pages' looks
#   bash scripts/sanitized_suite.sh all   every test (scripts/dev.sh test-sanitize)
# The audits left out by default run the same `plansite build` as the tests
# kept, then spend their minutes in Chromium; the release suite runs them.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
command -v ccache > /dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANSITE_SANITIZE=ON "${launcher[@]}" > /dev/null
cmake --build build-sanitize -j "$(nproc)"
skip=()
[ "${1:-}" = all ] || skip=(-E '^(accessibility_audit|phone_layout|charts|print_plans|html_validity)$')
# The sanitizers make a build about three times slower: the hostile corpus's
# time limit grows to match.
export ASAN_OPTIONS=detect_stack_use_after_return=1:strict_string_checks=1 UBSAN_OPTIONS=print_stacktrace=1
HOSTILE_TIME_LIMIT=60 ctest --test-dir build-sanitize --output-on-failure -j "$(nproc)" "${skip[@]}"
