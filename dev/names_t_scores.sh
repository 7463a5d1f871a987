#!/usr/bin/env bash
# Scores the shipped names pipeline on names dev part T (session 16): all, T-a, T-b, and each by source
# (tm = KIND moro_test excerpts, ta = KIND ADG_test excerpts, tw = WikiNEuRal test sentences). Totals only, no
# per-document output: T-b's errors are never printed.
# Usage: bash dev/names_t_scores.sh ../shared/data OUT_FILE [a|b|all]   (run from the repository root after
#        `mvn -o -q -DskipTests package`, or with EXTRACTOR_JAR=PATH for another jar; the third argument limits the
#        output to one part, default all)
# The scoring is dev/names_part_scores.sh's.
set -euo pipefail
exec bash "$(dirname "$0")/names_part_scores.sh" t "tm ta tw" "$@"
