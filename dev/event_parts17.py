#!/usr/bin/env python3
"""Scores of held-out 17 by source and by part, from the report of EventDevSetTest (-Devents.report=true).

Counts the MISSED and SPURIOUS lines of the report sections "event held-out set 17a" and "17b" by excerpt id against
the gold events of heldout17-mixed.txt (a type error is one miss and one spurious event, as in EventScorer) and
prints one Markdown row (gold, predicted, matched, P, R, F1) per source: h17-e-/h17-e0- ENEIDE AMD test (Moro),
h17-w-/h17-w0- WikiNEuRal test history (w0: no BROAD word), h17-wp- WikiNEuRal test with a person, h17-p- ParlaMint;
for part a, part b and both (the counting is event_parts14.report_counts and .scores). Person recall and dates by
part are the test's own summary lines. Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#seventeenth*' \\
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts17.py OUT.txt [a|b|ab]
"""
import hashlib, os, re, sys

import event_parts14

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'extractor-core/src/test/resources/devset/events/heldout17-mixed.txt')
SOURCES = [('ENEIDE AMD test (Moro)', ('h17-e-', 'h17-e0-')), ('WikiNEuRal test, history', ('h17-w-', 'h17-w0-')),
           ('WikiNEuRal test, a person named', ('h17-wp-',)), ('UD ParlaMint', ('h17-p-',)),
           ('all', ('h17-',))]


def part(i):
    return 'a' if int(hashlib.sha1(('s10ab:' + i).encode()).hexdigest(), 16) % 2 == 0 else 'b'


def main(report, parts='ab', fixture=FIXTURE):
    gold = {}
    for block in re.split(r'^=== ', open(fixture, encoding='utf-8').read(), flags=re.M)[1:]:
        gold[block.split()[0]] = len(re.findall(r'^> ', block, re.M))
    miss, spur = event_parts14.report_counts(
        report, lambda line: any(line.startswith(f'event held-out set 17{p} ') for p in parts), ids=r'h17-\S+')
    for name, prefixes in SOURCES:
        ids = [i for i in gold if i.startswith(prefixes) and part(i) in parts]
        g, pr, mt, p, r, f = event_parts14.scores(gold, miss, spur, ids)
        print(f'| {parts}: {name} | {len(ids)} | {g} | {pr} | {mt} | {p:.3f} | {r:.3f} | **{f:.3f}** |')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else 'ab')
