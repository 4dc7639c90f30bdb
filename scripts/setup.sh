#!/usr/bin/env bash
# Idempotent toolchain setup for a fresh Debian 12 / Rust machine that reaches only the package registries.
# Every step checks first and skips what is already there, so a second run takes seconds.
# Pitfalls behind each step are measured in ../shared/research/toolchain.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
TRUNK_VERSION=0.22.1
WITH_BROWSER=${WITH_BROWSER:-1}   # scripts/run sets 0: serving needs no browser

# 1. Debian packages. Chromium + its own chromedriver for the tests; brotli and python3 for builds and figures.
#    Debian's binaryen is NOT used: v108 cannot parse the wasm Rust 1.95 emits (npm binaryen below).
pkgs=()
command -v brotli  >/dev/null || pkgs+=(brotli)
command -v python3 >/dev/null || pkgs+=(python3)
if [ "$WITH_BROWSER" = 1 ]; then
  command -v chromium     >/dev/null || pkgs+=(chromium)
  command -v chromedriver >/dev/null || pkgs+=(chromium-driver)
  # The two other engines: Firefox ESR (driven by geckodriver, step 4b) and WebKitGTK, Safari's engine, whose
  # WebKitWebDriver needs a display: xvfb-run gives it one.
  command -v firefox-esr     >/dev/null || pkgs+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || pkgs+=(webkit2gtk-driver)
  command -v xvfb-run        >/dev/null || pkgs+=(xvfb)
  command -v xauth           >/dev/null || pkgs+=(xauth)
fi
if ((${#pkgs[@]})); then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}"
fi

# 2. The wasm target.
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# 3. wasm-bindgen CLI (and wasm-bindgen-test-runner) at exactly the version in Cargo.lock.
WBV=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WBV" ]; then
  # --locked fails while the registry lacks a crate its lockfile pins; fall back to a fresh resolve.
  cargo install --locked wasm-bindgen-cli --version "$WBV" --force \
    || cargo install wasm-bindgen-cli --version "$WBV" --force
fi

# 4. trunk. 0.22.1 declares rust-version 1.96.1 but builds and works on 1.95 with --ignore-rust-version.
#    LTO off only shortens the ~10 min install on 2 cores.
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked --ignore-rust-version trunk --version "$TRUNK_VERSION" --force
fi

# 4b. geckodriver from crates.io (Mozilla's release binaries cannot be downloaded here); about 80 s to build.
GECKODRIVER_VERSION=0.37.1
if [ "$WITH_BROWSER" = 1 ] && [ "$(geckodriver --version 2>/dev/null | awk 'NR==1{print $2}')" != "$GECKODRIVER_VERSION" ]; then
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION" --force
fi

# 5. JS tooling, pinned exactly by tests/e2e/package-lock.json: wasm-opt (npm binaryen 132),
#    Playwright (no browser download: it drives Debian's chromium), axe-core, Lighthouse 12.
if [ ! -x tests/e2e/node_modules/.bin/wasm-opt ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
  npm ci --prefix tests/e2e --no-audit --no-fund
fi

# 6. Crates: Trunk.toml sets offline = true, which passes --offline to cargo.
cargo fetch --locked >/dev/null
# The on-demand QR module is its own crate with its own Cargo.lock (scripts/build_scanner.sh).
cargo fetch --locked --manifest-path scanner/Cargo.toml >/dev/null
