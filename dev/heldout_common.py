#!/usr/bin/env python3
"""The sentence pools shared by the held-out event draws of sessions 10 and 11 (make_heldout17.py, make_heldout18.py).

Both split the unreferenced sentences of a corpus by make_heldout9's BROAD list of relation words (and GENRE,
make_heldout10's HISTORY): ENEIDE AMD sentences of 40-420 characters with a BROAD word (E1) or none (E0); WikiNEuRal-it
sentences with a BROAD word and a GENRE or HISTORY word (W1), GENRE sentences with no BROAD word (W0, precision) and
sentences with a BROAD word and a token the corpus tags B-PER (W2, persons; the tag only selects, no label is copied).
Older draws (make_heldout7.py ... make_heldout16.py) keep their own loops: they are the record of sets that no longer
reproduce today (dev/README.md).
"""
import csv, io

from make_heldout9 import BROAD, GENRE, sentences
from make_heldout10 import HISTORY
from make_heldout16 import tags_person, wn_sentences


def eneide_pools(data, files, skip_doc):
    """(E1, E0): the (file, doc_id, begin, sentence) of the 40-420-character sentences of the ENEIDE AMD paragraphs
    files whose doc_id skip_doc(doc_id) does not reject, with a BROAD word (E1) or none (E0), in file order."""
    e1, e0 = [], []
    for f in files:
        raw = open(f'{data}/eneide-amd/{f}', encoding='utf-8', newline='').read()
        for row in csv.reader(io.StringIO(raw)):
            if not row or row[0] == 'doc_id' or skip_doc(row[0]):
                continue
            for s in sentences(row[2]):
                s = s.strip()
                if 40 <= len(s) <= 420:
                    b = row[2].find(s)
                    (e1 if BROAD.search(s) else e0).append((f, row[0], b, s))
    return e1, e0


def wn_pools(path, skip):
    """(W1, W0, W2): the (index, sentence) of the WikiNEuRal-it sentences of path that skip(index) does not reject
    (make_heldout16.wn_sentences), sorted into the three pools."""
    w1, w0, w2 = [], [], []
    for n, rows, s in wn_sentences(path, skip):
        if BROAD.search(s) and (GENRE.search(s) or HISTORY.search(s)):
            w1.append((n, s))
        elif GENRE.search(s) and not BROAD.search(s):
            w0.append((n, s))
        elif BROAD.search(s) and tags_person(rows):
            w2.append((n, s))
    return w1, w0, w2
