#!/usr/bin/env python3
"""Compare two `scorecard eval --format json` outputs value by value (relative tolerance)."""
import json, sys, math
a, b = (json.load(open(p)) for p in sys.argv[1:3])
tol = float(sys.argv[3]) if len(sys.argv) > 3 else 1e-9
diffs = 0
def walk(x, y, path):
    global diffs
    if isinstance(x, dict) and isinstance(y, dict):
        for k in sorted(set(x) | set(y)):
            if k not in x or k not in y:
                diffs += 1; print(f"{path}.{k}: only in {'first' if k in x else 'second'}"); continue
            walk(x[k], y[k], f"{path}.{k}")
    elif isinstance(x, list) and isinstance(y, list):
        if len(x) != len(y):
            diffs += 1; print(f"{path}: length {len(x)} vs {len(y)}"); return
        for i, (u, v) in enumerate(zip(x, y)): walk(u, v, f"{path}[{i}]")
    elif isinstance(x, (int, float)) and isinstance(y, (int, float)) and not isinstance(x, bool):
        if not math.isclose(x, y, rel_tol=tol, abs_tol=1e-12):
            diffs += 1; print(f"{path}: {x} vs {y}")
    elif x != y:
        diffs += 1; print(f"{path}: {x!r} vs {y!r}")
walk(a, b, "")
print(f"{diffs} differences")
sys.exit(1 if diffs else 0)
