#!/usr/bin/env bash
# Benchmark: `scorecard eval` of the whole shipped library for 2026-10 on a demo database with
# about 1.1M order lines, next to the minimal hand-written SQL (one query per source) run by the
# sqlite3 shell on the same file. Runs both alternately, three times each, in one go.
# Usage: Benchmarks/eval-vs-sqlite.sh [DB]   (default /tmp/bench-crm.sqlite, created when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-/tmp/bench-crm.sqlite}
swift build -c release --product scorecard >/dev/null
if [ ! -f "$db" ]; then
  .build/release/scorecard demo-db --out "$db" --customers 100000 --months 36 --end 2026-10
fi
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); awk "BEGIN { printf \"%.2f\", $end - $start }"; }
for run in 1 2 3; do
  engine=$(seconds .build/release/scorecard eval --db "$db" --period 2026-10 --format json)
  shell=$(seconds sh -c "sqlite3 '$db' < Benchmarks/sql/handwritten-2026-10.sql")
  echo "run $run: scorecard eval ${engine}s, hand-written SQL ${shell}s, ratio $(awk "BEGIN { printf \"%.1f\", $engine / $shell }")"
done
