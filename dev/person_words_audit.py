#!/usr/bin/env python3
"""Person errors classed by what a given-name or surname list would say (session 18, branch givennames).

Runs a jar (`extractor eval names --errors`) over the readable names parts (A-R, S-a, T-a, U-a; the S-b, T-b and U-b
gold files are written by the part scripts and deleted unread) and, with --kind, over KIND WN/FIC/ADG dev; groups each
document's errors into clusters of overlapping spans (dev/org_errors.py) and keeps the clusters with a PERSON on
either side: a gold PERSON missed or typed otherwise, or a predicted PERSON where the gold has another type. Each is
classed by the person-word counts (dev/person_words.py output) of its gold name's words:
  given   - two or more capitalised words, the first a strong given name (GIVEN >= --min-given and
            GIVEN >= --given-share x (GIVEN + FIRST_ORGLOC + LOWER))
  surname - the last capitalised word a strong surname (SURNAME + SINGLE >= --min-given, the same share against
            ORGLOC + LOWER), and not 'given'
  none    - neither.
For a predicted PERSON of gold type LOCATION/ORGANIZATION the same classes say whether the list would have (wrongly)
backed the person. Prints the table, by part; --list prints each cluster (corpus text: screen only, never commit).
Usage: python3 dev/person_words_audit.py ../shared/data WORK PERSON_WORDS.tsv.gz [--jar JAR] [--kind] [--list]
           [--min-given N] [--given-share X] [--save ERRORS.txt]
"""
import argparse, contextlib, glob, gzip, io, os, re, shutil, subprocess, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import org_errors  # noqa: E402
from person_words import fold, name_words  # noqa: E402

NAMES = org_errors.NAMES
KIND = ('WN_dev', 'FIC_dev', 'ADG_dev')


def prepare(data, work):
    """The texts folder and the readable gold files: A-R, S-a, T-a, U-a (org_errors.prepare: the whole-part gold of
    S, T and U is never pooled; their -b halves are written and deleted unread). Before session 24 this function
    excluded gold-s.tsv and gold-t.tsv only, so it pooled the whole of gold-u.tsv, U-b included."""
    return org_errors.prepare(data, work, None, with_t=True, with_u_a=True)


def read_words(path):
    words = {}
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            words[c[0]] = [int(x) for x in c[1:]]
    return words


def classify(text, words, min_given, share):
    caps, opens = name_words(text)
    if not caps:
        return 'none'
    z = [0] * 7
    if len(caps) >= 2 and opens:
        g, _, _, _, first_orgloc, lower, _ = words.get(fold(caps[0]), z)
        if g >= min_given and g >= share * (g + first_orgloc + lower):
            return 'given'
    _, s, single, orgloc, _, lower, _ = words.get(fold(caps[-1]), z)
    if s + single >= min_given and s + single >= share * (s + single + orgloc + lower):
        return 'surname'
    return 'none'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('data')
    ap.add_argument('work')
    ap.add_argument('words')
    ap.add_argument('--jar', default='extractor-cli/target/extractor.jar')
    ap.add_argument('--kind', action='store_true')
    ap.add_argument('--list', action='store_true')
    ap.add_argument('--min-given', type=int, default=3)
    ap.add_argument('--given-share', type=float, default=0.5)
    ap.add_argument('--save', metavar='FILE', help='also write every error line (PART FP|FN DOC TYPE BEGIN END TEXT) '
                    'to FILE, for a before/after diff (corpus text: keep it out of the repository)')
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    words = read_words(args.words)
    texts, golds = prepare(args.data, args.work)
    errors = org_errors.run(args.jar, golds, texts, args.work)
    if args.kind:
        for k in KIND:
            out = subprocess.run(['java', '-Xmx1g', '-jar', args.jar, 'eval', 'names', '--conll',
                                  f'{args.data}/kind/evalita-2023/{k}.tsv', '--errors'],
                                 check=True, capture_output=True, text=True).stdout
            for line in out.splitlines():
                m = org_errors.LINE.match(line)
                if m:
                    errors.append(('kind-' + k, m.group(1), m.group(2), m.group(3), int(m.group(4)),
                                   int(m.group(5)), m.group(6)))
    if args.save:
        with open(args.save, 'w', encoding='utf-8') as w:
            for e in errors:
                w.write('%s %s %s %s %d %d %s\n' % e)
    table, by_part = Counter(), Counter()
    for (part, doc), group in org_errors.clusters(errors):
        fns = [e for e in group if e[1] == 'FN']
        fps = [e for e in group if e[1] == 'FP']
        for g in fns:
            if g[3] == 'PERSON':
                same = [p for p in fps if (p[4], p[5]) == (g[4], g[5])]
                over = [p for p in fps if p[4] < g[5] and g[4] < p[5]]
                if same:
                    err = 'typed ' + same[0][3][:3]
                elif any(p[3] == 'PERSON' for p in over):
                    err = 'boundary'
                elif over:
                    err = 'typed %s + boundary' % over[0][3][:3]
                else:
                    err = 'missed'
                cls = classify(g[6], words, args.min_given, args.given_share)
                key = ('gold PER', err, cls)
            else:
                same = [p for p in fps if (p[4], p[5]) == (g[4], g[5]) and p[3] == 'PERSON']
                if not same:
                    continue
                cls = classify(g[6], words, args.min_given, args.given_share)
                key = ('gold %s, predicted PER' % g[3][:3], 'typed PER', cls)
            table[key] += 1
            by_part[(part.startswith('kind'), key[0], cls)] += 1
            if args.list:
                print('%-10s %-28s %-18s %-8s %s' % (part, key[0], key[1], cls, g[6]))
    print('%-28s %-20s %6s %6s %6s' % ('gold', 'error', 'given', 'surn.', 'none'))
    for (g, err) in sorted({(k[0], k[1]) for k in table}):
        print('%-28s %-20s %6d %6d %6d' % (g, err, table[(g, err, 'given')], table[(g, err, 'surname')],
                                           table[(g, err, 'none')]))
    for kind in (False, True):
        for g in sorted({k[1] for k in by_part if k[0] == kind}):
            print('%-6s %-28s given %d, surname %d, none %d' % ('KIND' if kind else 'parts', g,
                  by_part[(kind, g, 'given')], by_part[(kind, g, 'surname')], by_part[(kind, g, 'none')]))


if __name__ == '__main__':
    main()
