#!/usr/bin/env python3
"""Scores of held-out 19 by source and by part, from the report of EventDevSetTest (-Devents.report=true).

Counts the MISSED and SPURIOUS lines of the report sections "event held-out set 19a" and "19b" by excerpt id against
the gold events of heldout19-degasperi.txt (a type error is one miss and one spurious event, as in EventScorer) and
prints one Markdown row (excerpts, gold, predicted, matched, P, R, F1) per source: h19-d- KIND ADG dev/test sentences
with a BROAD word, h19-t- ADG train sentences with one, h19-d0- ADG dev/test sentences with none (precision); for
part a, part b or both. The counting is event_parts_common.split_rows (as for sets 17-18); the split is session 13's
(int(sha1('s13ab:' + id)) % 2, 0 -> a), the same as EventDevSet.part19. Person recall and dates by part are the
test's own summary lines. Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#nineteenth*' \\
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts19.py OUT.txt [a|b|ab]
"""
import os, sys

from event_parts_common import split_rows

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                       'extractor-core/src/test/resources/devset/events/heldout19-degasperi.txt')
SOURCES = [('KIND ADG dev/test, a BROAD word', ('h19-d-',)), ('KIND ADG train, a BROAD word', ('h19-t-',)),
           ('KIND ADG dev/test, no BROAD word', ('h19-d0-',)), ('all', ('h19-',))]


if __name__ == '__main__':
    split_rows(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else 'ab', FIXTURE, 19, 's13ab:', SOURCES)
