#!/usr/bin/env python3
"""Leave-one-set-out check of one argument-rule decision from two person audits (session 17, branch evargs;
docs/events.md, "Session 17: person arguments by pooled cause").

BEFORE.tsv and AFTER.tsv are PersonArgumentAudit outputs (every readable set, pipeline and oracle mode) of the code
without and with the decision (a rule, an option, a widening). Per set and mode the change is counted as right persons
gained (miss rows gone), right persons lost (miss rows new), wrong persons removed (wrong rows gone) and wrong
persons added (wrong rows new); its score is gained - lost + removed - added. For each set S the decision is taken on
the other sets only (kept when their summed score is positive) and, when kept, S's own change is counted: the sum of
those held-out changes is what the decision does on sets it was not decided on. Reads set names and counts only; no
text is printed.

  python3 dev/person_loso.py BEFORE.tsv AFTER.tsv [--mode pipeline|oracle]
"""
import argparse
import collections
import csv


def rows(path, mode):
    with open(path, encoding='utf-8') as f:
        return collections.Counter(
            (r['set'], r['kind'], r['doc'], r['role'], r['person'], r['trigger'])
            for r in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE) if r['mode'] == mode)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('before')
    ap.add_argument('after')
    ap.add_argument('--mode', default='pipeline', choices=('pipeline', 'oracle'))
    a = ap.parse_args()
    before, after = rows(a.before, a.mode), rows(a.after, a.mode)
    change = collections.defaultdict(lambda: [0, 0, 0, 0])  # gained, lost, removed, added
    for key in set(before) | set(after):
        d = after[key] - before[key]
        s, kind = key[0], key[1]
        if kind == 'miss':
            change[s][0 if d < 0 else 1] += abs(d)
        else:
            change[s][2 if d < 0 else 3] += abs(d)
    change = {s: c for s, c in change.items() if any(c)}

    def score(c):
        return c[0] - c[1] + c[2] - c[3]

    total = [0, 0, 0, 0]
    print(f'mode {a.mode}: set | gained lost removed added | kept without it | held-out change')
    for s in sorted(change):
        others = sum(score(c) for t, c in change.items() if t != s)
        kept = others > 0
        if kept:
            total = [x + y for x, y in zip(total, change[s])]
        print(f'{s} | {" ".join(map(str, change[s]))} | {"yes" if kept else "no"} (others {others:+d}) | '
              f'{"+".join(map(str, change[s])) if kept else "0"}')
    print(f'held-out sum: right gained {total[0]}, right lost {total[1]}, wrong removed {total[2]}, '
          f'wrong added {total[3]} (score {score(total):+d})')


if __name__ == '__main__':
    main()
