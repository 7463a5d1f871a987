#!/usr/bin/env python3
"""Scores of held-out 22 by source and by part, from the report of EventDevSetTest (-Devents.report=true).

Counts the MISSED and SPURIOUS lines of the report sections "event held-out set 22a" and "22b" by excerpt id against
the gold events of heldout22-mixed.txt (a type error is one miss and one spurious event, as in EventScorer) and prints
one Markdown row (excerpts, gold, predicted, matched, P, R, F1) per source of dev/make_heldout22.py: h22-n- KIND
WN_test (Wikinews) with a person and a BROAD word; h22-a- KIND ADG_test (De Gasperi) with a BROAD word; h22-p- UD PUD
with a BROAD word; h22-l- UD ParlaMint; h22-m- KIND Moro; h22-z- a history word and no BROAD word (precision); for
part a, part b or both. The counting is event_parts_common.split_rows (as for sets 17-21); the split is session 21's
(int(sha1('s21ab:' + id)) % 2, 0 -> a), the same as EventDevSet.part22. It prints counts only, never an item line,
so part b's rows can be printed without reading its errors. Person recall and dates by part are the test's own
summary lines. Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#twentySecond*' \\
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts22.py OUT.txt [a|b|ab]
"""
import os, sys

from event_parts_common import split_rows

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                       'extractor-core/src/test/resources/devset/events/heldout22-mixed.txt')
SOURCES = [('KIND Wikinews (WN_test), person + BROAD word', ('h22-n-',)),
           ('KIND De Gasperi (ADG_test), BROAD word', ('h22-a-',)),
           ('UD PUD (news, Wikipedia), BROAD word', ('h22-p-',)),
           ('UD ParlaMint, BROAD + history word', ('h22-l-',)),
           ('KIND Moro', ('h22-m-',)),
           ('history word, no BROAD word (precision)', ('h22-z-',)), ('all', ('h22-',))]


if __name__ == '__main__':
    split_rows(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else 'ab', FIXTURE, 22, 's21ab:', SOURCES)
