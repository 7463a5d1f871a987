#!/usr/bin/env bash
# Scores the shipped names pipeline on names dev part S (session 11): all, S-a, S-b, and each by source
# (am = ENEIDE Moro paragraphs, ws = WikiNEuRal test sentences, wv = WikiNEuRal val sentences). Totals only, no per-document output.
# Usage: bash dev/names_s_scores.sh ../shared/data OUT_FILE [a|b|all]   (run from the repository root after
#        `mvn -o -q -DskipTests package`; the third argument limits the output to one part, default all)
set -euo pipefail
DATA=${1:?data folder}; OUT=${2:?output file}; ONLY=${3:-all}
D=extractor-core/src/test/resources/devset/names
X="java -Xmx1g -jar extractor-cli/target/extractor.jar"
T=$(mktemp -d)
python3 dev/names_corpus_texts.py "$DATA" $D/texts-s.tsv "$T" > /dev/null
python3 dev/names_s_parts.py $D "$T" 2> /dev/null
cp $D/gold-s.tsv "$T/gold-s-all.tsv"
: > "$OUT"
for p in a b all; do
  [ "$ONLY" = all ] || [ "$ONLY" = "$p" ] || continue
  g="$T/gold-s-$p.tsv"
  for s in "" am ws wv; do
    v="$g"
    if [ -n "$s" ]; then v="$T/gold-s-$p-$s.tsv"; { head -1 "$g"; grep "^$s" "$g" || true; } > "$v"; fi
    [ "$(grep -vc '^#' "$v")" -gt 0 ] || continue
    echo "== S-$p${s:+ $s}" >> "$OUT"
    $X eval names --gold "$v" --texts "$T" 2>&1 | grep -E '^(PERSON|ORGAN|LOCAT|ALL)' >> "$OUT"
  done
done
rm -rf "$T"
