#!/usr/bin/env bash
# Fuzzes the JSON entry points of evaluate and check_invoice with cargo fuzz (libFuzzer), seeded from
# the case files. Usage: tools/fuzz.sh SECONDS_PER_TARGET. Needs the nightly toolchain; without it
# the run is skipped and says why. Crashes are kept in fuzz/artifacts/ to become regression cases.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
if ! rustup toolchain list | grep -q '^nightly'; then
  echo "fuzzing skipped: no nightly toolchain on this machine (cargo fuzz needs one; this workplace cannot fetch toolchains)"
  exit 0
fi
tools/setup.sh fuzz   # cargo-fuzz at its pinned version, in the project's tool folder
# cargo finds `cargo fuzz` on PATH: the project's own copy first, whatever else PATH holds.
PATH="$(dirname "$(tools/setup.sh where cargo-fuzz)"):$PATH"
node tools/fuzz-seed.mjs
for target in evaluate check_invoice; do
  log=$(mktemp)
  # Inputs may grow to the largest seed (or 8 KiB), so every seed is read whole.
  max_len=$(find "fuzz/corpus/$target" -type f -printf '%s\n' | sort -n | tail -1)
  max_len=$(( ${max_len:-0} > 8192 ? max_len : 8192 ))
  cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" 2>&1 | tee "$log" | grep -E '^#[0-9]+[[:space:]]+(DONE|INITED)|ERROR|panicked' || true
  runs=$(grep -oE '^#[0-9]+[[:space:]]+DONE' "$log" | grep -oE '[0-9]+' | tail -1 || true)
  if grep -qE 'ERROR: libFuzzer|panicked' "$log"; then
    echo "fuzz $target: CRASH (see fuzz/artifacts/$target)"
    exit 1
  fi
  echo "fuzz $target: ${runs:-0} executions in ${seconds} s, no crash"
  rm -f "$log"
done
