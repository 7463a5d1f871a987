#!/usr/bin/env bash
# Scores the shipped names pipeline on names dev part R (session 10): all, R-a, R-b, and each by source
# (dg = De Gasperi, am = ENEIDE Moro paragraphs, wt = WikiNEuRal test sentences). Totals only, no per-document output.
# Usage: bash dev/names_r_scores.sh ../shared/data OUT_FILE [a|b|all]   (run from the repository root after
#        `mvn -o -q -DskipTests package`; the third argument limits the output to one part, default all)
# The scoring is dev/names_part_scores.sh's.
set -euo pipefail
exec bash "$(dirname "$0")/names_part_scores.sh" r "dg am wt" "$@"
