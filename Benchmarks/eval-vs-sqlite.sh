#!/usr/bin/env bash
# Benchmark: `scorecard eval` of the whole shipped library for 2026-10 on a demo database with
# about 1.1M order lines, next to the minimal hand-written SQL (one query per source) run by the
# sqlite3 shell on the same file: as the shell runs it by default, and with the memory map eval
# uses (`PRAGMA mmap_size`), for a like-for-like figure. The three run alternately, RUNS times
# (default 5), in one go; the last line gives the medians and their ratios.
# Usage: Benchmarks/eval-vs-sqlite.sh [DB]   (default /tmp/bench-crm.sqlite, created when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-/tmp/bench-crm.sqlite}
runs=${RUNS:-5}
swift build -c release --product scorecard >/dev/null
if [ ! -f "$db" ]; then
  .build/release/scorecard demo-db --out "$db" --customers 100000 --months 36 --end 2026-10 >/dev/null
fi
sql=Benchmarks/sql/handwritten-2026-10.sql
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); awk "BEGIN { printf \"%.2f\", $end - $start }"; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
engine=() shell=() mapped=()
for run in $(seq "$runs"); do
  engine+=("$(seconds .build/release/scorecard eval --db "$db" --period 2026-10 --format json)")
  shell+=("$(seconds sh -c "sqlite3 '$db' < $sql")")
  mapped+=("$(seconds sh -c "{ echo 'PRAGMA mmap_size = 1073741824;'; cat $sql; } | sqlite3 '$db'")")
  echo "run $run: scorecard eval ${engine[-1]}s, hand-written SQL ${shell[-1]}s, with mmap ${mapped[-1]}s"
done
e=$(median "${engine[@]}") s=$(median "${shell[@]}") m=$(median "${mapped[@]}")
echo "median: scorecard eval ${e}s, hand-written SQL ${s}s (ratio $(awk "BEGIN { printf \"%.2f\", $e / $s }")), with mmap ${m}s (ratio $(awk "BEGIN { printf \"%.2f\", $e / $m }"))"
