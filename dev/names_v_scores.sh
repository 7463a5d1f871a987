#!/usr/bin/env bash
# Scores the shipped names pipeline on names dev part V (session 25): all, V-a, V-b, and each by source
# (vm = KIND moro_test excerpts, ve = ENEIDE AMD test paragraphs). Totals only, no per-document output: V-b's errors
# are never printed.
# Usage: bash dev/names_v_scores.sh ../shared/data OUT_FILE [a|b|all]   (run from the repository root after
#        `mvn -o -q -DskipTests package`, or with EXTRACTOR_JAR=PATH for another jar; the third argument limits the
#        output to one part, default all)
# The scoring is dev/names_part_scores.sh's.
set -euo pipefail
exec bash "$(dirname "$0")/names_part_scores.sh" v "vm ve" "$@"
