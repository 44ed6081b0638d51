#!/usr/bin/env bash
# Builds the wasm module and its JS glue for every output in wasm-pack.toml:
# cargo (the manifest's profile) -> wasm-opt (its flags) -> wasm-bindgen (its
# target), copies the gazetteer's second tier beside it, then prints each
# file's size raw and gzipped.
#
# wasm-opt runs before wasm-bindgen: binaryen 108 (Debian bookworm) rewrites
# the export of wasm-bindgen's externref table to point at the function
# table, and the glue then fails at start-up ("Table.set(): Argument 1 is
# invalid"). Optimizing first measured the same size to 0.3%.
set -euo pipefail
cd "$(dirname "$0")/.."
m() { python3 .ci/manifest.py "$1"; }
export PATH="$HOME/.cargo/bin:$PATH"

profile=$(m build.profile)
target=$(m build.rust-target)
cargo build --lib --target "$target" --profile "$profile" ${CARGO_BUILD_FLAGS:-}
wasm="target/$target/$profile/article_annotator.wasm"
optimized="target/$target/$profile/article_annotator.opt.wasm"
# shellcheck disable=SC2046
wasm-opt $(m build.wasm-opt) "$wasm" -o "$optimized"

python3 .ci/manifest.py outputs | while read -r name bindgen_target out_dir; do
  mkdir -p "$out_dir"
  wasm-bindgen "$optimized" --target "$bindgen_target" --out-dir "$out_dir" --out-name article_annotator
  # The gazetteer's second tier, which the page and the widget fetch after
  # the first highlights (www/lib/client.js) and pass to loadPlaces().
  cp src/data/places-local.bin "$out_dir"/places-local.bin
  for f in "$out_dir"/article_annotator_bg.wasm "$out_dir"/article_annotator.js "$out_dir"/places-local.bin; do
    printf '[build] %-5s %-40s %8d bytes, %7d gzipped\n' "$name" "$f" "$(wc -c < "$f")" "$(gzip -9 -c "$f" | wc -c)"
  done
done
