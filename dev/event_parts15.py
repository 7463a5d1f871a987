#!/usr/bin/env python3
"""Scores of held-out 15 by part, from the report of EventDevSetTest (-Devents.report=true).

Same counting as dev/event_parts14.py (event_parts_common.part_rows, with set 15's parts): ids h15-moro-: B1 Moro (KIND moro_test);
h15-test-: B2 WikiNEuRal history; h15-per-: B3 WikiNEuRal with a person; other ids: A, whole De Gasperi documents.
Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#fifteenthHeldOutSetScores' \\
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts15.py OUT.txt
"""
import sys

from event_parts_common import part_rows

FIXTURE = 'extractor-core/src/test/resources/devset/events/heldout15-mixed.txt'
PARTS = [('A: De Gasperi, whole documents', ['A']),
         ('B1: Moro (KIND moro_test)', ['B1']),
         ('B2: WikiNEuRal test, history', ['B2']),
         ('B3: WikiNEuRal val/test, a person named', ['B3']),
         ('B: Moro + WikiNEuRal', ['B1', 'B2', 'B3']),
         ('all', ['A', 'B1', 'B2', 'B3'])]


def part_of(n):
    """The part function of held-out set n with this layout (ids hN-moro-, hN-test-, hN-per-, other ids A)."""
    def part(i):
        if i.startswith(f'h{n}-moro-'):
            return 'B1'
        if i.startswith(f'h{n}-test-'):
            return 'B2'
        if i.startswith(f'h{n}-per-'):
            return 'B3'
        return 'A'
    return part


part = part_of(15)


if __name__ == '__main__':
    part_rows(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else FIXTURE, 15, part, PARTS)
