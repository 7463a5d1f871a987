#!/usr/bin/env python3
"""Scores of held-out 16 by part, from the report of EventDevSetTest (-Devents.report=true).

Same counting as dev/event_parts14.py (its main, with set 16's parts): ids h16-moro-: B1 Moro (KIND moro_test);
h16-test-: B2 WikiNEuRal history; h16-per-: B3 WikiNEuRal with a person; other ids: A, De Gasperi excerpts of the
session's cross-task events pool. Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#sixteenthHeldOutSetScores' \\
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts16.py OUT.txt
"""
import sys

import event_parts14

FIXTURE = 'extractor-core/src/test/resources/devset/events/heldout16-mixed.txt'
PARTS = [('A: De Gasperi, cross-task pool excerpts', ['A']),
         ('B1: Moro (KIND moro_test)', ['B1']),
         ('B2: WikiNEuRal test, history', ['B2']),
         ('B3: WikiNEuRal val/test, a person named', ['B3']),
         ('B: Moro + WikiNEuRal', ['B1', 'B2', 'B3']),
         ('all', ['A', 'B1', 'B2', 'B3'])]


def part(i):
    if i.startswith('h16-moro-'):
        return 'B1'
    if i.startswith('h16-test-'):
        return 'B2'
    if i.startswith('h16-per-'):
        return 'B3'
    return 'A'


if __name__ == '__main__':
    event_parts14.main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else FIXTURE, 16, part, PARTS)
