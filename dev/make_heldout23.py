#!/usr/bin/env python3
"""Draws the candidate excerpts of the twenty-third held-out event set (seeds 2321-2324, blind to the extractor's output).

Session 25's set, drawn as make_heldout22.py drew set 22, from the pools this session left to events (KIND moro_test,
ENEIDE and DaDoEval went to other helpers): each sentence referenced by no tracked file of the repository (at COMMIT
with --at) nor by a dev-set file of another worktree of the session (OTHER_ROOTS: every /work/wt-* but this one, read
when the script runs): 'FILE sentence=N' and 'FILE sentences=A-B' references, a UD sentence's sent_id as a word, a
sentence whose normalised text (lower case, letters and digits) equals a referenced sentence of the same file (for UD:
of any UD file read, since ParTUT dev repeats ISDT dev sentences), and a KIND Moro sentence whose normalised text occurs
in an ENEIDE AMD paragraph of a referenced document. Duplicates within a pool are dropped. Sentences of 60-420
characters, no NOT_GENRE word (sport, music, film) for the news and UD pools. Pools (N fixed before any sentence was
read; the pool sizes were printed first, with no text):
  N: KIND WN_dev and WN_train (Wikinews, CC BY-NC 4.0; WN_train trains the name models, WN_dev tunes them): a token
     tagged B-PER and a BROAD word (set 22's N pool on the other two splits);
  U: UD Italian ISDT dev and test, VIT dev and test, ParTUT train and dev (CC BY-NC-SA; ParTUT train is tagger and
     parser training text, acceptable for events: this set trains nothing and reads only the text; ParTUT test repeats
     ISDT test and is left out, as in set 21): a BROAD word. Sets 11-13, 21 and the names parts took every sentence
     with a BROAD and a GENRE / HISTORY word (0 left, counted before any sentence was read), so this pool asks for the
     BROAD word alone (209 sentences: news, legal and parliamentary text; near-misses and a few events);
  M: KIND Moro train (dataset/moro_train.tsv, CC BY-NC 4.0; it trains the name models: its persons are scored apart):
     a PER token and a BROAD word or a generic verb within 4 tokens of it (the leftovers of sets 20-22's M pools);
  Z: precision: a sentence of WN_dev, WN_train or the UD files above with a GENRE / HISTORY word and no BROAD word.
BROAD, GENRE, NOT_GENRE (make_heldout9.py), HISTORY (make_heldout10.py), GENERIC (make_heldout20.py) are imported
unchanged; the corpus tags only select sentences, no label is copied. Each pool is sorted, shuffled with its own seed
and its first N items taken (make_heldout9.first). KIND FIC (fiction) is not drawn. The text is printed as a reference
line followed by a '#| ' comment for the annotator; the comments are removed before the file is committed. The
extractor is never run here. Usage:
  cd dev && python3 make_heldout23.py /work/shared/data .. [--at COMMIT] > /tmp/candidates23.txt
"""
import csv, glob, io, os, re, sys

import make_heldout17
from make_heldout9 import BROAD, GENRE, NOT_GENRE, first
from make_heldout11 import ud_sentences
from make_heldout16 import print_ref, split_at
from make_heldout20 import generic_near_person, norm
from make_heldout22 import history, kind_pool, dedupe

SEED = 2321
N_N, N_U, N_M, N_Z = 74, 16, 16, 14
SKIP = 'heldout23-mixed.txt'
HERE = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
OTHER_ROOTS = sorted(r for r in glob.glob('/work/wt-*') if os.path.realpath(r) != HERE)
WN = ['WN_dev.tsv', 'WN_train.tsv']
UD = ['UD_Italian-ISDT/it_isdt-ud-dev.conllu', 'UD_Italian-ISDT/it_isdt-ud-test.conllu',
      'UD_Italian-VIT/it_vit-ud-dev.conllu', 'UD_Italian-VIT/it_vit-ud-test.conllu',
      'UD_Italian-ParTUT/it_partut-ud-train.conllu', 'UD_Italian-ParTUT/it_partut-ud-dev.conllu']


def ident(tag, key, ref=''):
    """h23-TAG-KEY: KEY 'wd123' / 'wt123' (WN_dev / WN_train sentence), 'r123' (moro_train), for UD the treebank and
    the sent_id without its treebank prefix and punctuation ('isdt-quest1025', 'vit-9310')."""
    if ' sent_id=' in ref:
        bank = re.search(r'UD_Italian-(\w+)/', ref).group(1).lower()
        key = f'{bank}-' + re.sub(r'[^0-9A-Za-z]', '', re.sub(r'^(isst_tanl-|VIT-|it_partut-ud-)', '', str(key)))
    return f'h23-{tag}-{key}'


def main(data, repo, commit=None):
    make_heldout17.SKIP, make_heldout17.OTHER_ROOTS = SKIP, OTHER_ROOTS
    text = make_heldout17.repo_text(repo, commit)
    n, u, m, z = [], [], [], []
    for f in WN:
        for key, ref, s, toks, tags in kind_pool(data, text, f'evalita-2023/{f}'):
            if NOT_GENRE.search(s):
                continue
            k = ('wd' if 'dev' in f else 'wt') + str(key)
            if 'B-PER' in tags and BROAD.search(s):
                n.append((k, ref, s))
            elif history(s) and not BROAD.search(s):
                z.append((k, ref, s))
    ud = {f: list(ud_sentences(f'{data}/{f}')) for f in UD}
    mentioned = {w.strip('.') for w in re.findall(r'[\w.-]+', text)}
    ud_used = {(f, sid) for f in UD for sid, _ in ud[f] if sid in mentioned}
    ud_used_norm = {norm(s) for f in UD for sid, s in ud[f] if (f, sid) in ud_used}
    for f in UD:
        for sid, s in ud[f]:
            if (f, sid) in ud_used or norm(s) in ud_used_norm or not 60 <= len(s) <= 420 or NOT_GENRE.search(s):
                continue
            if BROAD.search(s):
                u.append((sid, f'{f} sent_id={sid}', s))
            elif history(s) and not BROAD.search(s):
                z.append((sid, f'{f} sent_id={sid}', s))
    used_docs = set(re.findall(r'document_\d+\.html', text))
    eneide = []
    for split in ['train', 'dev', 'test']:
        raw = open(f'{data}/eneide-amd/paragraphs_{split}.csv', encoding='utf-8', newline='').read()
        eneide.extend(norm(row[2]) for row in csv.reader(io.StringIO(raw)) if row and row[0] in used_docs)
    eneide = '\n'.join(eneide)
    for key, ref, s, toks, tags in kind_pool(data, text, 'dataset/moro_train.tsv'):
        if norm(s) in eneide:
            continue
        if 'PER' in tags and (BROAD.search(s) or generic_near_person(toks, tags)):
            m.append((f'r{key}', ref, s))
    pools = [('n', dedupe(n), N_N, SEED), ('u', dedupe(u), N_U, SEED + 1), ('m', dedupe(m), N_M, SEED + 2),
             ('z', dedupe(z), N_Z, SEED + 3)]
    print(f'# scanned {commit or "HEAD"} and the dev sets of {OTHER_ROOTS}; pools: '
          + ', '.join(f'{t} {len(q)}' for t, q, _, _ in pools), file=sys.stderr)
    if '--sizes' in sys.argv:
        return
    for tag, pool, k, seed in pools:
        for key, ref, s in first(pool, k, seed):
            print_ref(ident(tag, key, ref), ref, s)


if __name__ == '__main__':
    args, at = split_at([a for a in sys.argv[1:] if a != '--sizes'])
    main(args[0], args[1], at)
