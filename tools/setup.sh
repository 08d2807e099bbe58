#!/usr/bin/env bash
# Installs what the build and the tests need, skipping what is already there. Safe to rerun.
#   tools/setup.sh build    the wasm32 target, wasm-bindgen-cli at the Cargo.lock version, npm tools (wasm-opt)
#   tools/setup.sh test     the above, and Debian's Chromium and ChromeDriver for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-build}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must be exactly the wasm-bindgen version in Cargo.lock.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  echo "installing wasm-bindgen-cli $want (found: ${have:-none}); this takes a few minutes"
  cargo install wasm-bindgen-cli --version "$want"
fi

# npm tools, from the committed lock file: binaryen's wasm-opt (Debian's binaryen 108 corrupts
# wasm-bindgen's externref table; fixed upstream in 110), playwright-core and axe-core for tests.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

if [ "$what" = test ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# poppler-utils: the provider tests read the text of the printed documents (pdftotext) and
# turn their pages into pictures to look at (pdftoppm).
if [ "$what" = test ] && ! command -v pdftotext >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq poppler-utils >/dev/null
fi
