# Rehabkollen — on a fresh machine: `make serve` (build and serve the questionnaire) and
# `make test` (every test). Both install what is missing first (tools/setup.sh), into a tool
# folder of the project's own: wasm-bindgen is always run from there, never from PATH.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
CLI := target/release/rehabkollen
# The two WebAssembly modules, each the cdylib of a crate of its own (crates/wasm, crates/provider-wasm).
PAGE_WASM := target/wasm32-unknown-unknown/wasm/rehabkollen_page.wasm
PROVIDER_WASM := target/wasm32-unknown-unknown/wasm/rehabkollen_provider.wasm
PORT ?= 8080
# Resolved when first used (after set-up), from tools/setup.sh: the one place that knows where tools live.
WASM_BINDGEN = $(shell tools/setup.sh where wasm-bindgen)
WASM_BINDGEN_TEST_RUNNER = $(shell tools/setup.sh where wasm-bindgen-test-runner)
# The features Rust's wasm32 target emits; wasm-opt must keep every one of them.
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue
# The wasm carries no machine path: panic locations name the clone as /rehabkollen and crates.io
# sources as /cargo, wherever the clone and CARGO_HOME are (make test-repro checks the bytes).
WASM_RUSTFLAGS := --remap-path-prefix=$(CURDIR)=/rehabkollen --remap-path-prefix=$(or $(CARGO_HOME),$(HOME)/.cargo)=/cargo

.PHONY: serve build native wasm setup setup-test lint test test-native test-wasm test-browser test-fuzz test-repro dist package fuzz bench
.DEFAULT_GOAL := test

setup:
	tools/setup.sh build

setup-test:
	tools/setup.sh test

## The native CLI.
native:
	cargo build --release --locked

## www/pkg: the rules in WebAssembly, bound for the web (the rules' crate optimised for speed, the rest for size), in two modules,
## each one cargo build, one wasm-bindgen and one wasm-opt run: rehabkollen_page (the page's and
## the public API's: the decision with ids, no text) and rehabkollen_provider (the invoice checker,
## loaded on first use); the text catalogues (texts-sv.json, texts-en.json) and rule registries
## (rules-sv.json, rules-en.json) the native CLI writes; and the public API (www/api.js as
## pkg/rehabkollen.js, with www/join.js and the types).
wasm: setup native
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(WASM_RUSTFLAGS)" cargo build -p rehabkollen-wasm --profile wasm --locked --target wasm32-unknown-unknown
	$(WASM_BINDGEN) --target web --experimental-reset-state-function --out-dir www/pkg $(PAGE_WASM)
	node_modules/.bin/wasm-opt -Oz --converge $(WASM_FEATURES) www/pkg/rehabkollen_page_bg.wasm -o www/pkg/rehabkollen_page_bg.wasm
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(WASM_RUSTFLAGS)" cargo build -p rehabkollen-provider-wasm --profile wasm --locked --target wasm32-unknown-unknown
	$(WASM_BINDGEN) --target web --experimental-reset-state-function --out-dir www/pkg $(PROVIDER_WASM)
	node_modules/.bin/wasm-opt -Oz --converge $(WASM_FEATURES) www/pkg/rehabkollen_provider_bg.wasm -o www/pkg/rehabkollen_provider_bg.wasm
	for l in sv en; do $(CLI) texts $$l > www/pkg/texts-$$l.json; $(CLI) rules $$l > www/pkg/rules-$$l.json; done
	cp www/api.js www/pkg/rehabkollen.js
	cp www/join.js www/pkg/join.js
	cp www/rehabkollen-types.d.ts www/pkg/rehabkollen.d.ts
	@for m in rehabkollen_page rehabkollen_provider; do echo "wasm $$m: $$(wc -c < www/pkg/$${m}_bg.wasm) bytes, $$(gzip -9c www/pkg/$${m}_bg.wasm | wc -c) gzipped"; done

