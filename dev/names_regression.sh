#!/usr/bin/env bash
# Scores the shipped names pipeline on every names dev part (A-R, each also split into its De Gasperi half `-dg`
# and its other half `-other`) and on the KIND dev files, for the keep-or-drop check of a names fix.
# Usage: bash dev/names_regression.sh ../shared/data OUT_FILE   (run from the repository root after
#        `mvn -o -q -DskipTests package`; writes the tables to OUT_FILE; EXTRACTOR_JAR=PATH scores another jar;
#        SKIP_PARTS="s" leaves parts out, e.g. an unseen part while fixing)
set -euo pipefail
DATA=${1:?data folder}; OUT=${2:?output file}
D=extractor-core/src/test/resources/devset/names
X="java -jar ${EXTRACTOR_JAR:-extractor-cli/target/extractor.jar}"
T=$(mktemp -d)
cp $D/*.txt "$T"/
for f in $D/texts-*.tsv; do python3 dev/names_corpus_texts.py "$DATA" "$f" "$T" > /dev/null; done
: > "$OUT"
for g in $D/gold-*.tsv; do
  p=$(basename "$g" .tsv)
  case " ${SKIP_PARTS:-} " in *" ${p#gold-} "*) continue ;; esac
  { head -1 "$g"; grep '^dg' "$g" || true; } > "$T/$p-dg.tsv"
  { head -1 "$g"; grep -v '^#' "$g" | grep -v '^dg' || true; } > "$T/$p-other.tsv"
  for v in "$g" "$T/$p-dg.tsv" "$T/$p-other.tsv"; do
    [ "$(grep -vc '^#' "$v")" -gt 0 ] || continue
    echo "== $(basename "$v" .tsv)" >> "$OUT"
    $X eval names --gold "$v" --texts "$T" 2>&1 | grep -E '^(PERSON|ORGAN|LOCAT|ALL)' >> "$OUT"
  done
done
for k in WN_dev FIC_dev ADG_dev; do
  echo "== kind-$k" >> "$OUT"
  $X eval names --conll "$DATA/kind/evalita-2023/$k.tsv" 2>&1 | grep -E '^(PERSON|ORGAN|LOCAT|ALL)' >> "$OUT"
done
rm -rf "$T"
