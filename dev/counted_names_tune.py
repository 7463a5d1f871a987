#!/usr/bin/env python3
"""Thresholds of the counted-name step (ner.CountedNames, session 15), chosen on the pooled names parts and checked
leave-one-part-out, as dev/name_type_tune.py does for the retyping.

Runs the base jar and a jar built with permissive thresholds (ner/counted-names.properties: min-count 2, min-share 0.6,
min-sources 0, max-lower-share 1) over the gold of parts A-R and S-a (S-b is written and deleted unread) and, with
--kind, over KIND WN/FIC/ADG dev. The error lines that differ are put down to the name of their span (+1 for a base
error gone, -1 for a new one). A setting (min-count, min-share, min-sources, max-lower-share) keeps the names whose
counts give LOCATION or ORGANIZATION under it and whose lower-case share (LOWER / (LOWER + mentions), from
name-lower.tsv.gz) is at most max-lower-share; its gain is the sum over those names. Prints the best settings on the
pooled parts and leave-one-part-out (each part scored with the setting chosen on the others). --list prints the changed
error lines (corpus text: screen only).
Usage: python3 dev/counted_names_tune.py ../shared/data WORK COUNTS.tsv.gz LOWER.tsv.gz BASE_JAR PERMISSIVE_JAR
           [--kind] [--list]
"""
import gzip, itertools, os, sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import org_errors  # noqa: E402
from name_type_counts import fold  # noqa: E402
from name_type_coverage import counts_args, kind_dev, load  # noqa: E402
from name_type_tune import clear, errors_of  # noqa: E402

GRID = list(itertools.product([2, 3, 5, 10], [0.6, 0.75, 0.9, 1.0], [0, 1, 2], [0.0, 0.05, 0.1, 0.2, 0.5, 1.0]))


def load_lower(path):
    out = {}
    for line in gzip.open(path, 'rt', encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if len(f) == 2:
            out[f[0]] = int(f[1])
    return out


def main():
    args = counts_args('lower', 'base', 'permissive', jar=False, kind=True)
    counts, lower = load(args.counts), load_lower(args.lower)
    texts, golds = org_errors.prepare(args.data, args.work, None)
    kind = kind_dev(args)
    e0 = errors_of(args.base, golds, texts, args.work, kind)
    e1 = errors_of(args.permissive, golds, texts, args.work, kind)
    gain = defaultdict(Counter)
    for e in set(e0) | set(e1):
        d = e0[e] - e1[e]
        if d:
            gain[e[0]][fold(e[6])] += d
            if args.list:
                c = counts.get(fold(e[6]))
                print('  %+d %s %s %s %r %s lower=%d' % (d, e[0], e[1], e[3][:3], e[6], c, lower.get(fold(e[6]), 0)))
    parts = sorted(gain)

    def kept(name, setting):
        c = counts.get(name)
        if c is None:
            return False
        if clear(c, setting[:3] + (True,)) not in ('ORG', 'LOC'):
            return False
        low = lower.get(name, 0)
        return low <= setting[3] * (low + sum(c[:3]))

    def score(setting, keep_parts):
        return sum(g for p in keep_parts for name, g in gain[p].items() if kept(name, setting))

    print('changed error lines by part (permissive jar): ' + ', '.join(
        '%s %+d/%d' % (p, sum(gain[p].values()), sum(abs(v) for v in gain[p].values())) for p in parts))
    rows = sorted(((score(s, parts), s) for s in GRID), key=lambda x: (-x[0], -x[1][0], -x[1][1], -x[1][2], x[1][3]))
    print('| min-count | min-share | min-sources | max-lower-share | pooled gain (error lines) |')
    print('|---|---|---|---|---|')
    for sc, s in rows[:12]:
        print('| %d | %.2f | %d | %.2f | %+d |' % (*s, sc))
    best = rows[0][1]
    print('best on all parts:', best, rows[0][0], '; by part:', ', '.join(
        '%s %+d' % (p, score(best, [p])) for p in parts if score(best, [p])))
    total, lopo = 0, []
    for p in parts:
        others = [q for q in parts if q != p]
        b = max(GRID, key=lambda s: (score(s, others), s[0], s[1], s[2], -s[3]))
        g = score(b, [p])
        total += g
        lopo.append('%s %+d %s' % (p, g, b))
    print('leave-one-part-out: total %+d; ' % total + '; '.join(lopo))
    names = sorted({n for p in parts for n in gain[p] if kept(n, best)})
    print('names kept by the best setting: ' + ', '.join(
        '%s %+d' % (n, sum(gain[p][n] for p in parts)) for n in names))


if __name__ == '__main__':
    main()
