#!/usr/bin/env bash
# Scores the release CLI on every gold set in ../shared/data with
# ../shared/eval/score.py, each on the kinds it annotates (data/README.md).
# Not a test: a report for closing notes and the README.
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
[ -d "$data" ] || { echo "SKIPPED: $data is absent (it exists in CI, not in a clone)"; exit 0; }
cargo build --release --bin annotate -q
out=$(mktemp -d)
while read -r set kinds; do
  [ -f "$data/$set.jsonl" ] || continue
  # A line the CLI rejects (a gold file with an impossible referenceDate) is
  # reported on stderr and scored as a document with no spans.
  ./target/release/annotate --jsonl --kinds "$kinds" < "$data/$set.jsonl" > "$out/$set.jsonl" || true
  echo "### $set (--kinds $kinds)"
  python3 ../shared/eval/score.py "$data/$set.jsonl" "$out/$set.jsonl" --kinds "$kinds" | sed -n '1,4p'
done <<'SETS'
seed place,date,figure
gum-news place,date
geovirus place
meantime-dev place,date,figure
wikiwars date
recognizers-datetime date
duckling date,figure
chrono date
recognizers-number figure
quantulum3 figure
SETS
