#!/usr/bin/env bash
# Benchmark: `scorecard eval` of the whole shipped library for 2026-10 against a PostgreSQL copy
# of the demo CRM, next to the minimal hand-written SQL (sql/handwritten-2026-10-postgresql.sql)
# run by psql on the same database. Starts its own server (Debian's PostgreSQL 15, as the
# `postgres` user, in a temporary folder, on a free loopback port), loads the demo with
# `scorecard demo-db --out postgresql://…` (COPY), runs the two alternately RUNS times (default
# 5) under /usr/bin/time, prints each run's wall time, CPU time and peak memory and the medians,
# then stops the server and removes its folder.
# Usage: Benchmarks/eval-vs-postgres.sh [CUSTOMERS]   (default 100000: about 1.1M order lines)
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${1:-100000}
runs=${RUNS:-5}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
swift build -c release --product scorecard >/dev/null
folder=$(mktemp -d /tmp/scorecard-pg-bench.XXXXXX)
chown postgres "$folder"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_postgres() { runuser -u postgres -- "$@"; }
stop() { as_postgres "$bin/pg_ctl" -D "$folder/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$folder"; }
trap stop EXIT
as_postgres "$bin/initdb" -D "$folder/data" -A trust -U postgres >/dev/null
as_postgres "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
  -o "-p $port -k $folder -c listen_addresses=127.0.0.1" start >/dev/null
as_postgres "$bin/createdb" -h "$folder" -p "$port" crm
url="postgresql://postgres@127.0.0.1:$port/crm"
/usr/bin/time -f 'demo-db: %e s wall, %M KB peak' .build/release/scorecard demo-db --out "$url" \
  --customers "$customers" --months 36 --end 2026-10 >/dev/null
sql=Benchmarks/sql/handwritten-2026-10-postgresql.sql
source Benchmarks/timing.sh
engine=() shell=()
for run in $(seq "$runs"); do
  engine+=("$(measure .build/release/scorecard eval --db "$url" --period 2026-10 --format json)")
  shell+=("$(measure "$bin/psql" -q -X -v ON_ERROR_STOP=1 "$url" -f "$sql")")
  echo "run $run (wall s, cpu s, peak MB of the client): scorecard eval ${engine[-1]}; hand-written SQL in psql ${shell[-1]}"
done
e=$(median $(column 1 "${engine[@]}")) s=$(median $(column 1 "${shell[@]}"))
echo "median: scorecard eval ${e} s wall, $(median $(column 2 "${engine[@]}")) s cpu, $(median $(column 3 "${engine[@]}")) MB;" \
  "psql ${s} s wall (ratio $(awk "BEGIN { printf \"%.2f\", $e / $s }"))"
