# Shared by the eval benchmarks (sourced, not run): timing a command and taking medians.

# Prints "wall cpu peakMB" of a command run under /usr/bin/time (CPU = user + system).
measure() {
  local out
  out=$(/usr/bin/time -f '%e %U %S %M' "$@" 2>&1 >/dev/null | tail -1)
  awk -v t="$out" 'BEGIN { split(t, f, " "); printf "%.2f %.2f %.0f", f[1], f[2] + f[3], f[4] / 1024 }'
}

# The median of the numbers given.
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# Field N of each "wall cpu peakMB" row given.
column() { local n=$1; shift; for row in "$@"; do echo "$row" | cut -d' ' -f"$n"; done; }
