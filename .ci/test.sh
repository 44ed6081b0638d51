#!/usr/bin/env bash
# Runs every test: native unit, table and evaluation tests; the wasm tests in
# Node and in headless Chromium; and the browser end-to-end tests of the page
# and the widget. Installs what is missing first (.ci/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "setup"
bash .ci/setup.sh

step "native tests (cargo test)"
cargo test
# The pathological inputs run at a tenth of their size in debug builds; here
# at full size (10 MB on one line, a million digits...).
cargo test --release --test pathological

step "fuzzing: replay every committed crash input, then 60 s of new inputs"
bash .ci/fuzz.sh 60

step "build the wasm outputs (wasm-pack.toml)"
bash .ci/build.sh

for runner in $(python3 .ci/manifest.py test.wasm-runners); do
  step "wasm tests in $runner (wasm-pack test)"
  case "$runner" in
    node) wasm-pack test --node ;;
    chrome) WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome --chromedriver "$(command -v chromedriver)" ;;
    *) echo "unknown wasm runner $runner in wasm-pack.toml" >&2; exit 1 ;;
  esac
done

step "browser end-to-end tests (playwright-core + chromium)"
(cd tests/e2e && npm test)
