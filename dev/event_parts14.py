#!/usr/bin/env python3
"""Scores of held-out 14 by part, from the report of EventDevSetTest (-Devents.report=true).

Counts the MISSED and SPURIOUS lines of the report by excerpt id (only the lines after the set-14 summary line; ids
h14-moro-: B1 Moro; h14-val-: B2 WikiNEuRal history; h14-per-: B3 WikiNEuRal with a person; ending in -q: A2; other
ids: A1, De Gasperi documents no dev set quotes) against the gold events of heldout14-mixed.txt; a type error is one
miss and one spurious event, as in EventScorer. Prints one Markdown row per part (gold, predicted, matched, P, R,
F1). Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#fourteenthHeldOutSetScores' \\
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts14.py OUT.txt
"""
import collections, re, sys

FIXTURE = 'extractor-core/src/test/resources/devset/events/heldout14-mixed.txt'
PARTS = [('A1: De Gasperi, documents no dev set quotes', ['A1']),
         ('A2: De Gasperi, documents names/time sets quote', ['A2']),
         ('A: De Gasperi', ['A1', 'A2']),
         ('B1: Moro (KIND)', ['B1']),
         ('B2: WikiNEuRal val, history', ['B2']),
         ('B3: WikiNEuRal val, a person named', ['B3']),
         ('B: Moro + WikiNEuRal', ['B1', 'B2', 'B3']),
         ('all', ['A1', 'A2', 'B1', 'B2', 'B3'])]


def part(i):
    if '-moro-' in i:
        return 'B1'
    if '-val-' in i:
        return 'B2'
    if '-per-' in i:
        return 'B3'
    return 'A2' if i.endswith('-q') else 'A1'


def report_counts(report, section, key=lambda i: i, ids=r'\S+'):
    """The MISSED and SPURIOUS lines of the report by key(excerpt id), counted in the sections whose "event ..." header
    line section(line) accepts (ids: the pattern of the excerpt ids counted). Shared with event_parts17.py."""
    miss, spur = collections.Counter(), collections.Counter()
    inside = False
    for line in open(report, encoding='utf-8'):
        if line.startswith('event '):
            inside = section(line)
            continue
        m = inside and re.match(rf'^({ids}) (MISSED|SPURIOUS) ', line)
        if m:
            (miss if m.group(2) == 'MISSED' else spur)[key(m.group(1))] += 1
    return miss, spur


def scores(gold, miss, spur, keys):
    """Gold, predicted and matched events of keys (a type error is one miss and one spurious event, as in EventScorer)
    and P, R, F1. Shared with event_parts17.py."""
    g = sum(gold[k] for k in keys)
    mt = g - sum(miss[k] for k in keys)
    pr = mt + sum(spur[k] for k in keys)
    p = mt / pr if pr else 0
    r = mt / g if g else 0
    f = 2 * p * r / (p + r) if p + r else 0
    return g, pr, mt, p, r, f


def main(report, fixture, set_no=14, part_of=part, parts=PARTS):
    """Prints the rows of held-out set set_no by part; part_of maps an excerpt id to its part key."""
    gold = collections.Counter()
    for block in re.split(r'^=== ', open(fixture, encoding='utf-8').read(), flags=re.M)[1:]:
        gold[part_of(block.split()[0])] += len(re.findall(r'^> ', block, re.M))
    miss, spur = report_counts(report, lambda line: line.startswith(f'event held-out set {set_no} '), part_of)
    for name, keys in parts:
        g, pr, mt, p, r, f = scores(gold, miss, spur, keys)
        print(f'| {name} | {g} | {pr} | {mt} | {p:.3f} | {r:.3f} | **{f:.3f}** |')

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else FIXTURE)
