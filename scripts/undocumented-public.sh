#!/usr/bin/env bash
# Counts public declarations without a `///` doc comment directly above them (attribute lines such
# as `@discardableResult` may sit between), and documented ones whose comment does not open with a
# one-line summary (its first line starts a list or code block, or its first paragraph goes on to a
# second line), per target folder under Sources/.
#
#   scripts/undocumented-public.sh                     # every target
#   scripts/undocumented-public.sh ScorecardModel      # one target
#   scripts/undocumented-public.sh -l ScorecardModel   # list file:line of each offender
#
# A public declaration is a line whose modifiers include `public` or `open` (`public init`,
# `public static func`, `public var`, `public struct`, ...); `public import` and extensions are not
# declarations of their own.
set -euo pipefail
cd "$(dirname "$0")/.."
list=0
if [ "${1:-}" = "-l" ]; then list=1; shift; fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(find Sources -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)
fi
for target in "${targets[@]}"; do
  find "Sources/$target" -name '*.swift' -print0 | sort -z | xargs -0 awk -v list="$list" -v target="$target" '
    FNR == 1 { doclines = 0 }
    {
      line = $0
      sub(/^[ \t]+/, "", line)
      if (line ~ /^@[A-Za-z]/ && line !~ /(public|open) /) { next }   # attributes keep the state
      if (line ~ /^((@[A-Za-z_]+(\([^)]*\))? +)*((private\(set\)|internal\(set\)|fileprivate\(set\)|final|static|class|nonisolated|override|mutating|nonmutating|indirect|convenience|required|lazy|dynamic|weak) +)*)*(public|open) / \
          && line !~ /^(public|open) +(import|extension) /) {
        total++
        if (doclines == 0) {
          missing++
          if (list) print FILENAME ":" FNR ": no doc comment: " line
        } else if (first ~ /^(-|```)/ || (doclines > 1 && second != "" && second !~ /^(-|```)/)) {
          summary++
          if (list) print FILENAME ":" FNR ": no one-line summary: " line
        }
      }
      if (line ~ /^\/\/\//) {
        text = line
        sub(/^\/\/\/ ?/, "", text)
        doclines++
        if (doclines == 1) first = text
        if (doclines == 2) second = text
      } else {
        doclines = 0
      }
    }
    END {
      if (!list) printf "%-20s %4d undocumented, %3d without a one-line summary, of %4d public\n", target, missing, summary, total
    }'
done
