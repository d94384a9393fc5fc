# Scorecard: set-up, demo and tests. Every target installs the Debian packages it needs.
SHELL := /bin/bash
APT_PACKAGES := pkg-config libsqlite3-dev sqlite3 libcairo2-dev libpango1.0-dev libpng-dev strace \
                libxlsxwriter-dev python3-openpyxl fonts-dejavu-core fonts-inter poppler-utils qpdf \
                postgresql libpq-dev
SWIFT_TEST_FLAGS ?=
CDNOW_DIR := .build/datasets/cdnow
CDNOW_FILES := cdnow_customers_summary_with_transactions.csv CDNOW_sample.txt cdnow_customers_summary.csv

.PHONY: deps datasets build test lint demo bench clean

## deps: install the Debian packages the build and the tests need (sudo when not root).
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	  echo "installing:$$missing"; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi

## datasets: the public CDNOW data set for the CLV acceptance test (docs/clv.md), taken from
## the lifetimes 0.11.3 wheel on PyPI into $(CDNOW_DIR) (git-ignored). The summary file is
## written last, so its presence means a complete extraction.
datasets:
	@if [ ! -f $(CDNOW_DIR)/cdnow_customers_summary.csv ]; then \
	  python3 -m pip --version >/dev/null 2>&1 || { \
	    sudo=""; [ "$$(id -u)" -eq 0 ] || sudo="sudo"; \
	    echo "installing: python3-pip"; \
	    $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends python3-pip; \
	  } || exit 1; \
	  tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; \
	  echo "downloading lifetimes==0.11.3 (CDNOW data) into $(CDNOW_DIR)"; \
	  python3 -m pip download --no-deps --quiet -d "$$tmp" lifetimes==0.11.3 && \
	  mkdir -p $(CDNOW_DIR) && \
	  python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); [open(sys.argv[2] + "/" + n, "wb").write(z.read("lifetimes/datasets/" + n)) for n in sys.argv[3:]]' \
	    "$$tmp"/*.whl $(CDNOW_DIR) $(CDNOW_FILES); \
	fi

build: deps
	swift build

## lint: the checked-in .swift-format style, strictly (the toolchain's `swift format`).
lint:
	swift format lint --strict --recursive Sources Tests Benchmarks

## test: the whole test suite (unit, integration and end-to-end tests of the built binary).
test: deps datasets
	swift test $(SWIFT_TEST_FLAGS)

## demo: check the shipped metrics, write the demo CRM database, print last month's scorecard
## and write its report folder (board pack, PNGs, values, manifest) into reports/.
demo: deps
	swift build -c release --product scorecard
	.build/release/scorecard check metrics
	mkdir -p demo
	.build/release/scorecard demo-db --out demo/crm.sqlite --customers 20000 --months 36
	.build/release/scorecard eval --db demo/crm.sqlite --period last-month
	.build/release/scorecard run --db demo/crm.sqlite --period last-month

## bench: the benchmarks recorded in docs/performance.md (release build).
bench: deps
	swift build -c release
	swift run -c release scorecard-bench

clean:
	rm -rf .build
