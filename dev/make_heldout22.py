#!/usr/bin/env python3
"""Draws the candidate excerpts of the twenty-second held-out event set (seeds 2221-2226, blind to the extractor's output).

Session 21's set: sources no earlier event set drew from, or drew little from, each sentence referenced by no tracked
file of the repository (at COMMIT with --at) nor by a dev-set file of another worktree of the session (OTHER_ROOTS:
every /work/wt-* but this one, read when the script runs): 'FILE sentence=N' and 'FILE sentences=A-B' references, a UD
sentence's sent_id as a word (ParlaMint ids in either spelling), a sentence whose normalised text (lower case, letters
and digits) equals a referenced sentence of the same file, and a KIND Moro sentence whose normalised text occurs in an
ENEIDE AMD paragraph of a referenced document. Duplicates within a pool are dropped. Sentences of 60-420 characters,
no NOT_GENRE word (sport, music, film) for the news pools. Pools (N fixed before any sentence was read):
  N: KIND WN_test (Wikinews, the name models' unseen test split, CC BY-NC 4.0): a token tagged B-PER and a BROAD word
     (N was 25 at the first draw; raised to 40 after those 103 excerpts were annotated, before any run, because the
     set had only 61 gold events: the pool's seeded order gives the same 25 and the next 15, chosen without reading);
  A: KIND ADG_test (De Gasperi, the name models' unseen test split, CC BY-NC-SA 4.0): a BROAD word;
  P: UD Italian PUD test (news and Wikipedia translations; a held-out set of the tagger, train.TrainingSets.HELD_OUT;
     CC BY-SA 3.0; no dev set referenced it): a BROAD word;
  L: UD Italian ParlaMint train and test (Senate, CC BY-SA 4.0; set 17 took 40): a BROAD and a GENRE / HISTORY word;
  M: KIND Moro (moro_train/test.tsv): a PER token and a BROAD word or a generic verb within 4 tokens of it (the
     leftovers of sets 20 and 21's M pools);
  Z: precision: a sentence of WN_test, ADG_test or PUD with a GENRE / HISTORY word and no BROAD word.
BROAD, GENRE, NOT_GENRE (make_heldout9.py), HISTORY (make_heldout10.py), GENERIC (make_heldout20.py) are imported
unchanged; the corpus tags only select sentences, no label is copied. Each pool is sorted, shuffled with its own seed
and its first N items taken (make_heldout9.first). I-CAB (evalita2009-ner-icab) is not drawn: its licence is unclear
(research only) and CorpusSentences reads no space-separated token files. DaDoEval documents are not drawn: the event
sets reference text only by corpus path + SHA-256 and DaDoEval has no sentence index the test reads; KIND ADG is
De Gasperi's text in a referencable form. The text is printed as a reference line followed by a '#| ' comment for the
annotator; the comments are removed before the file is committed. The extractor is never run here. Usage:
  cd dev && python3 make_heldout22.py /work/shared/data .. [--at COMMIT] > /tmp/candidates22.txt
"""
import csv, glob, io, os, re, sys

import make_heldout17
from corpus_refs import conllu_rows, kind_detok
from make_heldout9 import BROAD, GENRE, NOT_GENRE, first
from make_heldout10 import HISTORY
from make_heldout11 import ud_sentences
from make_heldout16 import print_ref, split_at
from make_heldout20 import generic_near_person, norm, referenced

SEED = 2221
N_N, N_A, N_P, N_L, N_M, N_Z = 40, 25, 30, 12, 8, 10
SKIP = 'heldout22-mixed.txt'
HERE = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
OTHER_ROOTS = sorted(r for r in glob.glob('/work/wt-*') if os.path.realpath(r) != HERE)
PUD = ['UD_Italian-PUD/it_pud-ud-test.conllu']
PARLAMINT = ['UD_Italian-ParlaMint/it_parlamint-ud-train.conllu', 'UD_Italian-ParlaMint/it_parlamint-ud-test.conllu']
MORO = ['moro_train.tsv', 'moro_test.tsv']


def history(s):
    return GENRE.search(s) or HISTORY.search(s)


