#!/usr/bin/env python3
"""Simulates adding silver-count spans at decode time over the pooled names parts (session 15), before any Java.

Runs a jar over the gold of parts A-R and S-a (dev/org_errors.py's preparation; the S-b gold is written into the work
folder and deleted unread), rebuilds each document's predicted spans (gold minus FN plus FP) and finds every
occurrence of a name of the typed-name counts (dev/name_type_counts.py) whose clear type (dev/orgloc_evidence.clear,
thresholds from the grid) is ORGANIZATION or LOCATION: the text's tokens, folded, equal the name's tokens, and the first
token opens with a capital letter. Two actions are scored, each candidate against the gold (same extent and type:
right; else wrong):
  add     a candidate that no predicted span overlaps is added;
  extend  a predicted span of the candidate's type strictly inside the candidate is replaced by it.
Prints, per grid setting (min-count x min-share x min-sources x min-words), the gain (right - wrong, as FN fixed minus
FP added) pooled and by part, and a leave-one-part-out check: each part scored with the setting chosen on the others.
--list prints every candidate (corpus text: screen only, never commit it).
Usage: python3 dev/silver_span_sim.py ../shared/data WORK COUNTS.tsv.gz [--jar JAR] [--list]
"""
import os, re, sys
from collections import Counter, defaultdict
from itertools import product

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import org_errors  # noqa: E402
from name_type_counts import fold  # noqa: E402
from name_type_coverage import counts_args, load  # noqa: E402
from orgloc_evidence import clear  # noqa: E402

TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)
FULL = {'ORG': 'ORGANIZATION', 'LOC': 'LOCATION'}


def tokens(text):
    return [(m.start(), m.end(), fold(m.group())) for m in TOKEN.finditer(text)]


def candidates(text, index, max_len):
    """(begin, end, name key) of every capitalised occurrence of a counted name."""
    toks = tokens(text)
    out = []
    for i, (b, _, w) in enumerate(toks):
        if not text[b].isupper():
            continue
        for n in range(1, max_len + 1):
            if i + n > len(toks):
                break
            key = tuple(t[2] for t in toks[i:i + n])
            if key in index:
                out.append((b, toks[i + n - 1][1], index[key]))
    return out


def main():
    args = counts_args()
    counts = load(args.counts)
    index = {}
    for name in counts:
        index[tuple(fold(t.group()) for t in TOKEN.finditer(name))] = name
    max_len = max(len(k) for k in index)
    texts, golds = org_errors.prepare(args.data, args.work, None)
    errors = org_errors.run(args.jar, golds, texts, args.work)
    gold, part_of = defaultdict(set), {}
    for g in golds:
        for line in open(g, encoding='utf-8'):
            f = line.rstrip('\n').split('\t')
            if line.startswith('#') or not f[0]:
                continue
            part_of[f[0]] = org_errors.part_name(g)
            if len(f) >= 4:
                gold[f[0]].add((int(f[1]), int(f[2]), f[3]))
    fn, fp = defaultdict(set), defaultdict(set)
    for e in errors:
        (fn if e[1] == 'FN' else fp)[e[2]].add((e[4], e[5], e[3]))
    # one row per candidate action: (part, action, name, words, right?)
    rows = []
    for doc in sorted(part_of):
        text = open(os.path.join(texts, doc + '.txt'), encoding='utf-8').read()
        pred = (gold[doc] - fn[doc]) | fp[doc]
        for b, e, name in candidates(text, index, max_len):
            c = counts[name]
            words = len(name.split())
            over = [p for p in pred if p[0] < e and b < p[1]]
            right_any = {(b, e, FULL[t]) for t in FULL} & gold[doc]
            if not over:
                rows.append((part_of[doc], 'add', name, c, words, (b, e), right_any, doc, text[b:e]))
            else:
                inner = [p for p in over if b <= p[0] and p[1] <= e and (p[0], p[1]) != (b, e)]
                if len(over) == 1 and inner:
                    rows.append((part_of[doc], 'extend', name, c, words, (b, e), right_any, doc, text[b:e],
                                 inner[0]))
    grid = list(product((2, 3, 5, 10), (0.75, 0.9, 1.0), (1, 2), (1, 2)))
    parts = sorted(set(part_of.values()))

    def gains(setting, action):
        mc, ms, src, mw = setting
        g = Counter()
        for r in rows:
            if r[1] != action or r[4] < mw:
                continue
            t = clear(r[3], mc, ms, src)
            if t not in FULL:
                continue
            span = (r[5][0], r[5][1], FULL[t])
            doc = r[7]
            if action == 'add':
                g[r[0]] += 1 if span in gold[doc] else -1
            else:
                old = r[9]
                g[r[0]] += (1 if span in gold[doc] else -1) + (1 if old in fp[doc] else -1)
        return g

    for action in ('add', 'extend'):
        print('== %s' % action)
        table = {s: gains(s, action) for s in grid}
        best = sorted(grid, key=lambda s: (-sum(table[s].values()), -s[0], -s[1], -s[2], -s[3]))
        for s in best[:8]:
            print('  mc=%d share=%.2f src=%d words>=%d  gain %+d  %s' % (s + (sum(table[s].values()),
                  ' '.join('%s%+d' % (p, table[s][p]) for p in parts if table[s][p]))))
        lopo = Counter()
        for p in parts:
            s = max(grid, key=lambda s: (sum(v for q, v in table[s].items() if q != p), s[0], s[1], s[2], s[3]))
            lopo[p] = table[s][p]
        print('  leave-one-part-out: total %+d  %s' % (sum(lopo.values()),
              ' '.join('%s%+d' % (p, lopo[p]) for p in parts if lopo[p])))
    if args.list:
        for r in rows:
            t = clear(r[3], 2, 0.75, 1)
            if t in FULL:
                ok = (r[5][0], r[5][1], FULL[t]) in gold[r[7]]
                print('%s %-6s %s %-5s %s %r %s %s' % (r[0], r[1], t, ok, r[7], r[8], r[3][:3],
                                                      r[9] if r[1] == 'extend' else ''))


if __name__ == '__main__':
    main()
