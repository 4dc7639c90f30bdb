# Sourced by the scripts: the npm wasm-opt must come before any /usr/bin/wasm-opt.
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never
