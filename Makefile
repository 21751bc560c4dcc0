# Steady: `make run` and `make test` do everything on a fresh Debian/Ubuntu
# machine. Each target installs only what is missing, so repeat runs are fast.
SHELL := /bin/bash
.DEFAULT_GOAL := help

ROOT   := $(abspath .)
TOOLS  := $(ROOT)/.tools
TAURI  := ui/node_modules/.bin/tauri
APP    := target/debug/steady
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Tauri 2 on Linux (https://tauri.app/start/prerequisites/), plus what the
# end-to-end tests need: a virtual display, WebKit's WebDriver, a D-Bus session
# and ImageMagick for screenshots. Selenium (python3-selenium) drives the
# window through tauri-driver; the suites run on Debian's own Python, where
# python3-selenium, python3-dbus and python3-dbusmock are installed, even
# when another python3 comes first on PATH.
APT_BUILD := build-essential pkg-config curl file libwebkit2gtk-4.1-dev libxdo-dev \
             libssl-dev libayatana-appindicator3-dev librsvg2-dev
APT_TEST  := xvfb xauth webkit2gtk-driver dbus dbus-x11 python3 python3-dbusmock python3-selenium imagemagick fonts-noto-color-emoji poppler-utils x11-utils strace \
             fonts-noto-cjk zbar-tools locales faketime desktop-file-utils \
             python3-icalendar khal
# Locales the tests run the app in (issue 16: Germany, the UK, Australia and
# the US), built into .tools/locale with localedef and found through LOCPATH,
# so nothing system-wide changes.
TEST_LOCALES := de_DE en_GB en_AU en_US
PYTHON_TEST  := /usr/bin/python3

.PHONY: help run test build ui deps deps-test lint bindings check-bindings test-core test-e2e package test-package bench bench-smoke clean

help:
	@echo "make run    install what is missing, build, open Steady"
	@echo "make test   install what is missing, run every check and test"
	@echo "make package       build the Linux .deb (release)"
	@echo "make test-package  install it here, launch it, remove it (root)"
	@echo "make bench         Steady against a bare Tauri app (release, ~15 min): bench/RESULTS.md"

# ---- installs ----

define apt_install
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
endef

deps: ui/node_modules/.installed
	$(call apt_install,$(APT_BUILD))
	@command -v cargo >/dev/null || { echo "Rust is missing: install it with rustup (https://rustup.rs), then run make again."; exit 1; }

# Node from the distribution when none is installed (Debian 12's Node 18 is
# enough: Vite 6 is chosen for that); an existing Node, e.g. NodeSource's, is kept.
ui/node_modules/.installed: ui/package.json ui/package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm; }
	cd ui && npm ci --no-audit --no-fund
	@touch $@

deps-test: deps $(TOOLS)/locale/.made
	$(call apt_install,$(APT_TEST))
	@[ -x $(TOOLS)/bin/tauri-driver ] || cargo install tauri-driver --locked --root $(TOOLS)

$(TOOLS)/locale/.made:
	$(call apt_install,locales)
	@mkdir -p $(TOOLS)/locale
	@for l in $(TEST_LOCALES); do localedef -i $$l -f UTF-8 $(TOOLS)/locale/$$l.UTF-8 || exit 1; done
	@touch $@

# ---- build ----

ui: deps
	cd ui && npm run build

# The Tauri CLI builds with the `custom-protocol` feature, so the binary serves
# the bundled UI; a plain `cargo build` would load the Vite dev server instead.
build: deps
	$(TAURI) build --debug --no-bundle

run: build
	./$(APP)

# ---- checks ----

# The TS types in ui/src/lib/bindings come from the Rust types (ts-rs); this
# rewrites them all (a type that is gone loses its file), and check-bindings
# fails when the committed copy is stale.
# The protocol's JSON Schema is generated the same way, from the Rust types.
bindings: deps
	rm -f ui/src/lib/bindings/*.ts
	cargo test --quiet --lib export_bindings >/dev/null
	STEADY_WRITE_SCHEMA=1 cargo test --quiet --test core published_schema >/dev/null

check-bindings: bindings
	@git diff --exit-code --stat -- ui/src/lib/bindings protocol || { echo "Generated files are stale: run 'make bindings' and commit."; exit 1; }
	@untracked=$$(git ls-files --others --exclude-standard ui/src/lib/bindings protocol); \
	 [ -z "$$untracked" ] || { echo "New bindings not committed: $$untracked"; exit 1; }

lint: ui
	python3 tests/ipc_surface.py
	python3 tests/layers.py
	python3 tests/care_numbers.py
	python3 tests/test_care_numbers.py
	python3 tests/desktop_entry.py
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --quiet -- -D warnings
	cd ui && npm run --silent check

test-core: deps-test ui
	LOCPATH=$(TOOLS)/locale cargo test --workspace

# `make test-e2e E2E="tray chart"` runs only the tests whose names hold one of the words.
test-e2e: deps-test build
	STEADY_APP=$(ROOT)/$(APP) TAURI_DRIVER=$(TOOLS)/bin/tauri-driver LOCPATH=$(TOOLS)/locale \
	  xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- $(PYTHON_TEST) tests/e2e/run.py $(E2E)

test: deps-test check-bindings lint test-core test-e2e bench-smoke

# ---- benchmark (issue 8) ----

# Steady against the floor: the bare Tauri 2 app in bench/baseline, built
# with the same release profile, both run under Xvfb with a D-Bus session and
# a notification server. Writes bench/RESULTS.md. Slow (cold release builds
# of both, 3 minutes of idle), so not part of `make test`.
BENCH_RUN = xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- $(PYTHON_TEST) bench/run.py \
            --tauri-driver $(TOOLS)/bin/tauri-driver

bench: deps-test
	$(TAURI) build --bundles deb
	cargo build --release -p steady-bench-baseline
	cargo build --release --example bench-seed --example bench-views --example bench-reader
	$(BENCH_RUN) --steady target/release/steady --baseline target/release/steady-baseline \
	  --seeder target/release/examples/bench-seed --views target/release/examples/bench-views \
	  --reader target/release/examples/bench-reader --out bench/RESULTS.md

# The same run with tiny data and one iteration of each measure, on debug
# builds: in `make test` so the benchmark cannot rot. Its figures mean nothing.
bench-smoke: deps-test build
	cargo build --quiet -p steady-bench-baseline
	cargo build --quiet --example bench-seed --example bench-views --example bench-reader
	$(BENCH_RUN) --smoke --steady $(APP) --baseline target/debug/steady-baseline \
	  --seeder target/debug/examples/bench-seed --views target/debug/examples/bench-views \
	  --reader target/debug/examples/bench-reader

# ---- packages ----

# Release bundles for Linux. AppImage is not built: Tauri's AppImage bundler
# downloads linuxdeploy at build time, which this project's machines cannot.
package: deps
	$(TAURI) build --bundles deb

# Installs the .deb on this machine (needs root), launches it, removes it.
test-package: deps-test package
	TAURI_DRIVER=$(TOOLS)/bin/tauri-driver \
	  xvfb-run -a -s "-screen 0 1280x900x24" dbus-run-session -- $(PYTHON_TEST) tests/package/test_deb.py

clean:
	rm -rf target ui/dist ui/node_modules $(TOOLS)
