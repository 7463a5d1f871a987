#!/usr/bin/env python3
"""Classify the end-to-end gap between two `extractor eval names --conll ... --errors` runs on the same documents.

Usage: python3 dev/names_gap.py MODEL_RUN.txt PIPELINE_RUN.txt [--list N]

MODEL_RUN is `--recognizer model`, PIPELINE_RUN the shipped pipeline, both with `--errors` (all errors) and the
same `--doc-sentences`. A gold mention is "lost" when the model finds it and the pipeline does not, "won" in the
reverse case. Each lost mention is classified by what the pipeline predicted over it:
  retype   the same span with another type
  respan   an overlapping span of a different extent
  drop     nothing overlapping
Each false alarm the pipeline adds (not a false alarm of the model, overlapping no gold mention) is "added".
Prints counts per class and type pair, and the first N examples of each class.
"""
import re
import sys
from collections import Counter, defaultdict

LINE = re.compile(r"^(FP|FN) (\S+) (\w+) \[(\d+),(\d+)\) '(.*)'$")


def read(path):
    fp, fn = set(), set()
    for line in open(path, encoding="utf-8"):
        m = LINE.match(line.rstrip("\n"))
        if m:
            kind, doc, typ, b, e, text = m.groups()
            (fp if kind == "FP" else fn).add((doc, int(b), int(e), typ, text))
    return fp, fn


def overlaps(a, b):
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def main():
    args = sys.argv[1:]
    limit = 15
    if "--list" in args:
        i = args.index("--list")
        limit = int(args[i + 1])
        del args[i:i + 2]
    model_fp, model_fn = read(args[0])
    pipe_fp, pipe_fn = read(args[1])
    lost = sorted(pipe_fn - model_fn)   # gold mentions the model gets, the pipeline misses
    won = sorted(model_fn - pipe_fn)    # gold mentions the pipeline gets, the model misses
    added = sorted(pipe_fp - model_fp)
    removed = sorted(model_fp - pipe_fp)
    gold_missed = pipe_fn | model_fn
    classes = defaultdict(list)
    for g in lost:
        over = [p for p in pipe_fp if overlaps(g, p)]
        same = [p for p in over if p[1] == g[1] and p[2] == g[2]]
        if same:
            classes["retype %s->%s" % (g[3], same[0][3])].append((g, same[0]))
        elif over:
            classes["respan %s" % g[3]].append((g, over[0]))
        else:
            classes["drop %s" % g[3]].append((g, None))
    for p in added:
        if any(overlaps(p, g) for g in lost):
            continue  # counted with the lost mention it replaces
        classes["added %s" % p[3]].append((p, None))
    for p in removed:
        if not any(overlaps(p, g) for g in won):
            classes["removed model false alarm %s" % p[3]].append((p, None))
    for g in won:
        classes["won %s" % g[3]].append((g, None))
    print("lost %d, won %d, pipeline false alarms added %d, model false alarms removed %d" % (
        len(lost), len(won), len(added), len(removed)))
    for name in sorted(classes, key=lambda k: -len(classes[k])):
        items = classes[name]
        print("%-32s %4d" % (name, len(items)))
    for name in sorted(classes, key=lambda k: -len(classes[k])):
        print("\n== " + name)
        texts = Counter(x[0][4] + ("  => " + x[1][4] + " " + x[1][3] if x[1] else "") for x in classes[name])
        for t, c in texts.most_common(limit):
            print("  %3d  %s" % (c, t))


if __name__ == "__main__":
    main()
