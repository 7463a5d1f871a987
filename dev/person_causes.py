#!/usr/bin/env python3
"""Pools the person-argument audit of PersonArgumentAudit by cause (session 14, branch evpers; docs/events.md,
"Session 14: person arguments pooled by cause").

The audit lists every gold agent/patient person that the extractor misses on a matched event ("miss") and every
PERSON agent/patient it gives that the gold lacks ("wrong"), over every readable set (dev set, held-out 1-17, 18a,
19a; 18b and 19b are never loaded), in pipeline and oracle mode, with a cause guessed from the text. This script
prints, per kind and cause, the count in each mode and the sets it occurs in, so that a class seen in one set only
is told apart from one seen in many; with two audits (before, after) it lists every row that changed.

Usage:
  mvn -o -q -B -pl extractor-core -am test -Dtest=PersonArgumentAudit -Dsurefire.failIfNoSpecifiedTests=false \\
      -Dshared.data=/work/shared/data -Devents.personAudit=/tmp/audit.tsv     # corpus text: keep it out of the repo
  python3 dev/person_causes.py /tmp/audit.tsv                 # tables by cause
  python3 dev/person_causes.py /tmp/audit.tsv --rows CAUSE     # the rows of one cause (both modes)
  python3 dev/person_causes.py BEFORE.tsv AFTER.tsv            # per set: misses and wrong persons before -> after,
                                                               # and every row gone or new
"""
import collections
import csv
import sys

SET_ORDER = ['dev'] + [str(i) for i in range(1, 17)] + ['17a', '17b', '18a', '19a', '20a', '21a']


def load(path):
    with open(path, encoding='utf-8') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


def tables(rows):
    for kind, title in (('miss', 'gold persons missed on matched events'),
                        ('wrong', 'PERSON agents/patients given that the gold lacks')):
        print(f'## {title}')
        print('| cause | pipeline | oracle | sets (oracle, else pipeline) |')
        print('|---|---|---|---|')
        by = collections.defaultdict(lambda: collections.Counter())
        sets = collections.defaultdict(set)
        for r in rows:
            if r['kind'] != kind:
                continue
            by[r['cause']][r['mode']] += 1
            sets[(r['cause'], r['mode'])].add(r['set'])
        total = collections.Counter()
        for cause, c in sorted(by.items(), key=lambda kv: -(kv[1]['pipeline'] + kv[1]['oracle'])):
            s = sets[(cause, 'oracle')] or sets[(cause, 'pipeline')]
            names = ' '.join(x for x in SET_ORDER if x in s)
            print(f"| {cause} | {c['pipeline']} | {c['oracle']} | {len(s)}: {names} |")
            total.update(c)
        print(f"| **total** | {total['pipeline']} | {total['oracle']} | |")
        print()


def show(rows, cause):
    for r in rows:
        if r['cause'] == cause:
            print(' | '.join([r['set'], r['doc'], r['mode'], r['kind'], r['detail'], r['role'] + ' ' + r['person'],
                              r['type'] + ' ' + r['trigger'], r['got']]))
            print('    ' + r['sentence'][:300])


def key(r):
    return (r['set'], r['doc'], r['mode'], r['kind'], r['role'], r['person'], r['type'], r['trigger'])


def compare(before, after):
    count = lambda rows: collections.Counter((r['set'], r['mode'], r['kind']) for r in rows)
    b, a = count(before), count(after)
    print('| set | pipeline missed | pipeline wrong | oracle missed | oracle wrong |')
    print('|---|---|---|---|---|')
    for s in SET_ORDER:
        cells = []
        for mode in ('pipeline', 'oracle'):
            for kind in ('miss', 'wrong'):
                x, y = b[(s, mode, kind)], a[(s, mode, kind)]
                cells.append(f'{x}' if x == y else f'**{x} → {y}**')
        print(f'| {s} | ' + ' | '.join(cells) + ' |')
    tb = collections.Counter((m, k) for (_, m, k) in b.elements())
    ta = collections.Counter((m, k) for (_, m, k) in a.elements())
    print('| **all** | ' + ' | '.join(f"{tb[(m, k)]} → {ta[(m, k)]}" for m in ('pipeline', 'oracle')
                                      for k in ('miss', 'wrong')) + ' |')
    print()
    kb = collections.Counter(key(r) for r in before)
    ka = collections.Counter(key(r) for r in after)
    for label, rows, other in (('gone', before, ka), ('new', after, kb)):
        seen = collections.Counter()
        for r in rows:
            k = key(r)
            seen[k] += 1
            if seen[k] > other[k]:
                print(label, '|', ' | '.join([r['set'], r['doc'], r['mode'], r['kind'], r['cause'],
                                               r['role'] + ' ' + r['person'], r['type'] + ' ' + r['trigger'],
                                               r['got']]))


def main(argv):
    if len(argv) == 3 and argv[1] == '--rows':
        show(load(argv[0]), argv[2])
    elif len(argv) == 2:
        compare(load(argv[0]), load(argv[1]))
    elif len(argv) == 1:
        tables(load(argv[0]))
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main(sys.argv[1:])
