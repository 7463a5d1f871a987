#!/usr/bin/env python3
"""Draws the candidate sentences of the fourteenth held-out event set (seeds 1414-1419, blind to the extractor's output).

Same selection words as sets 9-13 (make_heldout9.py's BROAD relation-word list, GENRE and NOT_GENRE lists, set 10's
HISTORY list, imported unchanged) and set 13's exclusion logic (make_heldout12.used_ids: every reference, ENEIDE
document, UD sent_id and De Gasperi id of every dev set under the given roots; sentences quoted by a names or time
set; KIND sentence numbers of every dev set), so that set 14 shares no sentence with any dev set and no document
with any event set:

Part A: De Gasperi documents (DaDoEval test release, same-genre and cross-genre) whose file name satisfies
  int(sha1(name).hexdigest(), 16) % 6 in {3, 4} (event sets drew from residues 5, 0, 1, 2; set 10's residue-3
  documents are excluded by id) that no EVENT set uses:
  A1: broad-word sentences (with the sentence before as context) of documents no dev set quotes;
  A2: broad-word sentences of documents a names or time set quotes, without the quoted sentences (a sentence quoted
      there, or whose context sentence is, is left out); ids end in -q;
  A0: sentences with NO broad word (alone), ids end in -neg.
Part B (narrative political history and political prose):
  B1: Aldo Moro's prose, KIND dataset/moro_train.tsv, sentence index % 3 == 2 only, not referenced by any dev set
      (so none that set 13 took), with a BROAD word and a capital word or a year, not in an ENEIDE paragraph of a
      document a dev set uses;
  B2: WikiNEuRal-it *val* sentences (never test) referenced by no dev set, with a BROAD word and a GENRE or HISTORY
      word, no NOT_GENRE word (wars, parties, purges, governments);
  B3: WikiNEuRal-it *val* sentences (never test) referenced by no dev set and not in B2, with a BROAD word, a token
      the corpus tags B-PER (used only to select sentences that name a person, so that set 14 tests persons in
      agent/patient roles; the corpus's labels are not copied) and no NOT_GENRE word.
Each pool is shuffled with its own seed and its first N items are taken, so a larger N only adds items.
NonCommercial text (KIND, WikiNEuRal) is printed as a reference line followed by a '#| ' comment with the text for
the annotator; the comments are removed before the file is committed. The extractor is never run here. Usage:
  python3 dev/make_heldout14.py ../shared/data REPO_ROOT [OTHER_REPO_ROOT ...] > candidates.txt
heldout14-mixed.txt itself is ignored. It was drawn on main 499c337 with /work/main, /work/wt-names12, /work/wt-ner7,
/work/wt-time11, /work/wt-time12 and /work/wt-events12 as extra roots (their dev sets, committed or not, at 15:28 of
that day; /work/wt-names13 did not exist).
"""
import csv, glob, hashlib, io, os, re, sys

from corpus_refs import conllu_rows, detok, kind_detok, kind_sentences, sha
from make_heldout9 import BROAD, GENRE, NOT_GENRE, first, named, sentences
from make_heldout10 import HISTORY
from make_heldout12 import used_ids
from make_heldout13 import KIND_MORO, squash

SEED = 1414
N_DG, N_DG_Q, N_DG_NEG, N_MORO, N_WN, N_WN_PER = 60, 66, 4, 30, 60, 30
SKIP = 'heldout14-mixed.txt'


def used_paragraphs(data, used_docs):
    """The squashed text of every ENEIDE AMD paragraph (train, dev and test) of the documents used_docs, one a line.
    Sets 14 and 15."""
    used_paras = []
    for split in ['train', 'dev', 'test']:
        raw = open(f'{data}/eneide-amd/paragraphs_{split}.csv', encoding='utf-8', newline='').read()
        for row in csv.reader(io.StringIO(raw)):
            if row and row[0] != 'doc_id' and row[0] in used_docs:
                used_paras.append(squash(row[2]))
    return '\n'.join(used_paras)


