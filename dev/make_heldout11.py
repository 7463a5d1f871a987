#!/usr/bin/env python3
"""Draws the candidate sentences of the eleventh held-out event set (fixed seeds, blind to the extractor's output).

Same selection words as dev/make_heldout10.py (make_heldout9.py's BROAD list of relation words for the 13 types,
its GENRE and NOT_GENRE lists and set 10's HISTORY list, imported unchanged), new seeds, new pools and the same
exclusion logic (every reference, ENEIDE document and De Gasperi id of every dev set under the given roots), so that
set 11 shares no sentence and no document with any earlier dev set:

Part A (the sample's genre: 20th-century political history):
  A1: WikiNEuRal-it *val* sentences referenced by no dev set, with a BROAD word and a GENRE word (or, that pool being
      nearly exhausted by sets 8-10, a HISTORY word), no NOT_GENRE word;
  A0: WikiNEuRal-it *val* sentences with a GENRE word and NO broad word (same exclusions);
  A2: sentences of ENEIDE AMD *train/dev* paragraphs (Aldo Moro) of documents no dev set references, with a BROAD
      word and a capitalised word or a year (never the test split);
  A3: sentences of the UD Italian treebanks' *train/dev* files (never *test*; ISDT, VIT, ParTUT, ParlaMint, MarkIT;
      not the Twitter treebanks) whose sent_id no dev set references, with a BROAD word and a GENRE or HISTORY word.
Part B: De Gasperi documents (DaDoEval test release, same-genre and cross-genre) whose file name satisfies
  int(sha1(name).hexdigest(), 16) % 6 == 5 (other engineers draw from residues 1 and 4) and whose id occurs in no
  *event* dev set (106 of the 123 residue-5 documents occur in some dev set, most in event sets 8 and 9, which drew
  from residue 2 mod 3, so only 17 are in no dev set at all and they have no broad-word sentence; documents that only
  the names and time sets use are allowed, sentences those sets quote are not: sets of names and dates are not
  event tuning data):
  B1: sentences with a BROAD word (with the sentence before as context);
  B0: sentences with NO broad word (alone).
Each pool is shuffled with its own seed and its first N items are taken, so a larger N only adds items.
The extractor is never run here. Usage:
  python3 dev/make_heldout11.py ../shared/data REPO_ROOT [OTHER_REPO_ROOT ...] > candidates.txt
Every REPO_ROOT's extractor-core/src/test/resources/devset (events, names, time) is scanned for references to
exclude (for the names and time sets: their corpus references and, against De Gasperi sentences, their text);
heldout11-mixed.txt itself is ignored. ENEIDE's pool is empty (set 10 took the rest). It was drawn on main 102152f with /work/main, /work/wt-names10,
/work/wt-time9 and /work/wt-perf7 as extra roots (their sets as of 12:05 of that day).
"""
import csv, glob, hashlib, io, os, re, sys

from corpus_refs import conllu_rows, detok
from make_heldout9 import BROAD, GENRE, NOT_GENRE, dg_pools, first, named, sentences
from make_heldout10 import HISTORY

SEED = 1111
N_WN, N_WN_NEG, N_ENEIDE, N_UD, N_DG, N_DG_NEG = 100, 4, 24, 35, 60, 5
UD_FILES = ['UD_Italian-ISDT/it_isdt-ud-dev.conllu', 'UD_Italian-VIT/it_vit-ud-dev.conllu',
            'UD_Italian-ParTUT/it_partut-ud-train.conllu', 'UD_Italian-ParTUT/it_partut-ud-dev.conllu',
            'UD_Italian-ParlaMint/it_parlamint-ud-train.conllu', 'UD_Italian-MarkIT/it_markit-ud-train.conllu',
            'UD_Italian-MarkIT/it_markit-ud-dev.conllu']


