#!/usr/bin/env python3
"""Draws the candidate sentences of the tenth held-out event set (fixed seeds, blind to the extractor's output).

Same selection as dev/make_heldout9.py (its BROAD list of relation words for the 13 types, its GENRE and NOT_GENRE
lists, imported unchanged), with new seeds and new pools, so that set 10 shares no sentence and no document with
any earlier dev set:

Part A (the sample's genre: 20th-century political history):
  A1: WikiNEuRal-it *val* sentences referenced by no dev set, with a BROAD word and a GENRE word, no NOT_GENRE word;
  A0: WikiNEuRal-it *val* sentences with a GENRE word and NO broad word (same exclusions);
  A2: sentences of ENEIDE AMD *train/dev* paragraphs (Aldo Moro) of documents no dev set references, with a BROAD
      word and a capitalised word or a year inside the sentence (never the test split);
  A3: A1's pool is exhausted (sets 8 and 9 took it whole), so: WikiNEuRal-it *val* sentences referenced by no dev
      set, with a BROAD word and a HISTORY word (war, kingdom, empire, army, battle, throne, pope, a year ...) but no
      GENRE word and no NOT_GENRE word: political and military history of any century.
  (UD Italian dev/train sentences were counted and left out: 18 in all have a BROAD and a GENRE word.)
Part B: De Gasperi documents (DaDoEval test release, same-genre and cross-genre) whose file name satisfies
  int(sha1(name).hexdigest(), 16) % 6 == 3 (other rounds draw from residues 0, 2 and 5) and whose id occurs in no
  dev set:
  B1: sentences with a BROAD word (with the sentence before as context);
  B0: sentences with NO broad word (alone).
Each pool is shuffled with its own seed and its first N items are taken, so a larger N only adds items.
The extractor is never run here. Usage:
  python3 dev/make_heldout10.py ../shared/data REPO_ROOT [OTHER_REPO_ROOT ...] > candidates.txt
Every REPO_ROOT's extractor-core/src/test/resources/devset (events, names, time) is scanned for references to
exclude (heldout9-mixed.txt included); heldout10-mixed.txt itself is ignored. It was drawn on main cef94a9 with the
worktrees /work/wt-names8 and /work/wt-time7 as extra roots (their sets as of 10:38 of that day).
"""
import csv, glob, hashlib, io, os, re, sys

from corpus_refs import conllu_rows, detok
from make_heldout9 import BROAD, GENRE, NOT_GENRE, dg_pools, first, named, sentences

SEED = 1010
N_WN, N_WN_NEG, N_ENEIDE, N_HIST, N_DG, N_DG_NEG = 80, 6, 42, 60, 80, 6
HISTORY = re.compile(r"\b(guerra|guerre|re|regno|impero|imperatore|imperatrice|esercito|battaglia|papa|rivolta|"
    r"ribelli|truppe|dinastia|trono|sovrano|principe|duca|conte|generale|console|senato|politic\w+|\d{3,4})\b", re.I)


def used_ids(roots):
    ids, refs, docs = set(), set(), set()
    for repo in roots:
        for path in glob.glob(f'{repo}/extractor-core/src/test/resources/devset/**/*', recursive=True):
            if os.path.isfile(path) and not path.endswith('heldout10-mixed.txt'):
                text = open(path, encoding='utf-8', errors='replace').read()
                ids.update(m.lower() for m in re.findall(r'\b[0-9a-fA-F]{8}', text))
                for f, n in re.findall(r'wikineural-it/(\w+)\.conllu sentence=(\d+)', text):
                    refs.add((f, int(n)))
                docs.update(re.findall(r'doc=(document_\d+\.html)', text))
    return ids, refs, docs


def main(data, roots):
    ids, refs, used_docs = used_ids(roots)
    wn, wn_neg, hist = [], [], []
    for n, rows in enumerate(conllu_rows(f'{data}/wikineural-it/val.conllu')):
        if ('val', n) in refs:
            continue
        s = detok([c[1] for c in rows])
        if not (60 <= len(s) <= 420) or NOT_GENRE.search(s):
            continue
        if GENRE.search(s):
            (wn if BROAD.search(s) else wn_neg).append((n, s))
        elif BROAD.search(s) and HISTORY.search(s):
            hist.append((n, s))
    paras = []
    for split in ['train', 'dev']:
        raw = open(f'{data}/eneide-amd/paragraphs_{split}.csv', encoding='utf-8', newline='').read()
        for row in csv.reader(io.StringIO(raw)):
            if row and row[0] != 'doc_id' and row[0] not in used_docs:
                for s in sentences(row[2]):
                    s = s.strip()
                    if 40 <= len(s) <= 420 and BROAD.search(s) and named(s):
                        paras.append((split, row[0], row[2].find(s), s))
    docs = sorted(glob.glob(f'{data}/dadoeval-degasperi/Test_Release/*/*.txt'))
    docs = [d for d in docs if int(hashlib.sha1(os.path.basename(d).encode()).hexdigest(), 16) % 6 == 3
            and os.path.basename(d)[:8].lower() not in ids]
    dg, dg_neg = dg_pools(docs)
    print(f'# pools: wikineural val {len(wn)} (no broad word {len(wn_neg)}, history {len(hist)}), eneide {len(paras)}, '
          f'de gasperi docs {len(docs)}: sentences {len(dg)} (no broad word {len(dg_neg)})', file=sys.stderr)
    for n, s in first(wn, N_WN, SEED):
        print(f'=== h10-val-{n}\n{s}\n')
    for n, s in first(wn_neg, N_WN_NEG, SEED + 1):
        print(f'=== h10-val-{n}-neg\n{s}\n')
    for split, doc, start, s in first(paras, N_ENEIDE, SEED + 2):
        print(f'=== h10-{split}-{doc[9:-5]}-{start}\n{s}\n')
    for n, s in first(hist, N_HIST, SEED + 5):
        print(f'=== h10-val-{n}-hist\n{s}\n')
    for ident, context in first(dg, N_DG, SEED + 3):
        print(f'=== {ident}\n{context}\n')
    for ident, s in first(dg_neg, N_DG_NEG, SEED + 4):
        print(f'=== {ident}-neg\n{s}\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
