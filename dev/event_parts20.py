#!/usr/bin/env python3
"""Scores of held-out 20 by source and by part, from the report of EventDevSetTest (-Devents.report=true).

Counts the MISSED and SPURIOUS lines of the report sections "event held-out set 20a" and "20b" by excerpt id against
the gold events of heldout20-mixed.txt (a type error is one miss and one spurious event, as in EventScorer) and prints
one Markdown row (excerpts, gold, predicted, matched, P, R, F1) per source of dev/make_heldout20.py: h20-wl-
WikiNEuRal sentences with a person, a BROAD word and a history word; h20-wp- a person and a BROAD word; h20-wh- and
h20-wd- a BROAD and a history word, no person (wd: with a year); h20-wg- a generic verb near a person, no BROAD word;
h20-w0- neither (precision); h20-m- KIND Moro; for part a, part b or both. The counting is
event_parts_common.split_rows (as for sets 17-19); the split is session 16's (int(sha1('s16ab:' + id)) % 2, 0 -> a),
the same as EventDevSet.part20. Person recall and dates by part are the test's own summary lines. Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#twentieth*' \\
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts20.py OUT.txt [a|b|ab]
"""
import os, sys

from event_parts_common import split_rows

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                       'extractor-core/src/test/resources/devset/events/heldout20-mixed.txt')
SOURCES = [('WikiNEuRal, person + BROAD + history word', ('h20-wl-',)),
           ('WikiNEuRal, person + BROAD word', ('h20-wp-',)),
           ('WikiNEuRal, BROAD + history word, no person', ('h20-wh-', 'h20-wd-')),
           ('WikiNEuRal, generic verb near a person, no BROAD word', ('h20-wg-',)),
           ('WikiNEuRal, history word only (precision)', ('h20-w0-',)),
           ('KIND Moro', ('h20-m-',)), ('all', ('h20-',))]


if __name__ == '__main__':
    split_rows(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else 'ab', FIXTURE, 20, 's16ab:', SOURCES)
