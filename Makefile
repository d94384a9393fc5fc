# Scorecard: set-up, demo and tests. Every target installs the Debian packages it needs.
SHELL := /bin/bash
APT_PACKAGES := pkg-config libsqlite3-dev sqlite3 libcairo2-dev libpango1.0-dev \
                fonts-dejavu-core fonts-inter poppler-utils qpdf
SWIFT_TEST_FLAGS ?=

.PHONY: deps build test demo bench clean

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

build: deps
	swift build

## test: the whole test suite (unit, integration and end-to-end tests of the built binary).
test: deps
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
	swift run -c release scorecard-bench

clean:
	rm -rf .build
