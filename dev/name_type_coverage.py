#!/usr/bin/env python3
"""Coverage of the typed name counts (dev/name_type_counts.py) on the pooled names errors (session 14).

Runs a jar over the gold of parts A-R and S-a (dev/org_errors.py's preparation: S-b is written to the work folder and
deleted unread), clusters the errors as dev/type_errors.py does, and for every cluster with one gold mention of
PERSON, ORGANIZATION or LOCATION that the system missed or typed otherwise (missed, type confusion, type + boundary)
looks the gold mention's text up in the counts: unknown, known with the gold type as majority, known with another
majority (ties: none). Prints one table per gold type and error class (corpus text is not printed unless --list).
Usage: python3 dev/name_type_coverage.py ../shared/data WORK COUNTS.tsv.gz [--jar JAR] [--list]
"""
import argparse, gzip, os, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import org_errors, type_errors  # noqa: E402
from name_type_counts import fold  # noqa: E402

SHORT = {'PERSON': 'PER', 'ORGANIZATION': 'ORG', 'LOCATION': 'LOC'}


def load(path):
    out = {}
    for line in gzip.open(path, 'rt', encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        out[f[0]] = tuple(int(x) for x in f[1:])
    return out


def majority(c):
    """(type, count, total) of the counts tuple (PER, ORG, LOC, ...), type None on a tie."""
    typed = dict(zip(('PER', 'ORG', 'LOC'), c[:3]))
    ranked = sorted(typed.items(), key=lambda kv: -kv[1])
    total = sum(typed.values())
    return (ranked[0][0] if ranked[0][1] > ranked[1][1] else None), ranked[0][1], total


def counts_args(*positional, jar=True, kind=False):
    """The command line of the name-count scripts: DATA WORK COUNTS then POSITIONAL, --jar (the built CLI jar by
    default) or --kind (KIND WN/FIC/ADG dev too), --list; WORK is created."""
    ap = argparse.ArgumentParser()
    for name in ('data', 'work', 'counts') + positional:
        ap.add_argument(name)
    if jar:
        ap.add_argument('--jar', default='extractor-cli/target/extractor.jar')
    if kind:
        ap.add_argument('--kind', action='store_true')
    ap.add_argument('--list', action='store_true')
    ap.add_argument('--with-t', action='store_true', help='also part T-a where the script pools parts (T-b deleted unread)')
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    return args


def kind_dev(args):
    """The KIND dev files the --kind option of counts_args asks for (none without it)."""
    return [os.path.join(args.data, 'kind', 'evalita-2023', k + '_dev.tsv') for k in ('WN', 'FIC', 'ADG')] \
        if args.kind else []


def main():
    args = counts_args()
    counts = load(args.counts)
    texts, golds = org_errors.prepare(args.data, args.work, None)
    errors = org_errors.run(args.jar, golds, texts, args.work)
    table = Counter()
    for (part, doc), group in org_errors.clusters(errors):
        kind, _ = type_errors.classify(group)
        gold = [e for e in group if e[1] == 'FN']
        if len(gold) != 1 or not (kind == 'missed' or '->' in kind):
            continue
        g = gold[0]
        typ = SHORT[g[3]]
        c = counts.get(fold(g[6]))
        if c is None:
            verdict = 'unknown'
        else:
            m, top, total = majority(c)
            verdict = 'gold majority' if m == typ else ('tie' if m is None else 'other majority')
        kind = 'missed' if kind == 'missed' else ('type' if kind.count('->') and not kind.startswith('type+')
                                                    else 'type+boundary')
        table[(typ, kind, verdict)] += 1
        if args.list:
            print('  %s %s %s %s %r %s' % (part, typ, kind, verdict, g[6], c))
    verdicts = ['unknown', 'gold majority', 'other majority', 'tie']
    print('| gold type | error | clusters | ' + ' | '.join(verdicts) + ' |')
    print('|---|---|---|' + '---|' * len(verdicts))
    for typ in ('PER', 'ORG', 'LOC'):
        for kind in ('type', 'type+boundary', 'missed'):
            row = [table[(typ, kind, v)] for v in verdicts]
            print('| %s | %s | %d | %s |' % (typ, kind, sum(row), ' | '.join(map(str, row))))


if __name__ == '__main__':
    main()
