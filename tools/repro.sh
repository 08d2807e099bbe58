#!/usr/bin/env bash
# make test-repro: the wasm build is reproducible. After `make build` here, clones HEAD into a fresh
# temporary directory (another path), builds www/pkg there on its own (its own target directory and
# CARGO_HOME; `make build` without building the native CLI again: the wasm, its glue, the text
# catalogues the CLI writes from the same sources, and the integrity files) and
# compares the sha384 and sha256 of every file in www/pkg with the manifest of this tree's build.
# Whatever the build writes to www/pkg is compared, found by listing the folder, not from a fixed list.
# The tools are this machine's (the pinned Rust, wasm-bindgen, node_modules) and so are the crate
# sources (the new CARGO_HOME links to this one's registry: nothing is downloaded): the test shows
# the bytes depend on the sources and the tools, not on where the clone or CARGO_HOME lives.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
start=$SECONDS

manifest() { # DIR: one line per file of DIR/www/pkg: sha384 sha256 bytes name
  (cd "$1/www/pkg" && find . -type f -printf '%P\n' | LC_ALL=C sort | while IFS= read -r f; do
    printf '%s %s %s %s\n' "$(sha384sum < "$f" | cut -d' ' -f1)" "$(sha256sum < "$f" | cut -d' ' -f1)" "$(wc -c < "$f")" "$f"
  done)
}

if [ ! -d www/pkg ]; then echo "repro: www/pkg is missing; run make build first" >&2; exit 2; fi
if [ -n "$(git status --porcelain)" ]; then
  echo "repro: warning: the working tree has changes that are not committed; the clone builds HEAD without them"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rehabkollen-repro.XXXXXX")
manifest "$root" > "$tmp/first.txt"
clone="$tmp/rehabkollen"
git clone -q "$root" "$clone"
# The npm tools, used read-only: `-o setup` below keeps `npm ci` from running in the clone.
ln -s "$root/node_modules" "$clone/node_modules"
cargo_home=${CARGO_HOME:-$HOME/.cargo}
mkdir "$tmp/cargo-home"
for item in registry git config.toml config; do
  if [ -e "$cargo_home/$item" ]; then ln -s "$cargo_home/$item" "$tmp/cargo-home/$item"; fi
done
if ! (cd "$clone" && env -u MAKEFLAGS -u MAKELEVEL CARGO_HOME="$tmp/cargo-home" CARGO_TARGET_DIR="$clone/target" \
      make -s -o setup -o native CLI="$root/target/release/rehabkollen" build) > "$tmp/build.log" 2>&1; then
  cat "$tmp/build.log" >&2
  echo "repro: FAILED: the clone did not build (log above; the clone is kept in $tmp)" >&2
  exit 1
fi
manifest "$clone" > "$tmp/second.txt"

names() { cut -d' ' -f4- "$1"; }
differ=0
while IFS= read -r f; do
  a=$(awk -v f="$f" '{ n = $0; sub(/^[^ ]+ [^ ]+ [^ ]+ /, "", n) } n == f { print $1, $2, $3 }' "$tmp/first.txt")
  b=$(awk -v f="$f" '{ n = $0; sub(/^[^ ]+ [^ ]+ [^ ]+ /, "", n) } n == f { print $1, $2, $3 }' "$tmp/second.txt")
  if [ -z "$a" ]; then
    echo "repro: DIFFERS www/pkg/$f: written by the clean build, absent here (rebuild: make build)"; differ=1
  elif [ -z "$b" ]; then
    echo "repro: DIFFERS www/pkg/$f: here but not written by the clean build (left over from an older build? rm -r www/pkg && make build)"; differ=1
  elif [ "$a" != "$b" ]; then
    echo "repro: DIFFERS www/pkg/$f: ${a##* } bytes here, ${b##* } bytes in the clean build (sha256 ${a:97:12}… vs ${b:97:12}…)"; differ=1
  fi
done < <({ names "$tmp/first.txt"; names "$tmp/second.txt"; } | LC_ALL=C sort -u)

files=$(wc -l < "$tmp/first.txt")
if [ "$differ" = 1 ]; then
  echo "repro: FAILED after $((SECONDS - start)) s: the build at $clone differs from this one (manifests: $tmp/first.txt, $tmp/second.txt)" >&2
  exit 1
fi
rm -rf "$tmp"
echo "repro: www/pkg identical when built from a clean clone at another path with another CARGO_HOME: $files files, sha384 and sha256 ($((SECONDS - start)) s)"
