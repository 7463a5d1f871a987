#!/usr/bin/env python3
"""Scores of held-out 14 by part, from the report of EventDevSetTest (-Devents.report=true).

Counts the MISSED and SPURIOUS lines of the report by excerpt id (only the lines after the set-14 summary line; ids
h14-moro-: B1 Moro; h14-val-: B2 WikiNEuRal history; h14-per-: B3 WikiNEuRal with a person; ending in -q: A2; other
ids: A1, De Gasperi documents no dev set quotes) against the gold events of heldout14-mixed.txt; a type error is one
miss and one spurious event, as in EventScorer. Prints one Markdown row per part (gold, predicted, matched, P, R,
F1; event_parts_common.part_rows). Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#fourteenthHeldOutSetScores' \\
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts14.py OUT.txt
"""
import sys

from event_parts_common import part_rows

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


if __name__ == '__main__':
    part_rows(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else FIXTURE, 14, part, PARTS)
