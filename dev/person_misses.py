#!/usr/bin/env python3
"""Lists the gold agent/patient persons that the event extractor missed on matched events, one per line, from the
report that EventDevSetTest prints with -Devents.report=true (held-out sets only; the dev set is left out).

Usage: mvn -o -q -pl extractor-core -am test -Dtest=EventDevSetTest -Dsurefire.failIfNoSpecifiedTests=false \
           -Devents.report=true -Devents.entities=oracle > out.txt
       python3 dev/person_misses.py out.txt      (set, document, event, missed persons, what was predicted)
"""
import re
import sys

SUMMARY = re.compile(r'^event (held-out set(?: \d+)?|dev set) ')
ARGS = re.compile(r"ARGS (\w+) '([^']*)': missing \[(.*?)\] got (.*)")


def main(path):
    current = None
    for line in open(path, encoding='utf-8'):
        m = SUMMARY.match(line)
        if m:
            current = m.group(1)
            continue
        if current in (None, 'dev set') or ' ARGS ' not in line:
            continue
        m = ARGS.search(line)
        if not m:
            continue
        persons = [x.strip() for x in m.group(3).split(',') if re.match(r'\s*(agent|patient) ', x)]
        if persons:
            print('\t'.join([current, line.split()[0], m.group(1) + ' ' + m.group(2), '; '.join(persons),
                             m.group(4).strip()]))


if __name__ == '__main__':
    main(sys.argv[1])
