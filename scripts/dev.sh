#!/usr/bin/env bash
# The two Quick start commands (README.md) and CI run through this script.
#   scripts/dev.sh site   install dependencies, build plansite, build the sample site into public/
#   scripts/dev.sh test   install dependencies, build plansite and its tests, run every test under CTest,
#                         the fuzz targets (60 s each) and the suite under the sanitizers included
#   scripts/dev.sh test-sanitize   the same in build-sanitize/, built with AddressSanitizer and
#                                  UndefinedBehaviorSanitizer (README.md, "Hostile input, fuzzing and sanitizers")
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian 12 packages; the reason for each is in README.md, "Dependencies".
packages=(
  build-essential cmake pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev
  libutf8proc-dev libmimalloc-dev libxxhash-dev doctest-dev libcpp-httplib-dev python3
  rclone
)
# Only the tests need a browser: accessibility audits and printing in Debian's
# Chromium. fonts-liberation2 (2.x) covers Vietnamese (ố ủ ư), which the 1.x
# fonts-liberation lacks; poppler-utils reads the printed PDFs back;
# default-jre-headless runs the Nu HTML Checker (vnu.jar, from npm);
# python3-feedparser reads the Atom feeds back as a feed reader would;
# nginx serves a published web root (tests/publish/); libreoffice-calc-nogui
# (soffice) saves a CSV report as an officer's spreadsheet program would
# (tests/csv_reports); strace traces every write of a build
# (tests/contained_writes.sh, tests/hostile).
test_packages=(chromium fonts-liberation2 poppler-utils default-jre-headless python3-feedparser nginx
               libreoffice-calc-nogui strace)
# Only for the tests' fuzz targets (scripts/fuzz.sh, CTest's fuzz_targets) and
# sanitized suite: clang and libclang-rt-14-dev (libFuzzer, only recommended by clang).
fuzz_packages=(clang libclang-rt-14-dev)

# A fresh machine often runs unattended upgrades at first boot: wait for their
# lock instead of failing. dpkg's lock is waited on by apt itself; the package
# lists' lock (apt-get update) is not, so that case is retried.
apt_get() {
  local log
  log=$(mktemp)
  for _ in $(seq 1 60); do
    if apt-get -o DPkg::Lock::Timeout=600 "$@" 2> "$log"; then rm -f "$log"; return 0; fi
    grep -q "Could not get lock" "$log" || { cat "$log" >&2; rm -f "$log"; return 1; }
    echo "waiting for another apt process to finish…" >&2
    sleep 10
  done
  cat "$log" >&2
  rm -f "$log"
  return 1
}

install_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt_get update -qq
    apt_get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

install_dependencies() { install_packages "${packages[@]}"; }

# Chart.js (compiled into plansite: the charts), and for the tests axe-core,
# playwright-core and vnu-jar, all pinned in package-lock.json. No install
# scripts: vnu-jar's would download a Java runtime when it finds none, and the
# tests run it on Debian's.
install_node_packages() {
  # Node.js is on most machines already; Debian's own is enough where it is not.
  command -v npm > /dev/null || install_packages nodejs npm
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
}

install_test_dependencies() { install_packages "${test_packages[@]}"; }

# $1: ON to add the fuzz targets and the sanitized suite to CTest, else OFF.
build_generator() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DPLANSITE_SLOW_CHECKS="${1:-OFF}"
  cmake --build build -j "$(nproc)"
}

case "${1:-}" in
  site)
    install_dependencies
    install_node_packages
    build_generator
    build/plansite build
    ;;
  test)
    # Every test, with each fuzz target for 60 s and the suite again under
    # AddressSanitizer and UndefinedBehaviorSanitizer: on a clean clone of a
    # busy 2-core machine, 30 minutes in all (README.md, "Hostile input").
    install_dependencies
    install_test_dependencies
    install_packages "${fuzz_packages[@]}"
    install_node_packages
    build_generator ON
    ctest --test-dir build --output-on-failure -j "$(nproc)"
    ;;
  test-sanitize)
    install_dependencies
    install_test_dependencies
    install_node_packages
    bash scripts/sanitized_suite.sh all
    ;;
  *)
    echo "usage: scripts/dev.sh site|test|test-sanitize" >&2
    exit 2
    ;;
esac
