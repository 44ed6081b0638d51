#!/usr/bin/env bash
# Fuzzes `annotate` (issue 8) with cargo-fuzz / libFuzzer, target
# tests/fuzz/fuzz_targets/annotate.rs, whose checks live in
# tests/fuzz/contract.rs (shared with tests/invariants.rs).
#
#   bash .ci/fuzz.sh [SECONDS] [extra libFuzzer flags...]
#
# 1. Replays the committed inputs (tests/fuzz/regressions: minimized crashers
#    found before; tests/fuzz/seeds: a few sentences) and fails if any crashes.
# 2. Fuzzes for SECONDS (default 60; 0 replays only) from a working corpus in
#    tests/fuzz/corpus/annotate (not committed; it grows run after run).
# Exits non-zero on any crash, panic, contract violation or hang, leaving the
# input in tests/fuzz/artifacts/annotate/.
#
# For a long hunt, e.g. four hours on both cores:
#   bash .ci/fuzz.sh 14400 -fork=2
# then, for a crash, minimize it and commit it as a regression:
#   RUSTC_BOOTSTRAP=1 cargo fuzz tmin annotate --fuzz-dir tests/fuzz --sanitizer none \
#       tests/fuzz/artifacts/annotate/crash-XXXX
#   cp tests/fuzz/artifacts/annotate/minimized-from-XXXX tests/fuzz/regressions/<what-it-breaks>
# (`cargo test --test invariants` replays that folder too, without cargo-fuzz.)
# A crash that cannot be fixed at once goes to tests/fuzz/known-crashers/
# instead (replayed by `cargo test --test invariants -- --ignored`), so CI
# stays green until the fix moves it into regressions/.
#
# cargo-fuzz needs nightly -Z flags; only the stable toolchain exists here,
# and RUSTC_BOOTSTRAP=1 lets it accept them. FUZZ_SANITIZER=address turns
# AddressSanitizer on (the crate forbids unsafe code, so it mostly guards the
# dependencies, at about half the speed); the default is none.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1

seconds="${1:-60}"
shift || true
sanitizer="${FUZZ_SANITIZER:-none}"
fuzz_dir=tests/fuzz
corpus="$fuzz_dir/corpus/annotate"

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz"
  cargo install cargo-fuzz --version '^0.13' --locked
fi

# -a: debug assertions and overflow checks, so silent wrap-around in offset
# or number arithmetic becomes a crash.
run() { cargo fuzz run annotate --fuzz-dir "$fuzz_dir" --sanitizer "$sanitizer" -a "$@"; }

echo "== replaying tests/fuzz/regressions and tests/fuzz/seeds"
mkdir -p "$fuzz_dir/regressions"
run "$fuzz_dir/regressions" "$fuzz_dir/seeds" -- -runs=0

if [ "$seconds" -gt 0 ]; then
  echo "== fuzzing for $seconds s"
  mkdir -p "$corpus"
  # The working corpus comes first: libFuzzer adds what it finds there, and
  # only reads the seeds.
  run "$corpus" "$fuzz_dir/seeds" -- \
    -max_total_time="$seconds" -dict="$fuzz_dir/annotate.dict" -max_len=4096 -timeout=10 \
    -print_final_stats=1 "$@"
fi
echo "fuzz: no crash"
