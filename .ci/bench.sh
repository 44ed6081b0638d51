#!/usr/bin/env bash
# The benchmark (issue 7): speed, cold start, memory, linearity and size of
# article-annotator, natively and as wasm in Node and headless Chromium, and
# the peer libraries (compromise, chrono-node, Microsoft Recognizers-Text,
# wink-nlp) on the same texts in the same run. Issue 16 added what real use
# looks like, reported first: each Wikinews paragraph one call, each article
# one call, ours and every peer alternately on the same texts in Node and in
# Chromium, and the per-call overhead (an empty and a one-word text). Where
# valgrind is installed (apt-get install valgrind), the instructions per byte
# of those paragraph calls, all kinds and each alone (cachegrind): the one
# figure that the machine's load does not move, for comparing commits.
#
#   bash .ci/bench.sh                 # everything; about 10 minutes
#   BENCH_RUNS=9 bash .ci/bench.sh    # more runs per median (default 5)
#   BENCH_SKIP_BUILD=1 bash .ci/bench.sh   # reuse the last build
#
# Prints one combined table with PASS/MISS per budget and writes it as
# markdown to target/bench-results.md (for the README). The texts are read
# at run time from ../shared/data (next to the repository); where that is
# absent a generated text is measured and the results say so. Nothing here
# is a test: a slow number is reported, not failed. Without ../shared/data
# the paragraph and article rows (and their budgets) say SKIPPED.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
failed=()

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  step "setup (tools pinned in wasm-pack.toml)"
  bash .ci/setup.sh
fi

step "peers (tests/bench/peers; never product dependencies)"
if ! (cd tests/bench/peers && node -e "
  const lock = require('./package-lock.json').packages;
  for (const [path, { version, optional }] of Object.entries(lock)) {
    if (!path) continue;
    let installed;
    try { installed = require('./' + path + '/package.json').version; } catch (e) {
      // esbuild's binaries for other platforms are optional: npm skips them.
      if (optional) continue;
      process.exit(1);
    }
    if (installed !== version) process.exit(1);
  }" 2>/dev/null); then
  (cd tests/bench/peers && npm ci --no-audit --no-fund --silent)
fi
echo "installed: $(cd tests/bench/peers && node -p "Object.entries(require('./package.json').devDependencies).map(([k, v]) => k + '@' + v).join(', ')")"

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  step "build (cargo bench --no-run; .ci/build.sh)"
  cargo bench --bench throughput --no-run
  bash .ci/build.sh
fi

# The wasm outputs must load before they can be measured. If the optimized
# build does not (wasm-opt 108, Debian bookworm's binaryen, rewrites
# wasm-bindgen's externref table into one that V8 rejects: "Table.set():
# Argument 1 is invalid for table"), measure wasm-bindgen's output without
# wasm-opt instead, in target/bench/pkg-*, and say so in the results.
loads() { node -e "require(process.argv[1]).annotate('Rain in Oslo on 3 May.', {})" "$PWD/$1/article_annotator.js" >/dev/null 2>&1; }
if ! loads target/pkg-node; then
  step "the built package does not load in Node; measuring the build without wasm-opt"
  node -e "require(process.argv[1]).annotate('x', {})" "$PWD/target/pkg-node/article_annotator.js" 2>&1 | grep -m1 Error || true
  wasm="target/$(python3 .ci/manifest.py build.rust-target)/$(python3 .ci/manifest.py build.profile)/article_annotator.wasm"
  for pair in nodejs:target/bench/pkg-node web:target/bench/pkg-web; do
    rm -rf "${pair#*:}"
    wasm-bindgen "$wasm" --target "${pair%%:*}" --out-dir "${pair#*:}" --out-name article_annotator
    cp src/data/places-local.bin "${pair#*:}"/
  done
  export BENCH_PKG_NODE=target/bench/pkg-node BENCH_PKG_WEB=target/bench/pkg-web
  loads target/bench/pkg-node || { echo "[bench] the wasm build does not load even without wasm-opt" >&2; failed+=("wasm build"); }
fi

# Results of an earlier run must not pass for this one's.
rm -f target/bench/native.json target/bench/node.json target/bench/chromium.json target/bench/instructions.json

step "native (cargo bench --bench throughput)"
cargo bench --bench throughput || failed+=("native")

step "instructions per byte (the CLI under cachegrind, tests/bench/instructions.mjs)"
cargo build --release --bin annotate -q
node tests/bench/instructions.mjs || failed+=("instructions")

step "wasm in Node, and the peers (tests/bench/node.mjs)"
node tests/bench/node.mjs || failed+=("node")

step "wasm in headless Chromium (tests/bench/chromium.mjs)"
node tests/bench/chromium.mjs || failed+=("chromium")

step "results (target/bench-results.md)"
node tests/bench/report.mjs

if [ ${#failed[@]} -gt 0 ]; then
  echo "[bench] these parts failed and are missing from the results: ${failed[*]}" >&2
  exit 1
fi
