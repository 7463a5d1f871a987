#!/usr/bin/env python3
"""Scores of held-out 13 by part, from the report of EventDevSetTest (-Devents.report=true).

Counts the MISSED and SPURIOUS lines of the report by excerpt id (only the lines after the set-13 summary line; ids ending in -q: part A2; h13-moro-: Moro; h13-ud-:
UD; other ids: part A1) against the gold events of heldout13-mixed.txt; a type error is one miss and one spurious
event, as in EventScorer. Prints one Markdown row per part (gold, predicted, matched, P, R, F1). Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#thirteenthHeldOutSetScores' \
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts13.py OUT.txt
"""
import re, sys, collections
fix = open(sys.argv[2] if len(sys.argv) > 2 else "extractor-core/src/test/resources/devset/events/heldout13-mixed.txt").read()
def part(i):
    return 'B-moro' if 'moro' in i else 'B-ud' if '-ud-' in i else 'A2-q' if i.endswith('-q') else 'A1'
gold = collections.Counter(); 
for b in re.split(r'^=== ', fix, flags=re.M)[1:]:
    i = b.split()[0]; gold[part(i)] += len(re.findall(r'^> ', b, re.M))
miss, spur = collections.Counter(), collections.Counter()
inside = False
for line in open(sys.argv[1]):
    if line.startswith('event '):
        inside = line.startswith('event held-out set 13 ')
        continue
    m = inside and re.match(r'^(\S+) (MISSED|SPURIOUS) ', line)
    if m:
        (miss if m.group(2) == 'MISSED' else spur)[part(m.group(1))] += 1
def row(name, keys):
    g = sum(gold[k] for k in keys); mi = sum(miss[k] for k in keys); sp = sum(spur[k] for k in keys)
    mt = g - mi; pr = mt + sp
    p = mt / pr if pr else 0; r = mt / g if g else 0; f = 2*p*r/(p+r) if p+r else 0
    print(f'| {name} | {g} | {pr} | {mt} | {p:.3f} | {r:.3f} | **{f:.3f}** |')
for k in ['A1', 'A2-q', 'B-moro', 'B-ud']: row(k, [k])
row('A: De Gasperi', ['A1', 'A2-q']); row('B: Moro + UD', ['B-moro', 'B-ud']); row('all', ['A1','A2-q','B-moro','B-ud'])
