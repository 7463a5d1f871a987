#!/usr/bin/env python3
"""Scores of held-out 16 by part, from the report of EventDevSetTest (-Devents.report=true).

Same counting as dev/event_parts14.py (event_parts_common.part_rows) and set 15's layout (dev/event_parts15.py): ids h16-moro-: B1 Moro (KIND moro_test);
h16-test-: B2 WikiNEuRal history; h16-per-: B3 WikiNEuRal with a person; other ids: A, De Gasperi excerpts of the
session's cross-task events pool. Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#sixteenthHeldOutSetScores' \\
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts16.py OUT.txt
"""
import sys

from event_parts_common import part_rows
import event_parts15

FIXTURE = 'extractor-core/src/test/resources/devset/events/heldout16-mixed.txt'
PARTS = [('A: De Gasperi, cross-task pool excerpts', ['A'])] + event_parts15.PARTS[1:]

if __name__ == '__main__':
    part_rows(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else FIXTURE, 16, event_parts15.part_of(16), PARTS)
