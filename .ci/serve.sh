#!/usr/bin/env bash
# Sets up what is missing, builds the wasm, and serves the paste page on the
# host and port that wasm-pack.toml's [serve] names.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
bash .ci/build.sh
exec node .ci/serve.mjs --root www --host "$(python3 .ci/manifest.py serve.host)" --port "$(python3 .ci/manifest.py serve.port)"
