#!/usr/bin/env bash
# Whole-process benchmark of the extractor. Builds the benchmark corpus and the baseline model (once, cached), then
# measures:
#   model loading (Extractor.withDefaults()) and cold-start `extract` of the sample;
#   the stage profile (StageProfile: every stage and the whole pipeline vs the bare OpenNLP name-finder baseline,
#     thread CPU time, one process, interleaved rounds after a warm-up that lasts until the JIT is quiet: the
#     load-robust "x baseline" figures; then the baseline and the pipeline on 1 vs 2 threads, interleaved);
#   `extract --threads 1` and `--threads 2` with -Xmx512m over the corpus copied 10x (wall, CPU, peak RSS);
#   with --big: `extract --threads 2` with -Xmx512m of one generated 100 MB file (adds ~8 min on 2 idle cores);
#   with --jmh: the JMH stage benchmarks (adds ~6 min).
# Usage (from the repository root, after `./mvnw -o -q -DskipTests package`):
#   extractor-bench/run.sh [--data DIR] [--baseline FILE] [--big] [--jmh] [--no-profile] [--copies N] [--big-mb N]
#                          [--repeat N]
# Default run: about 6 minutes on 2 idle cores, plus ~7 minutes the first time to train the baseline model.
# Each batch run is repeated --repeat times (default 2) and the fastest wall time is kept (robust to other load).
# Environment: JMH_OPTS (default "-f 1 -wi 2 -i 3 -r 2s -prof gc"), JAVA (default java),
#   BENCH_BASELINE (default target/bench-baseline.bin: the cached baseline model; delete it to retrain),
#   CLI_JAVA_OPTS (extra JVM options for the `extract` runs, e.g. "-XX:TieredStopAtLevel=1"; default none).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
DATA="$ROOT/../shared/data"
RUN_JMH=0
RUN_BIG=0
RUN_PROFILE=1
COPIES=10
BIG_MB=100
REPEAT=2
BASELINE="${BENCH_BASELINE:-$ROOT/target/bench-baseline.bin}"
JAVA="${JAVA:-java}"
# shellcheck disable=SC2206
CLI_OPTS=(${CLI_JAVA_OPTS:-})
JMH_OPTS="${JMH_OPTS:--f 1 -wi 2 -i 3 -r 2s -prof gc}"
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA="$2"; shift 2 ;;
    --baseline) BASELINE="$2"; shift 2 ;;
    --jmh) RUN_JMH=1; shift ;;
    --no-jmh) RUN_JMH=0; shift ;;
    --big) RUN_BIG=1; shift ;;
    --no-big) RUN_BIG=0; shift ;;
    --no-profile) RUN_PROFILE=0; shift ;;
    --copies) COPIES="$2"; shift 2 ;;
    --big-mb) BIG_MB="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done

CLI="$ROOT/extractor-cli/target/extractor.jar"
BENCH="$ROOT/extractor-bench/target/benchmarks.jar"
for jar in "$CLI" "$BENCH"; do
  if [ ! -f "$jar" ]; then
    echo "run.sh: missing $jar; build first: ./mvnw -o -q -DskipTests package" >&2
    exit 2
  fi
done
if [ ! -d "$DATA" ]; then
  echo "run.sh: no data directory '$DATA' (pass --data DIR)" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "run.sh: /usr/bin/time (GNU time) is required for peak RSS" >&2
  exit 2
fi

OUT="$ROOT/target/bench"
CORPUS="$ROOT/target/bench-corpus"
BATCH="$OUT/batch"
BIG="$OUT/big"
mkdir -p "$OUT"
SAMPLE="$ROOT/samples/texts/lotta-per-il-potere.txt"

echo "== machine"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), nproc=$(nproc)"
echo "mem: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
echo "java: $("$JAVA" -version 2>&1 | head -1)"
echo "git: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"

