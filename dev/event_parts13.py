#!/usr/bin/env python3
"""Scores of held-out 13 by part, from the report of EventDevSetTest (-Devents.report=true).

Counts the MISSED and SPURIOUS lines of the report by excerpt id (only the lines after the set-13 summary line; ids ending in -q: part A2; h13-moro-: Moro; h13-ud-:
UD; other ids: part A1) against the gold events of heldout13-mixed.txt; a type error is one miss and one spurious
event, as in EventScorer (event_parts_common.part_rows). Prints one Markdown row per part (gold, predicted, matched,
P, R, F1). Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#thirteenthHeldOutSetScores' \\
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts13.py OUT.txt
"""
import sys

from event_parts_common import part_rows

FIXTURE = 'extractor-core/src/test/resources/devset/events/heldout13-mixed.txt'
PARTS = [('A1', ['A1']), ('A2-q', ['A2-q']), ('B-moro', ['B-moro']), ('B-ud', ['B-ud']),
         ('A: De Gasperi', ['A1', 'A2-q']), ('B: Moro + UD', ['B-moro', 'B-ud']),
         ('all', ['A1', 'A2-q', 'B-moro', 'B-ud'])]


def part(i):
    return 'B-moro' if 'moro' in i else 'B-ud' if '-ud-' in i else 'A2-q' if i.endswith('-q') else 'A1'


if __name__ == '__main__':
    part_rows(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else FIXTURE, 13, part, PARTS)
