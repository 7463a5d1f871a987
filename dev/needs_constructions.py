#!/usr/bin/env python3
"""Counts candidates a needs= option rejects whose sentence has one of three constructions (session 15, evreflex).

The evcontext reading (docs/events.md) listed gold events whose complement is in their own sentence in a form the
sense rules do not read; this counts three of those forms over NeedsRuleAudit's OUT-events.tsv (dev sets: gold /
spurious) and OUT-corpus-windows.tsv (corpus: rejected), by trigger lemma:
  between   the trigger, then within 4 words "fra|tra X e Y" ("la lotta fra le città e la campagna")
  di_cui    "di cui" up to 4 words before the trigger ("di cui piangiamo la morte")
  ne        the clitic "ne" right before the trigger or its auxiliary ("ne uscivano i liberali")
usage: needs_constructions.py EVENTS.tsv [CORPUS-WINDOWS.tsv] [--rows NAME]
"""
import re
import sys
from collections import Counter, defaultdict

FORMS = {
    "between": re.compile(r"\]\]\s+(?:[\w'’]+\s+){0,4}?(?:fra|tra)\s+(?:[\w'’]+\s+){1,4}?(?:e|ed)\s+\w", re.I),
    "di_cui": re.compile(r"\bdi\s+cui\s+(?:[\w'’]+\s+){0,4}\[\[", re.I),
    "ne": re.compile(r"\bne\s+(?:(?:è|era|sono|erano|fu|furono|ha|hanno|aveva|avevano)\s+)?\[\[", re.I),
}


def main(argv):
    show = argv[argv.index("--rows") + 1] if "--rows" in argv else None
    files = [a for a in argv if not a.startswith("--") and a != show]
    for f in files:
        corpus = "windows" in f
        counts = defaultdict(Counter)
        for line in open(f, encoding="utf-8"):
            c = line.rstrip("\n").split("\t")
            if len(c) < 9 or c[3] != "needs":
                continue
            ctx = c[8] if corpus else c[9]
            label = "corpus" if corpus else c[6]
            for name, rx in FORMS.items():
                if rx.search(ctx):
                    counts[name][label] += 1
                    counts[name + " " + c[2]][label] += 1
                    if show == name:
                        print("\t".join([label, c[2], c[4] if corpus else c[5], ctx[:300]]))
        cols = ["corpus"] if corpus else ["gold", "spurious"]
        print("#", f)
        for key in sorted(counts, key=lambda k: (k.split()[0], " " in k, -sum(counts[k].values()))):
            if " " not in key or sum(counts[key][x] for x in cols) >= 3 or counts[key]["gold"]:
                print("\t".join([key] + [str(counts[key][x]) for x in cols]))


if __name__ == "__main__":
    main(sys.argv[1:])
