#!/usr/bin/env python3
"""How well the text's own explicit years estimate when a De Gasperi document was written (session 12).

Unlabelled use of the 649 DaDoEval documents plus their gold years: the CLI extracts every document WITHOUT a
document date, and each estimator below reads only the DATE entities whose text writes a four-digit year (never the
gold year); the gold year is used only to score the estimate. Nothing is copied or committed.

Usage (from the repository root, after `mvn -o -q -B package -DskipTests`; about 4 minutes on the shared machine):
  java -jar extractor-cli/target/extractor.jar extract --threads 2 --output /tmp/dg-nodate \\
       DATA/dadoeval-degasperi/Test_Release/same-genre DATA/dadoeval-degasperi/Test_Release/cross-genre
  python3 dev/time_year_estimate.py DATA /tmp/dg-nodate

Estimators: `latest` is the resolver's time of writing when no document date is given (the latest explicit year; a
bare year in a sentence with a future verb counts as the year before it, approximated here by the verb endings of the
FUTURE macro); the others are the alternatives measured against it. The second table splits the documents by how
their latest year is written (a date with its month, or a bare year) and whether every sentence holding it has a
passato remoto, with the distribution of gold minus latest.
"""
import collections
import json
import os
import re
import sys

FUTURE = re.compile(r"(?i)\b\w+(?:rà|ranno|remo|rete|rai)\b|\b(?:sar|avr|andr|verr|potr|dovr|vorr|terr|far|dar|star|vedr)ò\b")
REMOTE = re.compile(r"(?i)\b(?:fu|furono|venne|vennero|ebbe|ebbero|\w{3,}(?:ò|arono|erono|irono))\b")
YEAR_VALUE = re.compile(r"(\d{4})(?:-\d\d)?(?:-\d\d)?(?:/(\d{4}))?")


def gold_years(data):
    gold = {}
    for name in ("GoldStandard_same-genre.tsv", "GoldStandard_cross-genre.tsv"):
        with open(os.path.join(data, "dadoeval-degasperi", "Gold-test", name), encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) >= 2 and cols[1].isdigit():
                    gold[cols[0]] = int(cols[1])
    return gold


def mentions(doc, text):
    """The explicit years of a document: year, with month?, future sentence?, passato remoto sentence?, offset."""
    out = []
    for e in doc["entities"]:
        if e["type"] != "DATE" or not e.get("value") or not re.search(r"\d{4}", e["text"]):
            continue
        m = YEAR_VALUE.match(e["value"])
        if not m:
            continue
        s = doc["sentences"][e["sentence"]]
        sentence = text[s["begin"]:s["end"]]
        out.append({"year": int(m.group(2) or m.group(1)), "month": bool(re.match(r"\d{4}-\d\d", e["value"])),
                    "future": bool(FUTURE.search(sentence)), "remote": bool(REMOTE.search(sentence)),
                    "begin": e["begin"]})
    return out


def latest(ms):
    ys = [m["year"] - (1 if m["future"] and not m["month"] else 0) for m in ms]
    return max(ys) if ys else None


ESTIMATORS = {
    "latest (the resolver's estimate)": latest,
    "latest, future years not moved back": lambda ms: max((m["year"] for m in ms), default=None),
    "latest + 1": lambda ms: latest(ms) + 1 if ms else None,
    "latest year written twice or more": lambda ms: max(
        [y for y, k in collections.Counter(m["year"] for m in ms).items() if k >= 2] or [latest(ms)])
    if ms else None,
    "most frequent year": lambda ms: collections.Counter(m["year"] for m in ms).most_common(1)[0][0] if ms else None,
    "last year in text order": lambda ms: max(ms, key=lambda m: m["begin"])["year"] if ms else None,
}


def main():
    data, out = sys.argv[1], sys.argv[2]
    gold = gold_years(data)
    docs = []
    for fn in sorted(os.listdir(out)):
        with open(os.path.join(out, fn), encoding="utf-8") as f:
            doc = json.load(f)
        name = os.path.basename(doc["source"])
        if name not in gold:
            continue
        with open(doc["source"], encoding="utf-8") as f:
            text = f.read()
        docs.append((name, gold[name], mentions(doc, text)))
    with_year = [d for d in docs if d[2]]
    print(f"{len(docs)} documents, {len(with_year)} write at least one four-digit year, {len(docs) - len(with_year)} none")
    print("| estimator | exact | within one year | below gold | above gold |")
    print("|---|---|---|---|---|")
    for label, f in ESTIMATORS.items():
        c = collections.Counter()
        for _, g, ms in with_year:
            e = f(ms)
            c["exact"] += e == g
            c["within"] += abs(e - g) <= 1
            c["below"] += e < g
            c["above"] += e > g
        n = len(with_year)
        print(f"| {label} | {c['exact'] / n:.3f} ({c['exact']}/{n}) | {c['within'] / n:.3f} ({c['within']}/{n}) "
              f"| {c['below']} | {c['above']} |")
    groups = collections.defaultdict(collections.Counter)
    for _, g, ms in with_year:
        top = [m for m in ms if m["year"] == max(x["year"] for x in ms)]
        key = ("date with its month" if any(m["month"] for m in top) else "bare year") + (
            ", passato remoto" if all(m["remote"] for m in top) else "")
        groups[key][max(-3, min(8, g - max(x["year"] for x in ms)))] += 1
    print("\n| latest year written as | documents | gold = latest | gold - latest: -3 (or less) .. 8 (or more) |")
    print("|---|---|---|---|")
    for key in sorted(groups):
        c = groups[key]
        n = sum(c.values())
        dist = " ".join(f"{k}:{c[k]}" for k in sorted(c))
        print(f"| {key} | {n} | {c[0] / n:.3f} | {dist} |")


if __name__ == "__main__":
    main()
