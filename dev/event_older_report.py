#!/usr/bin/env python3
"""Keeps the report sections of the older event sets from an EventDevSetTest report (session 13b, branch evmodal).

A section is a summary line "event ..." and the report lines after it; the sections of sets 18 and 19 (a and b) are
dropped unread, so the older sets can be pooled and listed without reading the final checks.
Usage: python3 dev/event_older_report.py REPORT.txt > OLDER.txt
"""
import re, sys

HIDDEN = re.compile(r'^event held-out set 1[89][ab]? ')


def main(path):
    keep = True
    for line in open(path, encoding='utf-8'):
        line = re.sub(r'\x1b\[[0-9;]*m', '', line)
        if line.startswith('event '):
            keep = not HIDDEN.match(line)
        if keep:
            sys.stdout.write(line)


if __name__ == '__main__':
    main(sys.argv[1])