def kind_pool(data, text, f, used_norm_extra=''):
    """(key, ref, text, tokens, tags) of the unreferenced sentences of 60-420 characters of a KIND file."""
    path = f'kind/{f}'
    sents = conllu_rows(f'{data}/{path}')
    used = referenced(text, path)
    used_norm = {norm(kind_detok([c[0] for c in sents[n]])) for n in used if n < len(sents)}
    for n, rows in enumerate(sents):
        if n in used:
            continue
        toks, tags = [c[0] for c in rows], [c[1] if len(c) > 1 else 'O' for c in rows]
        s = kind_detok(toks)
        if 60 <= len(s) <= 420 and norm(s) not in used_norm and (not used_norm_extra or norm(s) not in used_norm_extra):
            yield n, f'{path} sentence={n}', s, toks, tags


def ud_pool(data, text, files):
    """(sent_id, ref, text) of the unreferenced sentences of 60-420 characters of UD files."""
    mentioned = {w.strip('.') for w in re.findall(r'[\w.-]+', text)}
    mentioned |= {re.sub(r'[_-]', '-', w) for w in mentioned}
    for f in files:
        for sid, s in ud_sentences(f'{data}/{f}'):
            if sid in mentioned or re.sub(r'[_-]', '-', sid) in mentioned or not 60 <= len(s) <= 420:
                continue
            yield sid, f'{f} sent_id={sid}', s


def dedupe(pool):
    seen, out = set(), []
    for item in pool:
        if norm(item[2]) not in seen:
            seen.add(norm(item[2]))
            out.append(item)
    return out


def ident(tag, key):
    k = re.sub(r'^(n\d+-|ud-ParlaMint-IT-)', '', str(key))
    return f'h22-{tag}-' + re.sub(r'[^0-9A-Za-z]', '', k)[-24:]


def main(data, repo, commit=None):
    make_heldout17.SKIP, make_heldout17.OTHER_ROOTS = SKIP, OTHER_ROOTS
    text = make_heldout17.repo_text(repo, commit)
    n, a, p, l, m, z = [], [], [], [], [], []
    for key, ref, s, toks, tags in kind_pool(data, text, 'evalita-2023/WN_test.tsv'):
        if NOT_GENRE.search(s):
            continue
        if 'B-PER' in tags and BROAD.search(s):
            n.append((f'wn{key}', ref, s))
        elif history(s) and not BROAD.search(s):
            z.append((f'wn{key}', ref, s))
    for key, ref, s, toks, tags in kind_pool(data, text, 'evalita-2023/ADG_test.tsv'):
        if BROAD.search(s):
            a.append((f'adg{key}', ref, s))
        elif history(s):
            z.append((f'adg{key}', ref, s))
    for sid, ref, s in ud_pool(data, text, PUD):
        if NOT_GENRE.search(s):
            continue
        if BROAD.search(s):
            p.append((sid, ref, s))
        elif history(s):
            z.append((sid, ref, s))
    for sid, ref, s in ud_pool(data, text, PARLAMINT):
        if BROAD.search(s) and history(s):
            l.append((sid, ref, s))
    used_docs = set(re.findall(r'document_\d+\.html', text))
    eneide = []
    for split in ['train', 'dev', 'test']:
        raw = open(f'{data}/eneide-amd/paragraphs_{split}.csv', encoding='utf-8', newline='').read()
        eneide.extend(norm(row[2]) for row in csv.reader(io.StringIO(raw)) if row and row[0] in used_docs)
    eneide = '\n'.join(eneide)
    for f in MORO:
        for key, ref, s, toks, tags in kind_pool(data, text, f'dataset/{f}'):
            if norm(s) in eneide:
                continue
            if 'PER' in tags and (BROAD.search(s) or generic_near_person(toks, tags)):
                m.append((f'{f[5]}{key}', ref, s))
    pools = [('n', dedupe(n), N_N, SEED), ('a', dedupe(a), N_A, SEED + 1), ('p', dedupe(p), N_P, SEED + 2),
             ('l', dedupe(l), N_L, SEED + 3), ('m', dedupe(m), N_M, SEED + 4), ('z', dedupe(z), N_Z, SEED + 5)]
    print(f'# scanned {commit or "HEAD"} and the dev sets of {OTHER_ROOTS}; pools: '
          + ', '.join(f'{t} {len(q)}' for t, q, _, _ in pools), file=sys.stderr)
    for tag, pool, k, seed in pools:
        for key, ref, s in first(pool, k, seed):
            print_ref(ident(tag, key), ref, s)


if __name__ == '__main__':
    args, at = split_at(sys.argv[1:])
    main(args[0], args[1], at)