## Everything `make serve` and the tests need: the start page drawn by the views into index.html
## (tools/first-screen.mjs); the hashes of the files the code fetches
## (pkg/integrity.js), the page's script (main.js and the modules it imports in one file, by
## esbuild; what loads on first use stays apart), the component (one file, every module in it) and
## the SRI manifest, all by tools/integrity.mjs, in that order; then .br beside each file (tools/brotli.mjs).
build: native wasm
	node tools/first-screen.mjs
	node tools/integrity.mjs
	node tools/brotli.mjs

## Build, then serve www/ at http://127.0.0.1:$(PORT)/; pages on this machine (any 127.0.0.1 or
## localhost port) may load its files, so the snippets of badda-in.html can be tried locally
serve: build
	node tools/serve.mjs $(PORT) www --cors loopback

FUZZ_SECONDS ?= 60

## Every test.
test: setup-test lint build test-native test-wasm test-browser test-fuzz test-repro

## What a reviewer runs first: formatting, clippy with warnings as errors on every target and
## target of the workspace (natively, and the wasm crates for wasm32), and the Rust version Cargo.toml claims.
lint: setup
	cargo fmt --all --check
	cd fuzz && cargo fmt --check
	cargo clippy --locked --workspace --all-targets --all-features -- -D warnings
	cargo clippy --locked -p rehabkollen-js -p rehabkollen-wasm -p rehabkollen-provider-wasm --lib --target wasm32-unknown-unknown -- -D warnings
	@# rust-version in Cargo.toml is the toolchain rust-toolchain.toml pins, which builds everything here.
	@msrv=$$(sed -n 's/^rust-version = "\(.*\)"/\1/p' Cargo.toml); pinned=$$(sed -n 's/^channel = "\([0-9]*\.[0-9]*\).*"/\1/p' rust-toolchain.toml); \
	  if [ "$$msrv" != "$$pinned" ]; then echo "Cargo.toml says rust-version $$msrv, but the build uses Rust $$pinned (rust-toolchain.toml)"; exit 1; fi

## The core natively, and the CLI over the case files.
test-native:
	cargo test --locked
	$(CLI) cases tests/cases

## The case files through the wasm module in Node (same outcome as native), and the wasm boundary in headless Chromium.
test-wasm:
	node --test tests/js/
	CHROMEDRIVER=/usr/bin/chromedriver CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=$(WASM_BINDGEN_TEST_RUNNER) \
	  cargo test --locked -p rehabkollen-wasm --target wasm32-unknown-unknown --test web

## The page, clicked through as a user in Debian's Chromium.
test-browser:
	node --test --test-concurrency=1 tests/browser/

## A bounded fuzz run of each target (FUZZ_SECONDS each); skipped, saying why, without nightly.
test-fuzz:
	tools/fuzz.sh $(FUZZ_SECONDS)

## The wasm build is reproducible: a clone of HEAD at another path, built alone, gives the same www/pkg.
test-repro: build
	tools/repro.sh

## Long fuzz runs: make fuzz FUZZ_SECONDS=3600
fuzz:
	tools/fuzz.sh $(FUZZ_SECONDS)

## dist/: www/ ready to deploy, content-hashed names, .br and .gz beside each file (docs/DEPLOY.md). After `make build`.
dist: build
	node tools/dist.mjs

## target/package/rehabkollen-<version>.tgz: the npm package for partners (tools/package.mjs; npm pack,
## local). make test exercises it through tests/browser/package.test.mjs.
package: build
	node tools/package.mjs

## Benchmarks: one table, also written to BENCHMARKS.md (they report; no test asserts a timing). After
## `make build`; about 5 minutes on 2 idle cores. NOTE="…" adds what else ran on the machine;
## BENCH=--quick tries it with fewer runs and smaller files, printing only (BENCHMARKS.md untouched).
bench: setup-test
	node tools/bench.mjs $(BENCH) $(if $(NOTE),--note "$(NOTE)")
