#!/usr/bin/env python3
"""Scores of held-out 21 by source and by part, from the report of EventDevSetTest (-Devents.report=true).

Counts the MISSED and SPURIOUS lines of the report sections "event held-out set 21a" and "21b" by excerpt id against
the gold events of heldout21-mixed.txt (a type error is one miss and one spurious event, as in EventScorer) and prints
one Markdown row (excerpts, gold, predicted, matched, P, R, F1) per source of dev/make_heldout21.py: h21-wp-
WikiNEuRal sentences with a person and a BROAD word; h21-wh- a BROAD and a history word, no person; h21-wg- a generic
verb near a person, no BROAD word; h21-w0- neither (precision); h21-u- UD Italian (ISDT, VIT, ParTUT) with a BROAD and
a history word; h21-m- KIND Moro; for part a, part b or both. The counting is event_parts_common.split_rows (as for
sets 17-20); the split is session 18's (int(sha1('s18ab:' + id)) % 2, 0 -> a), the same as EventDevSet.part21. It
prints counts only, never an item line, so part b's rows can be printed without reading its errors. Person recall and
dates by part are the test's own summary lines. Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#twentyFirst*' \\
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts21.py OUT.txt [a|b|ab]
"""
import os, sys

from event_parts_common import split_rows

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                       'extractor-core/src/test/resources/devset/events/heldout21-mixed.txt')
SOURCES = [('WikiNEuRal, person + BROAD word', ('h21-wp-',)),
           ('WikiNEuRal, BROAD + history word, no person', ('h21-wh-',)),
           ('WikiNEuRal, generic verb near a person, no BROAD word', ('h21-wg-',)),
           ('WikiNEuRal, history word only (precision)', ('h21-w0-',)),
           ('UD Italian, BROAD + history word', ('h21-u-',)),
           ('KIND Moro', ('h21-m-',)), ('all', ('h21-',))]


if __name__ == '__main__':
    split_rows(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else 'ab', FIXTURE, 21, 's18ab:', SOURCES)
