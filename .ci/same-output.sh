#!/usr/bin/env bash
# Compares the CLI's output on every set in ../shared/data with the output of
# another revision (default: main's merge base with HEAD, else HEAD~1), line
# by line as JSON (keys sorted, so that the order the CLI writes fields in
# does not count). For refactors and optimizations that must not change a span.
#   bash .ci/same-output.sh [REV]
# DROP_FIELDS=date.interval,place.street drops those detail fields from both
# outputs first, for a change that adds a field on purpose; by default every
# field is compared.
# Prints one line a set and exits non-zero when any set differs.
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
[ -d "$data" ] || { echo "SKIPPED: $data is absent (it exists in CI, not in a clone)"; exit 0; }
rev=${1:-$(git merge-base main HEAD 2>/dev/null || git rev-parse HEAD~1)}
drop=${DROP_FIELDS:-}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add --detach "$work/tree" "$rev" >/dev/null 2>&1
# The other revision builds into a target folder of its own under ours, so
# its incremental state survives between runs.
old_target="$PWD/target/same-output"
(cd "$work/tree" && CARGO_TARGET_DIR="$old_target" cargo build --release --bin annotate -q)
old="$old_target/release/annotate"
cargo build --release --bin annotate -q
strip() {
    python3 -c '
import json, sys
drop = [k for k in sys.argv[1].split(",") if k]
for line in sys.stdin:
    d = json.loads(line)
    for s in d.get("spans", []):
        for k in drop:
            kind, _, field = k.partition(".")
            s.get(kind, {}).pop(field, None)
    print(json.dumps(d, sort_keys=True))
' "$drop"
}
status=0
for f in "$data"/*.jsonl; do
  set_name=$(basename "$f" .jsonl)
  # A gold file may hold a line the CLI rejects (exit 1); the rest counts.
  a=$({ "$old" --jsonl < "$f" 2>/dev/null || true; } | strip | sha256sum)
  b=$({ ./target/release/annotate --jsonl < "$f" 2>/dev/null || true; } | strip | sha256sum)
  if [ "$a" = "$b" ]; then echo "same     $set_name"; else echo "DIFFERS  $set_name"; status=1; fi
done
exit $status
