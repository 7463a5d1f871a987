#!/usr/bin/env python3
"""Scores of held-out 23 by source and by part, from the report of EventDevSetTest (-Devents.report=true).

Counts the MISSED and SPURIOUS lines of the report sections "event held-out set 23a" and "23b" by excerpt id against
the gold events of heldout23-mixed.txt (a type error is one miss and one spurious event, as in EventScorer) and prints
one Markdown row (excerpts, gold, predicted, matched, P, R, F1) per source of dev/make_heldout23.py: h23-n-wd KIND
WN_dev and h23-n-wt KIND WN_train (Wikinews) with a person and a BROAD word; h23-u- UD ISDT / VIT / ParTUT with a
BROAD word; h23-m- KIND Moro (moro_train, the name models' training text: its person recall is read apart); h23-z- a
history word and no BROAD word (precision); for part a, part b or both. The counting is event_parts_common.split_rows
(as for sets 17-22); the split is session 25's (int(sha1('s25ab:' + id)) % 2, 0 -> a), the same as
EventDevSet.part23. It prints counts only, never an item line, so part b's rows can be printed without reading its
errors. Person recall and dates by part are the test's own summary lines; with --persons it prints, per source, the
gold agent/patient persons on matched events and how many of them the system found (counts from the MISSED and ARGS
lines, never an item), so that the Moro rows (moro_train trains the name models) can be read apart. Usage:
  mvn -o -q -pl extractor-core -am test -Dtest='EventDevSetTest#twentyThird*' \\
      -Dsurefire.failIfNoSpecifiedTests=false -Devents.report=true > OUT.txt
  python3 dev/event_parts23.py OUT.txt [a|b|ab] [--persons]
"""
import collections, os, re, sys

from event_parts_common import split_rows
from parts_common import half

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                       'extractor-core/src/test/resources/devset/events/heldout23-mixed.txt')
SOURCES = [('KIND Wikinews (WN_dev + WN_train), person + BROAD word', ('h23-n-',)),
           ('  of which WN_dev', ('h23-n-wd',)), ('  of which WN_train', ('h23-n-wt',)),
           ('UD ISDT / VIT / ParTUT, BROAD word', ('h23-u-',)),
           ('KIND Moro (moro_train)', ('h23-m-',)),
           ('history word, no BROAD word (precision)', ('h23-z-',)), ('all', ('h23-',))]


def gold_events(fixture):
    """{excerpt id: [(type, trigger word, number of gold agent/patient persons)]}."""
    out = {}
    for block in re.split(r'^=== ', open(fixture, encoding='utf-8').read(), flags=re.M)[1:]:
        events = []
        for line in re.findall(r'^> (.*)', block, re.M):
            head = line.split('|')[0].split()
            roles = re.findall(r'(?:agent|patient)=([^|]+)', line)
            events.append((head[0], head[1].split('#')[0], sum(len(r.strip().split(',')) for r in roles)))
        out[block.split()[0]] = events
    return out


def person_rows(report, parts):
    """Per source: gold persons on matched events and found ones, in parts; counts only."""
    gold = gold_events(FIXTURE)
    missed, lost = collections.defaultdict(collections.Counter), collections.Counter()
    inside = False
    for line in open(report, encoding='utf-8'):
        if line.startswith('event '):
            inside = any(line.startswith(f'event held-out set 23{p} ') for p in parts)
            continue
        m = inside and re.match(r"^(h23-\S+) (MISSED|ARGS) (\w+) '([^']*)'", line)
        if not m:
            continue
        if m.group(2) == 'MISSED':
            missed[m.group(1)][(m.group(3), m.group(4))] += 1
        else:
            problems = line.split(': missing [', 1)[1].rsplit('] got ', 1)[0].split(', ')
            lost[m.group(1)] += sum(1 for q in problems if q.startswith(('agent ', 'patient ')))
    for name, prefixes in SOURCES:
        on, found = 0, 0
        for i, events in gold.items():
            if not i.startswith(prefixes) or half('s25ab:', i) not in parts:
                continue
            left = collections.Counter(missed[i])
            here = 0
            for t, w, n in events:
                if left[(t, w)]:
                    left[(t, w)] -= 1
                else:
                    here += n
            on += here
            found += here - lost[i]
        print(f'| {parts}: {name} | persons on matched events {on} | found {found} | '
              f'recall {found / on if on else 0:.3f} |')


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if a != '--persons']
    part = args[1] if len(args) > 1 else 'ab'
    if '--persons' in sys.argv:
        person_rows(args[0], part)
    else:
        split_rows(args[0], part, FIXTURE, 23, 's25ab:', SOURCES)
