#!/usr/bin/env bash
# Installs what the build and the tests need, skipping what is already there. Safe to rerun.
#   tools/setup.sh build    the wasm32 target, wasm-bindgen-cli at the Cargo.lock version, npm tools (wasm-opt, esbuild)
#   tools/setup.sh test     the above, and Debian's Chromium, ChromeDriver and poppler-utils for the browser tests
#   tools/setup.sh bench    the same as test (make bench drives Chromium too)
#   tools/setup.sh fuzz     cargo-fuzz at the version below, alone (tools/fuzz.sh, with nightly)
#   tools/setup.sh where TOOL   prints the path of wasm-bindgen, wasm-bindgen-test-runner or cargo-fuzz
# Rust itself is pinned by rust-toolchain.toml (rustup installs that version when it is missing).
#
# The Rust tools go to a folder of their own per tool and version, never to PATH, and are only
# ever run from there, so a tool installed earlier by other means cannot hide a missing step:
#   $CARGO_INSTALL_ROOT/<tool>-<version>        when CARGO_INSTALL_ROOT is set (a fresh one proves set-up),
#   ${XDG_CACHE_HOME:-~/.cache}/rehabkollen/tools/<tool>-<version>   otherwise.
# A new machine has neither, so its first `make test` installs and exercises the whole set-up.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-build}
CARGO_FUZZ_VERSION=0.13.2
root=${CARGO_INSTALL_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/rehabkollen/tools}
# wasm-bindgen-cli must be exactly the wasm-bindgen version in Cargo.lock.
wasm_bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print }' Cargo.lock)

# The folder a tool's binaries are in.
bin_of() { # CRATE VERSION
  echo "$root/$1-$2/bin"
}

if [ "$what" = where ]; then
  case "${2:-}" in
    wasm-bindgen | wasm-bindgen-test-runner) echo "$(bin_of wasm-bindgen-cli "$wasm_bindgen_version")/$2" ;;
    cargo-fuzz) echo "$(bin_of cargo-fuzz "$CARGO_FUZZ_VERSION")/cargo-fuzz" ;;
    *) echo "setup.sh: where: unknown tool '${2:-}'" >&2; exit 2 ;;
  esac
  exit 0
fi

# Installs CRATE at exactly VERSION unless BIN there already reports it. First with the tool's own
# lock file (--locked), as its authors tested it; when the registry cannot give every version that
# lock file names (a registry can lag behind crates.io, or a version can be yanked), it says so in
# one line and installs the same tool version with the newest compatible dependencies instead.
# Any other failure stops set-up. Nothing prebuilt is downloaded: cargo builds the tool from source.
install() { # CRATE VERSION BIN
  local crate=$1 version=$2 bin=$3 dir log have
  dir=$(dirname "$(bin_of "$crate" "$version")")
  have=$("$dir/bin/$bin" --version 2>/dev/null | awk '{print $2}' || true)
  [ "$have" = "$version" ] && return 0
  echo "installing $crate $version into $dir (found: ${have:-none}); this takes a few minutes"
  log=$(mktemp)
  if cargo install "$crate" --locked --version "$version" --root "$dir" 2>&1 | tee "$log"; then
    rm -f "$log"
    return 0
  fi
  if grep -qE 'failed to select a version|locked to|no matching package named' "$log"; then
    echo "setup: the registry cannot give every crate version $crate $version's own lock file names ($(grep -m1 -oE 'requirement `[^`]*` \(locked to [^)]*\)' "$log" || echo 'see above')); installing $crate $version without --locked"
    rm -f "$log"
    cargo install "$crate" --version "$version" --root "$dir"
  else
    rm -f "$log"
    echo "setup: installing $crate $version failed (above)" >&2
    return 1
  fi
  have=$("$dir/bin/$bin" --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$version" ]; then
    echo "setup: $dir/bin/$bin reports '${have:-nothing}', not $version" >&2
    return 1
  fi
}

if [ "$what" = fuzz ]; then
  install cargo-fuzz "$CARGO_FUZZ_VERSION" cargo-fuzz
  exit 0
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

install wasm-bindgen-cli "$wasm_bindgen_version" wasm-bindgen

# npm tools, from the committed lock file: binaryen's wasm-opt (Debian's binaryen 108 corrupts
# wasm-bindgen's externref table; fixed upstream in 110), esbuild for the bundles, linkedom for the
# first screen (tools/first-screen.mjs), playwright-core
# and axe-core for tests, the peers for make bench. No package's install script runs
# (--ignore-scripts): esbuild's binary comes in its optional platform package (@esbuild/linux-x64)
# and its launcher finds it there without the script.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --ignore-scripts --no-audit --no-fund
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
