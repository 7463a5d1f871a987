#!/usr/bin/env bash
# Start-up comparison of builds, interleaved round by round (session 20): per round and build, a cold `extract` of one
# file (GNU time: wall, user+sys CPU, peak RSS, and the load average when it ended), LoadTime (loading wall and the
# CPU of the loading threads, JIT CPU, first extraction) and LoadProfile (CPU per loading step, one thread).
# Usage (from the repository root):
#   extractor-bench/load-compare.sh OUT ROUNDS LABEL=CLI_JAR:BENCH_JAR... [-- FILE]
#   extractor-bench/load-compare.py OUT LABEL...        # medians, spread and per-round ratios to the first label
# Give the first build twice under two labels (a copy of the same jars) for the A/A pair: its ratios are the noise.
set -euo pipefail
OUT=$1; ROUNDS=$2; shift 2
SPECS=()
FILE=samples/texts/lotta-per-il-potere.txt
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then FILE=$2; break; fi
  SPECS+=("$1"); shift
done
mkdir -p "$OUT"
for r in $(seq 1 "$ROUNDS"); do
  for spec in "${SPECS[@]}"; do
    label=${spec%%=*}; jars=${spec#*=}; cli=${jars%%:*}; bench=${jars#*:}
    /usr/bin/time -f "wall=%e user=%U sys=%S rss_kb=%M" -o "$OUT/cold-$label-$r.time" \
      java -jar "$cli" extract "$FILE" > "$OUT/cold-$label-$r.json"
    echo "load_avg=$(cut -d' ' -f1 /proc/loadavg)" >> "$OUT/cold-$label-$r.time"
    java -cp "$bench" it.storia.extractor.bench.LoadTime "$FILE" > "$OUT/lt-$label-$r.txt" 2>/dev/null
    java -cp "$bench" it.storia.extractor.bench.LoadProfile > "$OUT/lp-$label-$r.txt" 2>/dev/null
  done
done
