#!/usr/bin/env bash
# Scores the shipped names pipeline on one split names dev part (R, S, ...): all, PART-a, PART-b, and each by source
# (the first characters of the document ids). Totals only, no per-document output. The split is
# dev/names_LETTER_parts.py's; names_r_scores.sh and names_s_scores.sh are this script with their part's sources.
# Usage: bash dev/names_part_scores.sh LETTER "SOURCES" ../shared/data OUT_FILE [a|b|all]   (run from the repository
#        root after `mvn -o -q -DskipTests package`; SOURCES: the id prefixes, e.g. "dg am wt"; when it holds dg, the
#        De Gasperi excerpts dg*.txt of the names dev set are copied too; the last argument limits the output to one
#        part, default all; EXTRACTOR_JAR=PATH scores another jar)
set -euo pipefail
L=${1:?part letter}; SOURCES=${2:?sources}; DATA=${3:?data folder}; OUT=${4:?output file}; ONLY=${5:-all}
U=$(echo "$L" | tr a-z A-Z)
D=extractor-core/src/test/resources/devset/names
X="java -Xmx1g -jar ${EXTRACTOR_JAR:-extractor-cli/target/extractor.jar}"
T=$(mktemp -d)
case " $SOURCES " in *" dg "*) cp $D/dg*.txt "$T"/ ;; esac
python3 dev/names_corpus_texts.py "$DATA" $D/texts-$L.tsv "$T" > /dev/null
python3 dev/names_${L}_parts.py $D "$T" 2> /dev/null
cp $D/gold-$L.tsv "$T/gold-$L-all.tsv"
: > "$OUT"
for p in a b all; do
  [ "$ONLY" = all ] || [ "$ONLY" = "$p" ] || continue
  g="$T/gold-$L-$p.tsv"
  for s in '' $SOURCES; do
    v="$g"
    if [ -n "$s" ]; then v="$T/gold-$L-$p-$s.tsv"; { head -1 "$g"; grep "^$s" "$g" || true; } > "$v"; fi
    [ "$(grep -vc '^#' "$v")" -gt 0 ] || continue
    echo "== $U-$p${s:+ $s}" >> "$OUT"
    $X eval names --gold "$v" --texts "$T" 2>&1 | grep -E '^(PERSON|ORGAN|LOCAT|ALL)' >> "$OUT"
  done
done
rm -rf "$T"