def main(data, roots):
    ids, refs, used_docs, used_sids, other_text = used_ids(roots, skip=SKIP)
    kind_used = set()
    for repo in roots:
        for path in glob.glob(f'{repo}/extractor-core/src/test/resources/devset/**/*', recursive=True):
            if os.path.isfile(path) and not path.endswith(SKIP):
                text = open(path, encoding='utf-8', errors='replace').read()
                kind_used.update(int(n) for n in re.findall(r'moro_train\.tsv sentence=(\d+)', text))
    used_paras = used_paragraphs(data, used_docs)
    moro = []
    for n, toks in enumerate(kind_sentences(f'{data}/{KIND_MORO}')):
        if n % 3 != 2 or n in kind_used:
            continue
        s = kind_detok(toks)
        if 60 <= len(s) <= 420 and named(s) and squash(s)[:40] not in used_paras and BROAD.search(s):
            moro.append((n, s))
    wn, wn_per = [], []
    for n, rows in enumerate(conllu_rows(f'{data}/wikineural-it/val.conllu')):
        if ('val', n) in refs:
            continue
        s = detok([c[1] for c in rows])
        if 60 <= len(s) <= 420 and not NOT_GENRE.search(s) and BROAD.search(s) \
                and (GENRE.search(s) or HISTORY.search(s)):
            wn.append((n, s))
        elif 60 <= len(s) <= 420 and not NOT_GENRE.search(s) and BROAD.search(s) \
                and any(c[2] == 'B-PER' for c in rows if len(c) > 2):
            wn_per.append((n, s))
    docs = sorted(glob.glob(f'{data}/dadoeval-degasperi/Test_Release/*/*.txt'))
    residue = [d for d in docs if int(hashlib.sha1(os.path.basename(d).encode()).hexdigest(), 16) % 6 in (3, 4)]
    dg, dg_q, dg_neg = [], [], []
    unused, quoted = 0, 0
    for d in residue:
        if os.path.basename(d)[:8].lower() in ids:
            continue
        text = open(d, encoding='utf-8').read()
        sents = sentences(text)
        is_quoted = any(len(s) >= 40 and s[:60] in other_text for s in sents)
        quoted += is_quoted
        unused += 1
        for i, s in enumerate(sents):
            if not 60 <= len(s) <= 800 or s[:60] in other_text:
                continue
            ident = f'{os.path.basename(d)[:8]}-{text.find(s)}'
            if BROAD.search(s):
                if i > 0 and sents[i - 1][:60] in other_text:
                    continue
                context = sents[i - 1] + ' ' + s if i > 0 and len(sents[i - 1]) <= 420 else s
                (dg_q if is_quoted else dg).append((ident, context))
            elif not is_quoted:
                dg_neg.append((ident, s))
    print(f'# pools: de gasperi residue-3/4 docs {len(residue)}, no event set uses {unused} ({quoted} quoted by '
          f'names/time sets): broad-word sentences {len(dg)} + {len(dg_q)} (quoted documents), no broad word '
          f'{len(dg_neg)}; moro {len(moro)}; wikineural val {len(wn)}, with a person {len(wn_per)}', file=sys.stderr)
    for ident, context in first(dg, N_DG, SEED):
        print(f'=== {ident}\n{context}\n')
    for ident, context in first(dg_q, N_DG_Q, SEED + 1):
        print(f'=== {ident}-q\n{context}\n')
    for ident, s in first(dg_neg, N_DG_NEG, SEED + 2):
        print(f'=== {ident}-neg\n{s}\n')
    for n, s in first(moro, N_MORO, SEED + 3):
        print(f'=== h14-moro-{n}\n< {KIND_MORO} sentence={n} sha256={sha(s)}\n#| {s}\n')
    for n, s in first(wn, N_WN, SEED + 4):
        print(f'=== h14-val-{n}\n< wikineural-it/val.conllu sentence={n} sha256={sha(s)}\n#| {s}\n')
    for n, s in first(wn_per, N_WN_PER, SEED + 5):
        print(f'=== h14-per-{n}\n< wikineural-it/val.conllu sentence={n} sha256={sha(s)}\n#| {s}\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
