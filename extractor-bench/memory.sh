#!/usr/bin/env bash
# Memory of a loaded extractor, builds compared round by round (session 24). Per round and build, interleaved:
#   live   - `extract` reading an open, empty standard input: once the main thread waits in BatchExtractor (the default
#            extractor is loaded), `jcmd GC.class_histogram` (a full GC first: live objects only) and `GC.heap_info`;
#            then the input is closed and the process ends. live_mb = the histogram's total.
#   docs   - `extract` of the first 120 DaDoEval same-genre documents (-Xmx1g, one thread) under GNU time: wall,
#            user+sys CPU, peak RSS; the JSON Lines are kept for a byte comparison between builds.
#   sample - `extract` of the sample copied 6 times into one file (-Xmx1g), its JSON kept the same way.
# Round 1 also scans -Xmx from 64m up in steps of 16m for the smallest heap at which the sample job exits 0.
# Usage (from the repository root; the inputs are written under OUT, never into the repository):
#   extractor-bench/memory.sh OUT ROUNDS DATA LABEL=CLI_JAR...      # DATA: the corpora folder (/work/shared/data)
# then OUT/summary.txt: medians per build and ratios to the first build; OUT/same-output.txt: cmp of the outputs.
set -euo pipefail
OUT=$1; ROUNDS=$2; DATA=$3; shift 3
SPECS=("$@")
mkdir -p "$OUT/inputs/dadoeval120"
SAMPLE=samples/texts/lotta-per-il-potere.txt
SIX="$OUT/inputs/lotta-x6.txt"
: > "$SIX"
for _ in 1 2 3 4 5 6; do cat "$SAMPLE" >> "$SIX"; done
mapfile -t DOCS < <(find "$DATA/dadoeval-degasperi/Test_Release/same-genre" -name '*.txt' | LC_ALL=C sort)
cp "${DOCS[@]:0:120}" "$OUT/inputs/dadoeval120/"

# live heap of a loaded extractor: the process waits on a FIFO that nothing writes yet
live() {
  local label=$1 jar=$2 r=$3 fifo="$OUT/stdin.fifo" pid
  rm -f "$fifo"; mkfifo "$fifo"
  exec 3<>"$fifo"
  java -Xmx1g -jar "$jar" extract < "$fifo" > /dev/null 2>&1 3>&- &
  pid=$!
  for _ in $(seq 1 240); do
    if jcmd "$pid" Thread.print 2>/dev/null | grep -A12 '^"main"' | grep -q 'BatchExtractor'; then
      break
    fi
    sleep 1
  done
  jcmd "$pid" GC.class_histogram > "$OUT/hist-$label-$r.txt"
  jcmd "$pid" GC.heap_info > "$OUT/heapinfo-$label-$r.txt"
  exec 3>&-
  wait "$pid" || true
  rm -f "$fifo"
  awk -v l="$label" -v r="$r" '$1 == "Total" { printf "live label=%s round=%s live_mb=%.1f instances=%d\n", l, r, $3 / 1048576, $2 }' \
    "$OUT/hist-$label-$r.txt" >> "$OUT/results.txt"
}

timed() {
  local what=$1 label=$2 jar=$3 r=$4 input=$5 t
  t="$OUT/$what-$label-$r.time"
  /usr/bin/time -f "%e %U %S %M" -o "$t" java -Xmx1g -jar "$jar" extract "$input" > "$OUT/$what-$label-$r.jsonl" \
    2> /dev/null
  awk -v w="$what" -v l="$label" -v r="$r" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    '{ printf "%s label=%s round=%s wall_s=%s cpu_s=%.2f rss_mb=%.1f load=%s\n", w, l, r, $1, $2 + $3, $4 / 1024, load }' \
    "$t" >> "$OUT/results.txt"
}

min_heap() {
  local label=$1 jar=$2 x
  for x in $(seq 64 16 512); do
    if timeout 600 java -Xmx${x}m -jar "$jar" extract "$SIX" > /dev/null 2>&1; then
      echo "minheap label=$label xmx_mb=$x" >> "$OUT/results.txt"
      return
    fi
  done
  echo "minheap label=$label xmx_mb=none" >> "$OUT/results.txt"
}

: > "$OUT/results.txt"
for r in $(seq 1 "$ROUNDS"); do
  for spec in "${SPECS[@]}"; do
    label=${spec%%=*}; jar=${spec#*=}
    live "$label" "$jar" "$r"
    timed docs "$label" "$jar" "$r" "$OUT/inputs/dadoeval120"
    timed sample "$label" "$jar" "$r" "$SIX"
    if [ "$r" = 1 ]; then min_heap "$label" "$jar"; fi
  done
done

first=${SPECS[0]%%=*}
: > "$OUT/same-output.txt"
for spec in "${SPECS[@]}"; do
  label=${spec%%=*}
  for what in docs sample; do
    if cmp -s "$OUT/$what-$first-1.jsonl" "$OUT/$what-$label-1.jsonl"; then s=identical; else s=DIFFERENT; fi
    echo "$what $first vs $label: $s ($(wc -c < "$OUT/$what-$label-1.jsonl") bytes)" >> "$OUT/same-output.txt"
  done
done

# medians per build and metric, and their ratio to the first build
awk -v first="$first" '
  { kind = $1; for (i = 2; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
    for (k in f) if (k != "label" && k != "round" && k != "load") { v[kind "." k, f["label"]] = v[kind "." k, f["label"]] " " f[k]; keys[kind "." k] = 1 }
    labels[f["label"]] = 1; delete f }
  function median(s,   a, n, i, j, t) { n = split(s, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  END { for (k in keys) for (l in labels) { m = median(v[k, l]); b = median(v[k, first])
          printf "%-18s %-8s median=%s ratio_to_%s=%.3f values=%s\n", k, l, m, first, (b > 0 ? m / b : 0), v[k, l] } }
' "$OUT/results.txt" | sort > "$OUT/summary.txt"
cat "$OUT/summary.txt" "$OUT/same-output.txt"
