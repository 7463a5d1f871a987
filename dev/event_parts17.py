#!/usr/bin/env python3
"""Scores of held-out 17 by source and by part, from the report of EventDevSetTest (-Devents.report=true).

Counts the MISSED and SPURIOUS lines of the report sections "event held-out set 17a" and "17b" by excerpt id against
the gold events of heldout17-mixed.txt (a type error is one miss and one spurious event, as in EventScorer) and
prints one Markdown row (gold, predicted, matched, P, R, F1) per source: h17-e-/h17-e0- ENEIDE AMD test (Moro),
h17-w-/h17-w0- WikiNEuRal test history (w0: no BROAD word), h17-wp- WikiNEuRal test with a person, h17-p- ParlaMint;
for part a, part b and both (the counting is event_parts_common.split_rows, the split parts_common.half). Person recall and dates by
part are the test's own summary lines. Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#seventeenth*' \\
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts17.py OUT.txt [a|b|ab]
"""
import os, sys

from event_parts_common import split_rows

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'extractor-core/src/test/resources/devset/events/heldout17-mixed.txt')
SOURCES = [('ENEIDE AMD test (Moro)', ('h17-e-', 'h17-e0-')), ('WikiNEuRal test, history', ('h17-w-', 'h17-w0-')),
           ('WikiNEuRal test, a person named', ('h17-wp-',)), ('UD ParlaMint', ('h17-p-',)),
           ('all', ('h17-',))]


if __name__ == '__main__':
    split_rows(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else 'ab', FIXTURE, 17, 's10ab:', SOURCES)
