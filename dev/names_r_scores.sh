#!/usr/bin/env bash
# Scores the shipped names pipeline on names dev part R (session 10): all, R-a, R-b, and each by source
# (dg = De Gasperi, am = ENEIDE Moro paragraphs, wt = WikiNEuRal test sentences). Totals only, no per-document output.
# Usage: bash dev/names_r_scores.sh ../shared/data OUT_FILE [a|b|all]   (run from the repository root after
#        `mvn -o -q -DskipTests package`; the third argument limits the output to one part, default all)
set -euo pipefail
DATA=${1:?data folder}; OUT=${2:?output file}; ONLY=${3:-all}
D=extractor-core/src/test/resources/devset/names
X="java -Xmx1g -jar extractor-cli/target/extractor.jar"
T=$(mktemp -d)
cp $D/dg*.txt "$T"/
python3 dev/names_corpus_texts.py "$DATA" $D/texts-r.tsv "$T" > /dev/null
python3 dev/names_r_parts.py $D "$T" 2> /dev/null
cp $D/gold-r.tsv "$T/gold-r-all.tsv"
: > "$OUT"
for p in a b all; do
  [ "$ONLY" = all ] || [ "$ONLY" = "$p" ] || continue
  g="$T/gold-r-$p.tsv"
  for s in '' dg am wt; do
    v="$g"
    if [ -n "$s" ]; then v="$T/gold-r-$p-$s.tsv"; { head -1 "$g"; grep "^$s" "$g" || true; } > "$v"; fi
    [ "$(grep -vc '^#' "$v")" -gt 0 ] || continue
    echo "== R-$p${s:+ $s}" >> "$OUT"
    $X eval names --gold "$v" --texts "$T" 2>&1 | grep -E '^(PERSON|ORGAN|LOCAT|ALL)' >> "$OUT"
  done
done
rm -rf "$T"
