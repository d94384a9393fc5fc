#!/usr/bin/env bash
# Benchmark: `scorecard eval` of the whole shipped library for 2026-10 on a demo database, next to
# the minimal hand-written SQL (one query per source) run by the sqlite3 shell on the same file:
# as the shell runs it by default, and with a 1 GiB memory map (`PRAGMA mmap_size`). The three run
# alternately, RUNS times (default 5), in one go; each run's wall time, CPU time (user + system)
# and peak resident memory come from /usr/bin/time, and the last line gives the medians and the
# wall-time ratios.
# Usage: Benchmarks/eval-vs-sqlite.sh [DB] [CUSTOMERS]
#   DB defaults to /tmp/bench-crm.sqlite; when missing it is created with CUSTOMERS customers
#   (default 100000: about 1.1M order lines; 1000000 gives about 11.3M), 36 months to 2026-10.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-/tmp/bench-crm.sqlite}
customers=${2:-100000}
runs=${RUNS:-5}
swift build -c release --product scorecard >/dev/null
if [ ! -f "$db" ]; then
  .build/release/scorecard demo-db --out "$db" --customers "$customers" --months 36 --end 2026-10 >/dev/null
fi
sql=Benchmarks/sql/handwritten-2026-10.sql
source Benchmarks/timing.sh
engine=() shell=() mapped=()
for run in $(seq "$runs"); do
  engine+=("$(measure .build/release/scorecard eval --db "$db" --period 2026-10 --format json)")
  shell+=("$(measure sh -c "sqlite3 '$db' < $sql")")
  mapped+=("$(measure sh -c "{ echo 'PRAGMA mmap_size = 1073741824;'; cat $sql; } | sqlite3 '$db'")")
  echo "run $run (wall s, cpu s, peak MB): scorecard eval ${engine[-1]}; hand-written SQL ${shell[-1]}; with mmap ${mapped[-1]}"
done
summary() { # name, rows...
  local name=$1; shift
  printf '%s %s s wall, %s s cpu, %s MB' "$name" "$(median $(column 1 "$@"))" "$(median $(column 2 "$@"))" \
    "$(median $(column 3 "$@"))"
}
e=$(median $(column 1 "${engine[@]}")) s=$(median $(column 1 "${shell[@]}")) m=$(median $(column 1 "${mapped[@]}"))
echo "median: $(summary 'scorecard eval' "${engine[@]}"); $(summary 'hand-written SQL' "${shell[@]}") (wall ratio $(awk "BEGIN { printf \"%.2f\", $e / $s }")); $(summary 'with mmap' "${mapped[@]}") (wall ratio $(awk "BEGIN { printf \"%.2f\", $e / $m }"))"
