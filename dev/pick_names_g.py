#!/usr/bin/env python3
"""Draws the sentences of names dev part G (round 5): WikiNEuRal-it val/test narrative history sentences rich in
persons, never referenced by any dev set, by a fixed seed; never looks at system output.

Candidates: sentences with a 3- or 4-digit number (a year), a history word, and at least two B-PER silver tags
(the silver tags only choose sentences; the gold is annotated by hand). Excluded: every sentence referenced anywhere
under extractor-core/src/test/resources (`val.conllu sentence=N`, `test.conllu sentence=N`, `wn-val-N`,
`wn-test-N`, `test-N`, `val-N`) and any sentence whose text occurs in a file there.
Usage: python3 dev/pick_names_g.py ../shared/data N   (prints DOC<TAB>reference lines, seed 10)
"""
import os, random, re, sys

from corpus_refs import conllu_rows, detok, sha

HISTORY = re.compile(r"\b(guerra|regno|impero|imperatore|imperatrice|papa|pontefice|re|regina|trattato|conquist\w+|"
                     r"battaglia|dinastia|sovrano|principe|principessa|duca|duchessa|conte|contessa|esercito|assedio|"
                     r"rivolta|incoronat\w+|successore|regnò|morì|nacque|sposò|generale|console|senato|repubblica|"
                     r"rivoluzione|granduca|marchese|vescovo|cardinale)\b", re.I)
YEAR = re.compile(r"\b\d{3,4}\b")


def used(res_root):
    refs, texts = set(), []
    for d, _, fs in os.walk(res_root):
        for f in fs:
            try:
                t = open(os.path.join(d, f), encoding='utf-8').read()
            except (UnicodeDecodeError, IsADirectoryError):
                continue
            texts.append(t)
            for m in re.finditer(r"\b(val|test)\.conllu\s+sentence=(\d+)", t):
                refs.add((m.group(1), int(m.group(2))))
            for m in re.finditer(r"\b(?:wn-)?(val|test)-0*(\d+)\b", t):
                refs.add((m.group(1), int(m.group(2))))
    return refs, '\n'.join(texts)


def main(root, n):
    refs, alltext = used('extractor-core/src/test/resources')
    cands = []
    for split in ('val', 'test'):
        for i, rows in enumerate(conllu_rows(os.path.join(root, 'wikineural-it', split + '.conllu'))):
            if (split, i) in refs:
                continue
            toks = [r[1] for r in rows]
            text = detok(toks)
            if sum(1 for r in rows if r[2] == 'B-PER') < 2 or not YEAR.search(text) or not HISTORY.search(text):
                continue
            if text in alltext:
                continue
            cands.append((split, i, text))
    random.Random(10).shuffle(cands)
    print('# %d candidates' % len(cands), file=sys.stderr)
    for split, i, text in cands[:int(n)]:
        print('wn-%s-%05d\twikineural-it/%s.conllu sentence=%d sha256=%s' % (split, i, split, i, sha(text)))


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
