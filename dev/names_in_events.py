#!/usr/bin/env python3
"""Lists the agent/patient persons that the event extractor misses or invents with the pipeline's own entities but
not with the oracle (gold) entities: the persons the name finder costs the events (docs/names-in-events.md).

Usage: mvn -o -q -pl extractor-core -am test -Dtest=EventDevSetTest -Dsurefire.failIfNoSpecifiedTests=false \
           -Devents.report=true > PIPE.txt            (and again with -Devents.entities=oracle > ORACLE.txt)
       python3 dev/names_in_events.py PIPE.txt ORACLE.txt
Prints one line per pipeline-only item: set, document, event, kind (miss / wrong), role and person; then the counts.
Held-out sets and the dev set are all included (the dev set's lines are marked 'dev set').
"""
import re
import sys
from collections import Counter

SUMMARY = re.compile(r'^event (held-out set(?: \d+)?|dev set) ')
ARGS = re.compile(r"ARGS (\w+) '([^']*)': missing \[(.*?)\] got (.*)")
ITEM = re.compile(r'\s*(wrong )?(agent|patient) (.+)')


def items(path):
    """Counter of (set, doc, event, kind, role, person) over the ARGS lines of the report; a set's summary line comes
    before its report lines."""
    current, out = None, Counter()
    for line in open(path, encoding='utf-8'):
        m = SUMMARY.match(line)
        if m:
            current = m.group(1)
            continue
        m = ARGS.search(line)
        if not m:
            continue
        for x in m.group(3).split(', '):
            i = ITEM.match(x)
            if i:
                kind = 'wrong' if i.group(1) else 'miss'
                out[(current, line.split()[0], m.group(1) + " '" + m.group(2) + "'", kind, i.group(2),
                     i.group(3).strip())] += 1
    return out


def main(pipe, oracle):
    p, o = items(pipe), items(oracle)
    only = p - o
    for key in sorted(only):
        for _ in range(only[key]):
            print('\t'.join(key))
    kinds = Counter(k[3] for k in only.elements())
    print(f'# pipeline-only: {kinds["miss"]} missed, {kinds["wrong"]} wrong; '
          f'oracle-only (the pipeline does better): {sum((o - p).values())}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
