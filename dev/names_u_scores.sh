#!/usr/bin/env bash
# Scores the shipped names pipeline on names dev part U (session 23): all, U-a, U-b, and each by source
# (um = KIND moro_test excerpts, ua = KIND ADG_test excerpts, uw = WikiNEuRal test sentences). Totals only, no
# per-document output: U-b's errors are never printed.
# Usage: bash dev/names_u_scores.sh ../shared/data OUT_FILE [a|b|all]   (run from the repository root after
#        `mvn -o -q -DskipTests package`, or with EXTRACTOR_JAR=PATH for another jar; the third argument limits the
#        output to one part, default all)
# The scoring is dev/names_part_scores.sh's.
set -euo pipefail
exec bash "$(dirname "$0")/names_part_scores.sh" u "um ua uw" "$@"
