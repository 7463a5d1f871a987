#!/usr/bin/env python3
"""Scores of held-out 18 by source and by part, from the report of EventDevSetTest (-Devents.report=true).

Counts the MISSED and SPURIOUS lines of the report sections "event held-out set 18a" and "18b" by excerpt id against
the gold events of heldout18-mixed.txt (a type error is one miss and one spurious event, as in EventScorer) and
prints one Markdown row (excerpts, gold, predicted, matched, P, R, F1) per source: h18-e-/h18-e0- ENEIDE AMD (Moro),
h18-w-/h18-w0- WikiNEuRal history (w0: no BROAD word), h18-wp- WikiNEuRal with a person named; for part a, part b
or both. The counting is event_parts17's (event_parts14.report_counts and .scores); the split is session 11's
(int(sha1('s11ab:' + id)) % 2, 0 -> a), the same as EventDevSet.part18. Person recall and dates by part are the
test's own summary lines. Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#eighteenth*' \\
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts18.py OUT.txt [a|b|ab]
"""
import hashlib, os, re, sys

import event_parts14

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                       'extractor-core/src/test/resources/devset/events/heldout18-mixed.txt')
SOURCES = [('ENEIDE AMD train/dev/test (Moro)', ('h18-e-', 'h18-e0-')),
           ('WikiNEuRal test/val, history', ('h18-w-', 'h18-w0-')),
           ('WikiNEuRal test/val, a person named', ('h18-wp-',)), ('all', ('h18-',))]


def part(i):
    return 'a' if int(hashlib.sha1(('s11ab:' + i).encode()).hexdigest(), 16) % 2 == 0 else 'b'


def gold_counts(fixture=FIXTURE):
    """{excerpt id: number of gold events}."""
    return {block.split()[0]: len(re.findall(r'^> ', block, re.M))
            for block in re.split(r'^=== ', open(fixture, encoding='utf-8').read(), flags=re.M)[1:]}


def main(report, parts='ab', fixture=FIXTURE):
    gold = gold_counts(fixture)
    miss, spur = event_parts14.report_counts(
        report, lambda line: any(line.startswith(f'event held-out set 18{p} ') for p in parts), ids=r'h18-\S+')
    for name, prefixes in SOURCES:
        ids = [i for i in gold if i.startswith(prefixes) and part(i) in parts]
        g, pr, mt, p, r, f = event_parts14.scores(gold, miss, spur, ids)
        print(f'| {parts}: {name} | {len(ids)} | {g} | {pr} | {mt} | {p:.3f} | {r:.3f} | **{f:.3f}** |')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else 'ab')
