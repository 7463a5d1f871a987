#!/usr/bin/env bash
# CPU-seconds of a JVM process by thread group: extraction threads, JIT compilers, GC, other. CPU time (not wall)
# is comparable on a loaded machine, so this attributes a batch's cost even when the cores are shared.
# Usage: extractor-bench/cpu-by-thread.sh [-o OUT] java [JVM options] -jar extractor.jar extract ...
#   -o OUT  write the command's standard output to OUT (default /dev/null)
# Linux only: samples /proc/PID/task/*/{comm,stat} every 0.1 s and keeps each thread's last value; a thread that
# ends between two samples loses at most 0.1 s (the JVM stops idle compiler threads), so "unattributed" = the
# process total (from wait4, via GNU time) minus the sum of the thread groups.
# Groups: jit = "C1/C2 CompilerThre*"; gc = "GC Thread*", "G1 *" and "VM Thread" (the serial collector collects
# on the VM thread); work = "java" (the main thread), "main", "extract-*" and "pool-*" threads; other = the rest (those of >= 1 s named).
set -euo pipefail
OUT=/dev/null
if [ "${1:-}" = "-o" ]; then OUT="$2"; shift 2; fi
if [ $# -eq 0 ]; then
  echo "usage: $0 [-o OUT] COMMAND..." >&2
  exit 2
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
/usr/bin/time -f '%e %U %S %M' -o "$TMP/time" "$@" > "$OUT" 2> "$TMP/err" &
TPID=$!
# the child of GNU time is the JVM
PID=""
for _ in $(seq 1 50); do
  PID=$(pgrep -P "$TPID" | head -1 || true)
  [ -n "$PID" ] && break
  sleep 0.02
done
declare -A LAST NAME
while [ -n "$PID" ] && kill -0 "$PID" 2> /dev/null; do
  for t in /proc/"$PID"/task/*; do
    tid=${t##*/}
    if { read -r comm < "$t/comm" && read -r stat < "$t/stat"; } 2> /dev/null; then
      rest=${stat##*) }
      # shellcheck disable=SC2206
      f=($rest)
      LAST[$tid]=$((f[11] + f[12]))
      NAME[$tid]=$comm
    fi
  done
  sleep 0.1
done
set +e
wait "$TPID"
RC=$?
set -e
read -r WALL USER SYS RSS < "$TMP/time"
HZ=$(getconf CLK_TCK)
jit=0; gc=0; work=0; other=0
declare -A OTHERS
for tid in "${!LAST[@]}"; do
  n=${NAME[$tid]}; v=${LAST[$tid]}
  case "$n" in
    C1\ CompilerThre*|C2\ CompilerThre*) jit=$((jit + v)) ;;
    GC\ Thread*|G1\ *|VM\ Thread) gc=$((gc + v)) ;;
    java|main|extract-*|pool-*) work=$((work + v)) ;;
    *) other=$((other + v)); OTHERS[$n]=$(( ${OTHERS[$n]:-0} + v )) ;;
  esac
done
others=""
for n in "${!OTHERS[@]}"; do
  [ "${OTHERS[$n]}" -ge "$HZ" ] && others="$others, $n $(awk -v v="${OTHERS[$n]}" -v hz="$HZ" 'BEGIN { printf "%.2f", v / hz }') s"
done
awk -v w="$WALL" -v u="$USER" -v s="$SYS" -v r="$RSS" -v hz="$HZ" -v j="$jit" -v g="$gc" -v k="$work" -v o="$other" \
  -v rc="$RC" -v others="$others" 'BEGIN {
    total = u + s; att = (j + g + k + o) / hz
    printf "wall %.2f s, CPU %.2f s (user %.2f + sys %.2f), peak RSS %.0f MB, exit %d\n", w, total, u, s, r / 1024, rc
    printf "CPU by thread: work %.2f s, JIT %.2f s, GC %.2f s, other %.2f s%s, unattributed %.2f s\n",
      k / hz, j / hz, g / hz, o / hz, others == "" ? "" : " (" substr(others, 3) ")", total - att
  }'
if [ "$RC" -ne 0 ]; then
  cat "$TMP/err" >&2
fi
exit "$RC"
