#!/usr/bin/env bash
# Builds the wasm module and its JS glue for every output in wasm-pack.toml:
# cargo (the manifest's profile) -> wasm-bindgen (its target) -> wasm-opt
# (its flags), then prints each file's size raw and gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."
m() { python3 .ci/manifest.py "$1"; }
export PATH="$HOME/.cargo/bin:$PATH"

profile=$(m build.profile)
target=$(m build.rust-target)
cargo build --lib --target "$target" --profile "$profile" ${CARGO_BUILD_FLAGS:-}
wasm="target/$target/$profile/article_annotator.wasm"

python3 .ci/manifest.py outputs | while read -r name bindgen_target out_dir; do
  mkdir -p "$out_dir"
  wasm-bindgen "$wasm" --target "$bindgen_target" --out-dir "$out_dir" --out-name article_annotator
  # shellcheck disable=SC2046
  wasm-opt $(m build.wasm-opt) "$out_dir/article_annotator_bg.wasm" -o "$out_dir/article_annotator_bg.wasm"
  for f in "$out_dir"/article_annotator_bg.wasm "$out_dir"/article_annotator.js; do
    printf '[build] %-5s %-40s %8d bytes, %7d gzipped\n' "$name" "$f" "$(wc -c < "$f")" "$(gzip -9 -c "$f" | wc -c)"
  done
done
