#!/usr/bin/env bash
# The main job on the bundled sample: extract → JSON → index → one example search.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=extractor-cli/target/extractor.jar
[ -f "$jar" ] || { echo "run ./mvnw -q -DskipTests package first" >&2; exit 2; }
out=target/sample
mkdir -p "$out"
java -jar "$jar" extract --pretty --output "$out" samples/texts/lotta-per-il-potere.txt
echo "JSON: $out/lotta-per-il-potere.json"
echo
echo "== Events (extract --format text)"
java -jar "$jar" extract --format text samples/texts/lotta-per-il-potere.txt | head -25
echo
java -jar "$jar" index --rebuild --index "$out/index" samples/texts/lotta-per-il-potere.txt
echo
echo "== search --person Trotsky \"espulso\""
java -jar "$jar" search --index "$out/index" --person Trotsky --limit 5 espulso
