#!/usr/bin/env python3
"""Thresholds of the silver-count retyping (ner.NameTypeCounts, session 14), chosen on the pooled names parts and
checked leave-one-part-out.

Runs the base jar and a jar built with permissive thresholds (every majority taken) over the gold of parts A-R and S-a
(dev/org_errors.py's preparation; S-b is written and deleted unread) and, with --kind, over KIND WN/FIC/ADG dev. The
error lines (FP/FN) that differ between the two runs are put down to the name of their span: an error line of the base
run gone is +1 for that name, a new one -1. A threshold setting (min-count, min-share, min-sources, surnames) keeps the
names whose counts pass it; its gain is the sum over those names. Prints the gain of every setting of the grid on the
pooled parts, the best one, and leave-one-part-out: for each part, the best setting on the other parts and its gain
on the left-out part. Propagation and the later steps are not simulated: the jar with the chosen thresholds is then
measured for real (dev/names_regression.sh). Corpus text is printed only with --list.
Usage: python3 dev/name_type_tune.py ../shared/data WORK COUNTS.tsv.gz BASE_JAR PERMISSIVE_JAR [--kind] [--list]
"""
import itertools, os, sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import org_errors, type_errors  # noqa: E402
from name_type_counts import fold  # noqa: E402
from name_type_coverage import counts_args, kind_dev, load  # noqa: E402

GRID = list(itertools.product([2, 3, 5, 10], [0.6, 0.75, 0.9, 1.0], [0, 1, 2], [True]))  # surnames as in the permissive jar


def clear(c, setting):
    """The type the counts c give under setting, as NameTypeCounts.clearType (None: no clear type)."""
    min_count, min_share, min_sources, surnames = setting
    per, org, loc, sp, so, sl, sur = c
    sur = sur if surnames else 0
    per += sur
    total = per + org + loc
    if per > org and per > loc:
        t, top, src = 'PER', per, sp + (1 if sur > 0 else 0)
    elif loc > per and loc > org:
        t, top, src = 'LOC', loc, sl
    elif org > per and org > loc:
        t, top, src = 'ORG', org, so
    else:
        return None
    return t if total >= min_count and top >= min_share * total and src >= min_sources else None


def errors_of(jar, golds, texts, work, kind_files):
    out = Counter()
    for e in org_errors.run(jar, golds, texts, work):
        out[e] += 1
    if kind_files:
        errs, _ = type_errors.run_conll(jar, kind_files)
        for e in errs:
            out[e] += 1
    return out


def main():
    args = counts_args('base', 'permissive', jar=False, kind=True)
    counts = load(args.counts)
    texts, golds = org_errors.prepare(args.data, args.work, None)
    kind = kind_dev(args)
    e0 = errors_of(args.base, golds, texts, args.work, kind)
    e1 = errors_of(args.permissive, golds, texts, args.work, kind)
    gain = defaultdict(Counter)  # part -> name key -> gain
    for e in set(e0) | set(e1):
        d = e0[e] - e1[e]
        if d:
            gain[e[0]][fold(e[6])] += d
            if args.list:
                print('  %+d %s %s %s %r %s' % (d, e[0], e[1], e[3][:3], e[6], counts.get(fold(e[6]))))
    parts = sorted(gain)

    def score(setting, keep_parts):
        s = 0
        for p in keep_parts:
            for name, g in gain[p].items():
                c = counts.get(name)
                c = c if c is None or ' ' not in name else c[:6] + (0,)
                if c is not None and clear(c, setting) is not None:
                    s += g
        return s

    print('changed error lines by part (permissive jar): ' + ', '.join(
        '%s %+d/%d' % (p, sum(gain[p].values()), sum(abs(v) for v in gain[p].values())) for p in parts))
    rows = sorted(((score(s, parts), s) for s in GRID), key=lambda x: (-x[0], -x[1][0], -x[1][1], -x[1][2]))
    print('| min-count | min-share | min-sources | surnames | pooled gain (error lines) |')
    print('|---|---|---|---|---|')
    for sc, s in rows[:12]:
        print('| %d | %.2f | %d | %s | %+d |' % (*s, sc))
    best = rows[0][1]
    print('best on all parts:', best, rows[0][0])
    total = 0
    lopo = []
    for p in parts:
        others = [q for q in parts if q != p]
        b = max(GRID, key=lambda s: (score(s, others), s[0], s[1], s[2]))
        g = score(b, [p])
        total += g
        lopo.append('%s %+d %s' % (p, g, b))
    print('leave-one-part-out: total %+d; ' % total + '; '.join(lopo))


if __name__ == '__main__':
    main()
