#!/usr/bin/env python3
"""Scores of held-out 18 by source and by part, from the report of EventDevSetTest (-Devents.report=true).

Counts the MISSED and SPURIOUS lines of the report sections "event held-out set 18a" and "18b" by excerpt id against
the gold events of heldout18-mixed.txt (a type error is one miss and one spurious event, as in EventScorer) and
prints one Markdown row (excerpts, gold, predicted, matched, P, R, F1) per source: h18-e-/h18-e0- ENEIDE AMD (Moro),
h18-w-/h18-w0- WikiNEuRal history (w0: no BROAD word), h18-wp- WikiNEuRal with a person named; for part a, part b
or both. The counting is event_parts_common.split_rows (as for set 17); the split is session 11's
(int(sha1('s11ab:' + id)) % 2, 0 -> a), the same as EventDevSet.part18. Person recall and dates by part are the
test's own summary lines. Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#eighteenth*' \\
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts18.py OUT.txt [a|b|ab]
"""
import os, sys

from event_parts_common import split_rows

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                       'extractor-core/src/test/resources/devset/events/heldout18-mixed.txt')
SOURCES = [('ENEIDE AMD train/dev/test (Moro)', ('h18-e-', 'h18-e0-')),
           ('WikiNEuRal test/val, history', ('h18-w-', 'h18-w0-')),
           ('WikiNEuRal test/val, a person named', ('h18-wp-',)), ('all', ('h18-',))]


if __name__ == '__main__':
    split_rows(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else 'ab', FIXTURE, 18, 's11ab:', SOURCES)
