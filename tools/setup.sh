#!/usr/bin/env bash
# Installs what the build and the tests need, skipping what is already there. Safe to rerun.
#   tools/setup.sh build    the wasm32 target, wasm-bindgen-cli at the Cargo.lock version, npm tools (wasm-opt)
#   tools/setup.sh test     the above, and Debian's Chromium and ChromeDriver for the browser tests
#   tools/setup.sh bench    the above, and esbuild ready to run (make bench)
#   tools/setup.sh fuzz     cargo-fuzz at the version below, alone (tools/fuzz.sh, with nightly)
# Rust itself is pinned by rust-toolchain.toml (rustup installs that version when it is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-build}
CARGO_FUZZ_VERSION=0.13.2

if [ "$what" = fuzz ]; then
  have=$(cargo fuzz --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$CARGO_FUZZ_VERSION" ]; then
    echo "installing cargo-fuzz $CARGO_FUZZ_VERSION (found: ${have:-none})"
    cargo install cargo-fuzz --locked --version "$CARGO_FUZZ_VERSION"
  fi
  exit 0
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must be exactly the wasm-bindgen version in Cargo.lock.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  echo "installing wasm-bindgen-cli $want (found: ${have:-none}); this takes a few minutes"
  cargo install wasm-bindgen-cli --locked --version "$want"
fi

# npm tools, from the committed lock file: binaryen's wasm-opt (Debian's binaryen 108 corrupts
# wasm-bindgen's externref table; fixed upstream in 110), playwright-core and axe-core for tests,
# esbuild and the peers for make bench. No package's install script runs (--ignore-scripts): the
# only one is esbuild's, which checks its platform binary (from the optional package
# @esbuild/linux-x64, or the one for your platform) and links it in place of a small JS launcher;
# only `make bench` runs it (npm rebuild esbuild), and only if esbuild does not already run.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --ignore-scripts --no-audit --no-fund
fi
if [ "$what" = bench ]; then
  node_modules/.bin/esbuild --version >/dev/null 2>&1 || npm rebuild esbuild
  echo "esbuild $(node_modules/.bin/esbuild --version)"
fi

if [ "$what" != build ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# poppler-utils: the provider tests read the text of the printed documents (pdftotext) and
# turn their pages into pictures to look at (pdftoppm).
if [ "$what" != build ] && ! command -v pdftotext >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq poppler-utils >/dev/null
fi
