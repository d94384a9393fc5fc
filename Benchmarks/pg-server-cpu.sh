#!/usr/bin/env bash
# Benchmark helper: runs each SQL file with psql against a PostgreSQL server on this machine and
# prints its wall time and the CPU time all `postgres` processes spent on it (their own and their
# reaped parallel workers', from /proc), which varies less than wall time on shared cores.
# Alternate the files (a.sql b.sql a.sql b.sql …) and compare medians.
# Usage: Benchmarks/pg-server-cpu.sh URL FILE.sql...
#   e.g. Benchmarks/pg-server-cpu.sh postgresql://postgres@127.0.0.1:54329/crm old.sql new.sql old.sql new.sql
set -euo pipefail
url=$1
shift
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
server_cpu() {
  python3 - <<'PYTHON'
import os
ticks = 0
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        if open(f"/proc/{pid}/comm").read().strip() != "postgres":
            continue
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        ticks += sum(int(field) for field in fields[11:15])  # utime, stime, cutime, cstime
    except OSError:
        pass
print(ticks / os.sysconf("SC_CLK_TCK"))
PYTHON
}
for file in "$@"; do
  before=$(server_cpu)
  start=$(date +%s.%N)
  "$bin/psql" -X -q -v ON_ERROR_STOP=1 -o /dev/null "$url" -f "$file"
  end=$(date +%s.%N)
  after=$(server_cpu)
  awk -v f="$file" -v w="$(echo "$end - $start" | bc)" -v c="$(echo "$after - $before" | bc)" \
    'BEGIN { printf "%s: %.2f s wall, %.2f s server CPU\n", f, w, c }'
done
