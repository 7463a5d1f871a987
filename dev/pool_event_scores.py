#!/usr/bin/env python3
"""Pools the held-out event scores printed by EventDevSetTest (one summary line per set) into one line per mode.

Usage: mvn -o -q -pl extractor-core -am test -Dtest=EventDevSetTest -Dsurefire.failIfNoSpecifiedTests=false > out.txt
       python3 dev/pool_event_scores.py out.txt     (every held-out set in the file pooled; the dev set is left out)
"""
import re, sys

LINE = re.compile(r'^event (held-out set(?: \d+[a-z]?)?|dev set) \((\w+) entities\): gold (\d+), predicted (\d+), matched (\d+):'
                  r'.*person recall [\d.]+ \((\d+)/(\d+)\), precision [\d.]+ \((\d+)/(\d+)\); date accuracy [\d.]+ '
                  r'\((\d+)/(\d+)\); modality accuracy ([\d.]+)')


def main(paths):
    pooled = {}
    for path in paths:
        for line in open(path, encoding='utf-8'):
            m = LINE.match(line)
            if not m or m.group(1) == 'dev set':
                continue
            nums = [int(x) for x in m.groups()[2:11]]
            mods = round(float(m.group(12)) * nums[2])
            acc = pooled.setdefault(m.group(2), [0] * 10 + [set()])
            for i, n in enumerate(nums + [mods]):
                acc[i] += n
            acc[10].add(m.group(1))
    for mode, a in pooled.items():
        gold, pred, matched, pr, pg, pp, ppred, dr, dn, mr = a[:10]
        p, r = matched / pred, matched / gold
        print(f'{mode}: {len(a[10])} sets, gold {gold}: P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}; '
              f'person recall {pr / pg:.3f} ({pr}/{pg}), precision {pp / ppred:.3f} ({pp}/{ppred}); '
              f'dates {dr / dn:.3f} ({dr}/{dn}); modality {mr / dn:.3f} ({mr}/{dn})')


if __name__ == '__main__':
    main(sys.argv[1:])
