#!/usr/bin/env bash
# The main job on the bundled sample: extract → JSON → (index → search, once the index exists).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=extractor-cli/target/extractor.jar
[ -f "$jar" ] || { echo "run ./mvnw -q -DskipTests package first" >&2; exit 2; }
out=target/sample
mkdir -p "$out"
java -jar "$jar" extract --pretty --output "$out" samples/texts/lotta-per-il-potere.txt
echo "JSON: $out/lotta-per-il-potere.json"