echo "== corpus"
"$JAVA" -cp "$BENCH" it.storia.extractor.bench.CorpusBuilder --data "$DATA" --out "$CORPUS"
prop() { grep "^$1=" "$CORPUS/corpus.properties" | cut -d= -f2; }
TOKENS=$(prop tokens)
BYTES=$(prop bytes)
rm -rf "$BATCH"
for i in $(seq 1 "$COPIES"); do
  mkdir -p "$BATCH/copy-$i"
  cp "$CORPUS"/*.txt "$BATCH/copy-$i/"
done
BATCH_TOKENS=$((TOKENS * COPIES))
BATCH_BYTES=$((BYTES * COPIES))
echo "batch: $COPIES copies, $(find "$BATCH" -name '*.txt' | wc -l) files, $BATCH_BYTES bytes, $BATCH_TOKENS tokens"

echo "== baseline model"
if [ -f "$BASELINE" ]; then
  echo "cached baseline model: $BASELINE (delete it to retrain)"
else
  echo "training the baseline name finder once (about 7 minutes); it is cached at $BASELINE"
  "$JAVA" -cp "$BENCH" it.storia.extractor.bench.BaselineNameFinder --data "$DATA" --out "$BASELINE"
fi
# the "x baseline" figures depend on this model: its checksum tells whether two runs used the same one
echo "baseline model sha256 $(sha256sum "$BASELINE" | cut -c1-16), $(wc -c < "$BASELINE") bytes"

# run NAME CMD...: runs CMD under GNU time, stdout to $OUT/NAME.out; sets WALL (s), CPU (user+sys s), RSS (MB), RC.
run() {
  local name="$1"; shift
  set +e
  /usr/bin/time -v -o "$OUT/$name.time" "$@" > "$OUT/$name.out" 2> "$OUT/$name.err"
  RC=$?
  set -e
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$OUT/$name.time")
  RSS=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$OUT/$name.time")
  CPU=$(awk -F': ' '/User time|System time/ {s+=$2} END {printf "%.2f", s}' "$OUT/$name.time")
}
# best NAME CMD...: `run` repeated $REPEAT times; keeps the fastest wall time (and its CPU), the largest RSS, any
# non-zero exit code.
best() {
  local name="$1"; shift
  local bw="" bc="" br=0 brc=0 k
  for k in $(seq 1 "$REPEAT"); do
    run "$name" "$@"
    if [ -z "$bw" ] || awk -v a="$WALL" -v b="$bw" 'BEGIN { exit !(a < b) }'; then bw=$WALL; bc=$CPU; fi
    [ "$RSS" -gt "$br" ] && br=$RSS
    [ "$RC" -ne 0 ] && brc=$RC
  done
  WALL=$bw; CPU=$bc; RSS=$br; RC=$brc
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

echo "== model loading and cold start"
"$JAVA" -cp "$BENCH" it.storia.extractor.bench.LoadTime "$SAMPLE" | tee "$OUT/load.txt"
LOAD_MS=$(grep '^load_ms=' "$OUT/load.txt" | cut -d= -f2)
LOAD_CPU_MS=$(grep '^load_cpu_ms=' "$OUT/load.txt" | cut -d= -f2)
echo "-- per model, loaded one after the other in a fresh JVM (LoadProfile; round 2: the same, warm)"
"$JAVA" -cp "$BENCH" it.storia.extractor.bench.LoadProfile --rounds 2 | tee "$OUT/load-profile.txt"
run cold "$JAVA" ${CLI_OPTS[@]+"${CLI_OPTS[@]}"} -jar "$CLI" extract "$SAMPLE"
COLD=$WALL; COLD_RC=$RC; COLD_RSS=$RSS
echo "cold-start extract of the sample: ${COLD}s (exit $COLD_RC, peak RSS ${COLD_RSS} MB)"
echo "Il 28 ottobre 1922 Mussolini giunse a Roma." > "$OUT/tiny.txt"
best startup "$JAVA" ${CLI_OPTS[@]+"${CLI_OPTS[@]}"} -jar "$CLI" extract "$OUT/tiny.txt"
STARTUP=$WALL; STARTUP_CPU=$CPU

if [ "$RUN_PROFILE" = 1 ]; then
  echo "== stage profile (one process, thread CPU time, best of 3 rounds after warm-up until the JIT is quiet;"
  echo "   then baseline and pipeline on 1 and 2 threads)"
  "$JAVA" -Xmx1g -cp "$BENCH" it.storia.extractor.bench.StageProfile --corpus "$CORPUS" --baseline "$BASELINE" \
    --rounds 3 --warmup 1 > "$OUT/profile.txt"
  PROFILE_DONE=1
fi

echo "== batch (${COPIES}x corpus), -Xmx512m, best of $REPEAT"
best t1 "$JAVA" -Xmx512m ${CLI_OPTS[@]+"${CLI_OPTS[@]}"} -jar "$CLI" extract --threads 1 "$BATCH"
T1=$WALL; T1_RSS=$RSS; T1_RC=$RC; T1_CPU=$CPU
best t2 "$JAVA" -Xmx512m ${CLI_OPTS[@]+"${CLI_OPTS[@]}"} -jar "$CLI" extract --threads 2 "$BATCH"
T2=$WALL; T2_RSS=$RSS; T2_RC=$RC; T2_CPU=$CPU
LINES1=$(wc -l < "$OUT/t1.out"); LINES2=$(wc -l < "$OUT/t2.out")
SAME=$(cmp -s "$OUT/t1.out" "$OUT/t2.out" && echo yes || echo NO)
NET1=$(awk -v w="$T1" -v s="$STARTUP" 'BEGIN { printf "%.2f", (w - s > 0.01 ? w - s : 0.01) }')
NET2=$(awk -v w="$T2" -v s="$STARTUP" 'BEGIN { printf "%.2f", (w - s > 0.01 ? w - s : 0.01) }')

if [ "$RUN_BIG" = 1 ]; then
  echo "== one ${BIG_MB} MB file, -Xmx512m"
  mkdir -p "$BIG"
  BIGFILE="$BIG/big-${BIG_MB}mb.txt"
  if [ ! -f "$BIGFILE" ] || [ "$(stat -c %s "$BIGFILE")" -lt $((BIG_MB * 1000000)) ]; then
    ONE="$BIG/one-pass.txt"
    for f in "$CORPUS"/*.txt; do cat "$f"; printf '\n\n'; done > "$ONE"
    : > "$BIGFILE"
    while [ "$(stat -c %s "$BIGFILE")" -lt $((BIG_MB * 1000000)) ]; do
      cat "$ONE" >> "$BIGFILE"
    done
    rm -f "$ONE"
  fi
  run big "$JAVA" -Xmx512m ${CLI_OPTS[@]+"${CLI_OPTS[@]}"} -jar "$CLI" extract --threads 2 "$BIGFILE"
  BIG_WALL=$WALL; BIG_RSS=$RSS; BIG_RC=$RC; BIG_CPU=$CPU
  BIG_BYTES=$(stat -c %s "$BIGFILE")
  rm -f "$OUT/big.out"
fi

echo
echo "== whole-process results (wall time includes JVM start-up and model loading; net = wall - start-up ${STARTUP}s)"
echo "(cpu_s = user+sys of the whole process; tokens/cpu_s = tokens / (cpu_s - start-up cpu ${STARTUP_CPU}s), robust to other load)"
printf '%-28s %8s %8s %12s %8s %8s %14s %8s %5s\n' run wall_s net_s tokens/s MB/s cpu_s tokens/cpu_s rss_MB exit
line() { # name wall net tokens bytes rss rc cpu
  printf '%-28s %8s %8s %12s %8s %8s %14s %8s %5s\n' "$1" "$2" "$3" \
    "$(awk -v t="$4" -v s="$3" 'BEGIN { printf "%.0f", t / s }')" \
    "$(awk -v b="$5" -v s="$3" 'BEGIN { printf "%.2f", b / 1e6 / s }')" "$8" \
    "$(awk -v t="$4" -v c="$8" -v s="$STARTUP_CPU" 'BEGIN { d = c - s; if (d < 0.01) d = 0.01; printf "%.0f", t / d }')" \
    "$6" "$7"
}
line "batch --threads 1" "$T1" "$NET1" "$BATCH_TOKENS" "$BATCH_BYTES" "$T1_RSS" "$T1_RC" "$T1_CPU"
line "batch --threads 2" "$T2" "$NET2" "$BATCH_TOKENS" "$BATCH_BYTES" "$T2_RSS" "$T2_RC" "$T2_CPU"
if [ "$RUN_BIG" = 1 ]; then
  BIG_NET=$(awk -v w="$BIG_WALL" -v s="$STARTUP" 'BEGIN { printf "%.2f", w - s }')
  BIG_TOKENS=$(awk -v b="$BIG_BYTES" -v t="$TOKENS" -v c="$BYTES" 'BEGIN { printf "%.0f", b * t / c }')
  line "${BIG_MB} MB file, 2 threads (~tok)" "$BIG_WALL" "$BIG_NET" "$BIG_TOKENS" "$BIG_BYTES" "$BIG_RSS" "$BIG_RC" "$BIG_CPU"
fi
echo "speed-up 2 threads / 1 thread: wall $(ratio "$T1" "$T2"), net $(ratio "$NET1" "$NET2") (meaningful only on an otherwise idle machine with >= 2 free cores)"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "output order identical for 1 and 2 threads: $SAME ($LINES1 / $LINES2 JSON lines)"
echo "model loading (Extractor.withDefaults(), fresh JVM): ${LOAD_MS} ms, loader threads' CPU ${LOAD_CPU_MS} ms"
grep -v '^round' "$OUT/load-profile.txt" | sed 's/^/  /'
echo "cold-start extract of the sample: ${COLD} s (exit $COLD_RC)"

if [ "${PROFILE_DONE:-0}" = 1 ]; then
  echo
  echo "== stage profile (StageProfile; x baseline = tokens per CPU-second / the baseline's, same process)"
  sed -n '/^Corpus:/,$p' "$OUT/profile.txt"
fi

if [ "$RUN_JMH" = 1 ]; then
  echo
  echo "== JMH stage benchmarks ($JMH_OPTS)"
  # shellcheck disable=SC2086
  "$JAVA" -cp "$BENCH" it.storia.extractor.bench.BenchReport --corpus "$CORPUS" \
    --baseline "$BASELINE" --data "$DATA" $JMH_OPTS > "$OUT/jmh.log"
  sed -n '/^Corpus:/,$p' "$OUT/jmh.log"
fi
