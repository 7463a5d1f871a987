#!/usr/bin/env bash
# Scores the shipped names pipeline on names dev part S (session 11): all, S-a, S-b, and each by source
# (am = ENEIDE Moro paragraphs, ws = WikiNEuRal test sentences, wv = WikiNEuRal val sentences). Totals only, no per-document output.
# Usage: bash dev/names_s_scores.sh ../shared/data OUT_FILE [a|b|all]   (run from the repository root after
#        `mvn -o -q -DskipTests package`; the third argument limits the output to one part, default all)
# The scoring is dev/names_part_scores.sh's.
set -euo pipefail
exec bash "$(dirname "$0")/names_part_scores.sh" s "am ws wv" "$@"
