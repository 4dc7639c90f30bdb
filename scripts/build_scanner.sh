#!/usr/bin/env bash
# Builds the on-demand QR module (scanner/: QR encoder and decoder, no Yew) into the staging folder given as $1:
#   qr-<hash>_bg.wasm  the module, wasm-opt -Oz;
#   qr-<hash>.js       its wasm-bindgen glue (--target web), naming that wasm;
#   qr.js              js/qr.js (camera and the app's entry point, window.__loadQr), naming that glue.
# The hash is of the module and glue, so a changed module never meets an old cached copy. post_build.py runs this
# first, so the CSP, the service worker's list and the single file all see these files.
set -euo pipefail
out=$(cd "${1:?usage: build_scanner.sh STAGING_DIR}" && pwd)
cd "$(dirname "$0")/.."
. scripts/env.sh
# Offline like the app's build: scripts/setup.sh fetches scanner/Cargo.lock's crates.
cargo build --release --offline --locked --manifest-path scanner/Cargo.toml --target wasm32-unknown-unknown --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$tmp" --out-name qr \
  scanner/target/wasm32-unknown-unknown/release/egenvurdering_scanner.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  --enable-reference-types --enable-multivalue -o "$tmp/qr.opt.wasm" "$tmp/qr_bg.wasm"
hash=$(cat "$tmp/qr.opt.wasm" "$tmp/qr.js" | sha256sum | cut -c1-16)
grep -q "'qr_bg.wasm'" "$tmp/qr.js" || { echo "build_scanner: the glue no longer names qr_bg.wasm" >&2; exit 1; }
grep -q "from './qr-wasm.js'" js/qr.js || { echo "build_scanner: js/qr.js no longer imports ./qr-wasm.js" >&2; exit 1; }
cp "$tmp/qr.opt.wasm" "$out/qr-${hash}_bg.wasm"
sed "s/'qr_bg.wasm'/'qr-${hash}_bg.wasm'/" "$tmp/qr.js" > "$out/qr-${hash}.js"
sed "s|from './qr-wasm.js'|from './qr-${hash}.js'|" js/qr.js > "$out/qr.js"
echo "build_scanner: qr-${hash}_bg.wasm $(wc -c < "$out/qr-${hash}_bg.wasm") bytes ($(gzip -9c "$out/qr-${hash}_bg.wasm" | wc -c) gzip)"
