#!/usr/bin/env bash
# Scores a jar's names pipeline on a list of names dev parts, each alone and pooled (one gold file of all of them):
# the evaluation of the session-16 cross-validation over parts (models trained on the other fold's parts, see
# models/NER.md "Session 16"). PART: a b c d e f f-wiki g h i j k l m n o p q r s-a (s-a: the tuned half of S,
# dev/names_s_parts.py; S-b is never scored here).
# Usage: bash dev/names_cv.sh ../shared/data JAR OUT_FILE PART [PART ...]   (run from the repository root;
#        EVAL_ARGS="--recognizer model" scores the model alone through the pipeline, without the names layer)
set -euo pipefail
DATA=${1:?data folder}; JAR=${2:?jar}; OUT=${3:?output file}; shift 3
D=extractor-core/src/test/resources/devset/names
X="java -Xmx1g -jar $JAR"; EXTRA=${EVAL_ARGS:-}
T=$(mktemp -d)
cp $D/*.txt "$T"/
for f in $D/texts-*.tsv; do python3 dev/names_corpus_texts.py "$DATA" "$f" "$T" > /dev/null; done
python3 dev/names_s_parts.py $D "$T" 2> /dev/null
head -1 $D/gold-a.tsv > "$T/pooled.tsv"
: > "$OUT"
for p in "$@"; do
  case $p in s-a) g="$T/gold-s-a.tsv" ;; *) g="$D/gold-$p.tsv" ;; esac
  [ -f "$g" ] || { echo "no gold for part $p" >&2; exit 2; }
  grep -v '^#' "$g" >> "$T/pooled.tsv"
  echo "== $p" >> "$OUT"
  $X eval names $EXTRA --gold "$g" --texts "$T" 2>&1 | grep -E '^(PERSON|ORGAN|LOCAT|ALL)' >> "$OUT"
done
echo "== pooled $*" >> "$OUT"
$X eval names $EXTRA --gold "$T/pooled.tsv" --texts "$T" 2>&1 | grep -E '^(PERSON|ORGAN|LOCAT|ALL)' >> "$OUT"
rm -rf "$T"
