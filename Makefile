# Rehabkollen — the two commands a fresh machine needs are `make serve` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
CLI := target/release/rehabkollen

.PHONY: serve build test test-native native
.DEFAULT_GOAL := test

## Build the native CLI.
native:
	cargo build --release --locked

## Everything `make serve` and the tests need.
build: native

## Every test: the core natively and the CLI over the case files.
test: test-native

test-native: native
	cargo test --locked
	$(CLI) cases tests/cases
