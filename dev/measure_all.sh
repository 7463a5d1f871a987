#!/bin/bash
# Every dev-set number of a checkout in one run (session 13): builds the jar, then writes to OUT/
#   ev.txt (EventDevSetTest report), ev-pool.txt (held-out 1-17 pooled; ev-old.txt holds no line of sets 18-23, summary or item), ev18.txt / ev19.txt / ev20.txt / ev21.txt / ev22.txt / ev23.txt (sets 18-23 by half),
#   time-summary.txt (TemporalDevSetTest summary lines, halves b of blind16/blind17/blind18/blind19/blind20 included: no error lines kept),
#   names-s.txt (part S by half), names-t.txt (part T by half, session 16), names-u.txt (part U by half, session 23), names-v.txt (part V by half, session 25), names-reg.txt (parts A-S and KIND dev), kind.txt (KIND dev end to end).
# Usage: bash dev/measure_all.sh DATA OUT     (DATA = ../shared/data; run from the checkout's root; ~10 min idle)
set -u
DATA=${1:?DATA}; OUT=${2:?OUT}; mkdir -p "$OUT"
mvn -o -q -B package -DskipTests > "$OUT/build.log" 2>&1 || { echo "build failed: $OUT/build.log" >&2; exit 1; }
mvn -o -q -pl extractor-core -am test -Dtest=EventDevSetTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Devents.report=true -Dshared.data="$DATA" > "$OUT/ev.txt" 2>&1
sed -i 's/\x1b\[[0-9;]*m//g' "$OUT/ev.txt"
awk '/^event /{skip=($0 ~ /^event held-out set (1[89]|2[0-3])/)} !skip' "$OUT/ev.txt" > "$OUT/ev-old.txt"
python3 dev/pool_event_scores.py "$OUT/ev-old.txt" > "$OUT/ev-pool.txt" 2>&1
for p in a b ab; do python3 dev/event_parts18.py "$OUT/ev.txt" $p; done > "$OUT/ev18.txt" 2>&1
for p in a b ab; do python3 dev/event_parts19.py "$OUT/ev.txt" $p; done > "$OUT/ev19.txt" 2>&1
{ for p in a b ab; do python3 dev/event_parts20.py "$OUT/ev.txt" $p; done
  grep -E '^event held-out set 20[ab] \(pipeline' "$OUT/ev.txt"; } > "$OUT/ev20.txt" 2>&1
{ for p in a b ab; do python3 dev/event_parts21.py "$OUT/ev.txt" $p; done
  grep -E '^event held-out set 21[ab] \(pipeline' "$OUT/ev.txt"; } > "$OUT/ev21.txt" 2>&1
{ for p in a b ab; do python3 dev/event_parts22.py "$OUT/ev.txt" $p; done
  grep -E '^event held-out set 22[ab] \(pipeline' "$OUT/ev.txt"; } > "$OUT/ev22.txt" 2>&1
{ for p in a b ab; do python3 dev/event_parts23.py "$OUT/ev.txt" $p; done
  for p in a b ab; do python3 dev/event_parts23.py "$OUT/ev.txt" $p --persons; done
  grep -E '^event held-out set 23[ab] \(pipeline' "$OUT/ev.txt"; } > "$OUT/ev23.txt" 2>&1
mvn -o -q -B -pl extractor-core -am test -Dtest=TemporalDevSetTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtime.blind16.b=true -Dtime.blind17.b=true -Dtime.blind18.b=true -Dtime.blind19.b=true -Dtime.blind20.b=true -Dshared.data="$DATA" 2>&1 \
  | grep ': gold' > "$OUT/time-summary.txt"
bash dev/names_s_scores.sh "$DATA" "$OUT/names-s.txt" > "$OUT/names-s.log" 2>&1
bash dev/names_t_scores.sh "$DATA" "$OUT/names-t.txt" > "$OUT/names-t.log" 2>&1
bash dev/names_u_scores.sh "$DATA" "$OUT/names-u.txt" > "$OUT/names-u.log" 2>&1
bash dev/names_v_scores.sh "$DATA" "$OUT/names-v.txt" > "$OUT/names-v.log" 2>&1
bash dev/names_regression.sh "$DATA" "$OUT/names-reg.txt" > "$OUT/names-reg.log" 2>&1
for s in WN_dev FIC_dev ADG_dev; do
  echo "$s"
  java -jar extractor-cli/target/extractor.jar eval names --conll "$DATA/kind/evalita-2023/$s.tsv" 2>/dev/null \
    | grep -E '^(ALL|PERSON|ORGANIZATION|LOCATION)'
done > "$OUT/kind.txt"
echo "written: $OUT"
