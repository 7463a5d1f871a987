#!/usr/bin/env python3
"""Session 25 (branch evdg25): the De Gasperi items of the readable event sets, pooled across sets, from the report of
EventDevSetTest (-Devents.report=true; docs/events.md, "Session 25: De Gasperi events").

A De Gasperi item is an '=== id' block whose text is inline with a DaDoEval document-hash id (the dev set's
degasperi.txt, set 4 and the De Gasperi parts of sets 7-16) or whose '< ' reference is a KIND ADG file
(kind/evalita-2023/ADG_*: set 19 and the ADG part of set 22). Only readable sections are counted: the dev set, 1-16,
17a/17b, 18a-22a; 19b and 22b are never opened here (their ids are left out by the split test of EventDevSet and
their report lines must already be dropped by the awk line of the Reproduce blocks). Counts the MISSED and SPURIOUS
lines of those items (a type error is one miss and one spurious event, as in EventScorer) and prints gold, predicted,
matched, P, R, F1 by set and pooled; with --items, also the error lines of those items (corpus text: screen only).

  python3 dev/event_degasperi25.py REPORT.txt [--items]
"""
import collections
import os
import re
import sys

from event_parts_common import scores
from parts_common import half

DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'extractor-core/src/test/resources/devset/events')
# report section name -> (fixture, part filter or None); the a halves of 19 and 22 by their salts (EventDevSet)
SECTIONS = {'dev set': ('degasperi.txt', None), 'held-out set 4': ('heldout4-degasperi.txt', None)}
for n in range(7, 17):
    SECTIONS[f'held-out set {n}'] = (f'heldout{n}-mixed.txt', None)
SECTIONS['held-out set 19a'] = ('heldout19-degasperi.txt', ('s13ab:', 'a'))
SECTIONS['held-out set 22a'] = ('heldout22-mixed.txt', ('s21ab:', 'a'))
HEX_ID = re.compile(r'^[0-9a-f]{6,8}(-|$)')


def degasperi_items(fixture, part):
    """{id: number of gold events} of the fixture's De Gasperi blocks (in the readable part)."""
    out = {}
    for block in re.split(r'^=== ', open(os.path.join(DIR, fixture), encoding='utf-8').read(), flags=re.M)[1:]:
        i = block.split()[0]
        ref = re.search(r'^< (\S+)', block, re.M)
        dg = ('kind/evalita-2023/ADG_' in ref.group(1)) if ref else bool(HEX_ID.match(i))
        if dg and (part is None or half(part[0], i) == part[1]):
            out[i] = len(re.findall(r'^> ', block, re.M))
    return out


def main(report, show):
    miss, spur, lines = collections.Counter(), collections.Counter(), []
    cur = None
    items = {s: degasperi_items(*SECTIONS[s]) for s in SECTIONS}
    for line in open(report, encoding='utf-8'):
        if line.startswith('event '):
            name = re.sub(r' \(.*', '', line[6:].strip())
            cur = name if name in SECTIONS else None
            continue
        m = cur and re.match(r'^(\S+) (MISSED|SPURIOUS) ', line)
        if m and m.group(1) in items[cur]:
            (miss if m.group(2) == 'MISSED' else spur)[(cur, m.group(1))] += 1
            lines.append(f'{cur}\t{line.rstrip()}')
    tot, held = [0, 0, 0], [0, 0, 0]
    print('| section | items | gold | predicted | matched | P | R | F1 |')
    print('|---|---|---|---|---|---|---|---|')
    for s in SECTIONS:
        gold = {(s, i): n for i, n in items[s].items()}
        g, pr, mt, p, r, f = scores(gold, miss, spur, list(gold))
        tot = [tot[0] + g, tot[1] + pr, tot[2] + mt]
        if s != 'dev set':
            held = [held[0] + g, held[1] + pr, held[2] + mt]
        print(f'| {s} | {len(gold)} | {g} | {pr} | {mt} | {p:.3f} | {r:.3f} | {f:.3f} |')
    for name, (g, pr, mt) in (('held-out sets pooled', held), ('**all pooled**', tot)):
        p, r = mt / pr, mt / g
        print(f'| {name} | | {g} | {pr} | {mt} | {p:.3f} | {r:.3f} | **{2 * p * r / (p + r):.3f}** |')
    if show:
        print('\n'.join(lines))


if __name__ == '__main__':
    main(sys.argv[1], '--items' in sys.argv[2:])