def used_ids(roots):
    ids, refs, docs, sent_ids, other = set(), set(), set(), set(), []
    for repo in roots:
        for path in glob.glob(f'{repo}/extractor-core/src/test/resources/devset/**/*', recursive=True):
            if os.path.isfile(path) and not path.endswith('heldout11-mixed.txt'):
                text = open(path, encoding='utf-8', errors='replace').read()
                if '/devset/events/' not in path:
                    other.append(text)
                    text = '\n'.join(re.findall(r'(?:wikineural|eneide|sent_id=)\S*.*', text))
                else:
                    ids.update(m.lower() for m in re.findall(r'\b[0-9a-fA-F]{8}', text))
                for f, n in re.findall(r'wikineural-it/(\w+)\.conllu sentence=(\d+)', text):
                    refs.add((f, int(n)))
                docs.update(re.findall(r'doc=(document_\d+\.html)', text))
                sent_ids.update(re.findall(r'sent_id=(\S+)', text))
    return ids, refs, docs, sent_ids, '\n'.join(other)


def ud_sentences(path):
    """(sent_id, text) of a UD CoNLL-U file, from its '# sent_id' and '# text' comments."""
    sid = None
    for line in open(path, encoding='utf-8'):
        if line.startswith('# sent_id = '):
            sid = line[12:].strip()
        elif line.startswith('# text = ') and sid is not None:
            yield sid, line[9:].rstrip('\n')
            sid = None


def main(data, roots):
    ids, refs, used_docs, used_sids, other_text = used_ids(roots)
    wn, wn_neg = [], []
    for n, rows in enumerate(conllu_rows(f'{data}/wikineural-it/val.conllu')):
        if ('val', n) in refs:
            continue
        s = detok([c[1] for c in rows])
        if not (60 <= len(s) <= 420) or NOT_GENRE.search(s):
            continue
        if GENRE.search(s):
            (wn if BROAD.search(s) else wn_neg).append((n, s))
        elif BROAD.search(s) and HISTORY.search(s):
            wn.append((n, s))
    paras = []
    for split in ['train', 'dev']:
        raw = open(f'{data}/eneide-amd/paragraphs_{split}.csv', encoding='utf-8', newline='').read()
        for row in csv.reader(io.StringIO(raw)):
            if row and row[0] != 'doc_id' and row[0] not in used_docs:
                for s in sentences(row[2]):
                    s = s.strip()
                    if 40 <= len(s) <= 420 and BROAD.search(s) and named(s):
                        paras.append((split, row[0], row[2].find(s), s))
    ud = []
    for f in UD_FILES:
        for sid, s in ud_sentences(f'{data}/{f}'):
            if sid not in used_sids and 40 <= len(s) <= 420 and BROAD.search(s) and not NOT_GENRE.search(s) \
                    and (GENRE.search(s) or HISTORY.search(s)):
                ud.append((f, sid, s))
    docs = sorted(glob.glob(f'{data}/dadoeval-degasperi/Test_Release/*/*.txt'))
    docs = [d for d in docs if int(hashlib.sha1(os.path.basename(d).encode()).hexdigest(), 16) % 6 == 5
            and os.path.basename(d)[:8].lower() not in ids]
    dg, dg_neg = dg_pools(docs, lambda s: s[:60] in other_text)
    print(f'# pools: wikineural val {len(wn)} (no broad word {len(wn_neg)}), eneide {len(paras)}, ud {len(ud)}, '
          f'de gasperi docs {len(docs)}: sentences {len(dg)} (no broad word {len(dg_neg)})', file=sys.stderr)
    for n, s in first(wn, N_WN, SEED):
        print(f'=== h11-val-{n}\n{s}\n')
    for n, s in first(wn_neg, N_WN_NEG, SEED + 1):
        print(f'=== h11-val-{n}-neg\n{s}\n')
    for split, doc, start, s in first(paras, N_ENEIDE, SEED + 2):
        print(f'=== h11-{split}-{doc[9:-5]}-{start}\n{s}\n')
    for f, sid, s in first(ud, N_UD, SEED + 5):
        print(f'=== h11-ud-{sid}\n# {f}\n{s}\n')
    for ident, context in first(dg, N_DG, SEED + 3):
        print(f'=== {ident}\n{context}\n')
    for ident, s in first(dg_neg, N_DG_NEG, SEED + 4):
        print(f'=== {ident}-neg\n{s}\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
