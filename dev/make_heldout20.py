#!/usr/bin/env python3
"""Draws the candidate excerpts of the twentieth held-out event set (seeds 2020-2026, blind to the extractor's output).

Session 16's set, rich in persons and dates. Left out of every pool: any sentence that a tracked file of the
repository references (at COMMIT with --at; 'FILE sentence=N' and the ranges 'FILE sentences=A-B' of the dates sets)
or that a dev-set file of any other worktree of the session references (OTHER_ROOTS: every /work/wt-* but this one,
read when the script runs), a sentence whose normalised text (lower case, letters and digits) is that of a referenced
sentence of the same corpus, and a KIND Moro sentence whose normalised text occurs in an ENEIDE AMD (Aldo Moro)
paragraph of a referenced document (the two corpora share Moro's texts). Pools (sentences of 60-420 characters):
  WikiNEuRal-it val.conllu and test.conllu (make_heldout16.wn_sentences: no NOT_GENRE word), key 'val:N' / 'test:N':
    WL: a token the corpus tags B-PER, a word of make_heldout9's BROAD list, and a GENRE / HISTORY word (history);
    WP: a token the corpus tags B-PER and a BROAD word, no GENRE / HISTORY word (biographies; persons);
    WH: a BROAD word and a GENRE / HISTORY word, no B-PER token (history);
    WD: the sentences of WH with a year (a number 1000-2029) that WH's draw did not take (dates; added when the
        first draws held 21 dated events);
    WG: a token the corpus tags B-PER within 4 tokens of a GENERIC narrative verb form (a word with a third-person
        passato remoto ending, -ò -ì -arono -erono -irono -ette -ebbe -ece -ise -use -asse -enne -olse and their
        plurals, minus the NOT_VERB words; or fu/furono/venne/vennero), NO BROAD word, and a GENRE / HISTORY word: the
        selection does not come from any relation-word list, so these excerpts measure recall on words the lexicon
        lacks (and precision where the verb is no event);
    W0: a GENRE / HISTORY word, no BROAD word, no generic verb near a person (precision);
  KIND Moro (dataset/moro_train.tsv and moro_test.tsv, key 'moro_train:N' / 'moro_test:N'), Aldo Moro's writings:
    M1: a token KIND tags PER and a BROAD word or a generic verb within 4 tokens of it.
(the corpus tags only select sentences; no label is copied.) Names part T (session 16, branch namest, NAMES_T) was drawn
in parallel, a few minutes after this set's first draw: it is left out of the reference scan that builds the pools
(so that its merge does not reshuffle them) and its sentences are dropped from the drawn excerpts afterwards (4 of
the first 142). The drawn N of a pool can grow without changing the excerpts already drawn (make_heldout9.first
shuffles the whole pool): the first draw had N_WP 30 and N_WH 10, raised to 62 and 24 before the annotation was
finished, when the first 142 excerpts held about 100 events. BROAD, GENRE, NOT_GENRE (make_heldout9.py) and HISTORY
(make_heldout10.py) are the lists of sets 9-19, imported unchanged. Each pool is sorted, shuffled with its own seed
and its first N items are taken (make_heldout9.first). Not drawn: KIND ADG (set 19 took every BROAD sentence of its
even half and the dates set blind17 passages of the odd half; the bundled name model is trained on ADG train), DaDoEval
(no Test_Release document is left unreferenced: the count goes to stderr), UD ParlaMint (2020 parliamentary debates,
few persons as event arguments; left for a later set). The text is NonCommercial (CC BY-NC-SA): it is printed as a reference line followed by a
'#| ' comment with the text for the annotator; the comments are removed before the file is committed. The extractor is
never run here. Usage:
  cd dev && python3 make_heldout20.py /work/shared/data .. [--at COMMIT] > /tmp/candidates20.txt
"""
import csv, glob, io, os, re, sys

import make_heldout17
from corpus_refs import conllu_rows, detok, kind_detok
from make_heldout9 import BROAD, GENRE, first
from make_heldout10 import HISTORY
from make_heldout16 import print_ref, split_at, wn_sentences

SEED = 2020
N_WL, N_WP, N_WH, N_WG, N_W0, N_M1, N_WD = 42, 62, 24, 34, 10, 16, 16
SKIP = 'heldout20-mixed.txt'
HERE = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
OTHER_ROOTS = sorted(r for r in glob.glob('/work/wt-*') if os.path.realpath(r) != HERE)
WN = ['val.conllu', 'test.conllu']
MORO = ['moro_train.tsv', 'moro_test.tsv']
YEAR = re.compile(r'\b(1\d{3}|20[0-2]\d)\b')
NAMES_T = 'extractor-core/src/test/resources/devset/names/texts-t.tsv'
GENERIC = re.compile(r"^(fu|furono|venne|vennero|fù)$|^\w{3,}(ò|ì|arono|erono|irono|ette|ettero|ebbe|ebbero|ece|ecero|"
                     r"ise|isero|use|usero|asse|assero|enne|ennero|olse|olsero)$", re.I)
NOT_VERB = re.compile(r"^(però|perciò|cioè|giacché|poiché|perché|affinché|finché|benché|sicché|laggiù|lassù|così|"
                      r"quassù|oltremodo|ventitré|trentatré|pero|casse|masse|classe|rese|grasse|tasse|chiese|mese|"
                      r"paese|paesi|inglese|francese|chiesa|prese|difese|spese|sorprese|imprese|riprese|offese|"
                      r"attese|tese|stesse|stessi|interesse|promesse|messe|rimesse|scommesse|principesse|"
                      r"baronesse|contesse|duchesse|professe|diocese|cortese|crise|precise|divise|uso|abuse)$", re.I)


def norm(s):
    """Lower case, letters and digits only (the duplicate checks)."""
    return re.sub(r'[^0-9a-zà-ÿ]', '', s.lower())


def referenced(text, f):
    """The 0-based sentence indices of corpus file f that text references ('f sentence=N', 'f sentences=A-B')."""
    used = {int(n) for n in re.findall(rf'{re.escape(f)} sentence=(\d+)', text)}
    for a, b in re.findall(rf'{re.escape(f)} sentences=(\d+)-(\d+)', text):
        used.update(range(int(a), int(b) + 1))
    return used


def generic_near_person(tokens, tags):
    """Whether a GENERIC verb form (not a NOT_VERB word) is within 4 tokens of a token tagged as a person."""
    persons = [i for i, t in enumerate(tags) if t in ('B-PER', 'I-PER', 'PER')]
    for i, w in enumerate(tokens):
        if GENERIC.search(w) and not NOT_VERB.search(w) and any(abs(i - p) <= 4 for p in persons):
            return True
    return False


def names_t_text(repo):
    """The text of names part T (NAMES_T) wherever it is: this checkout or another worktree."""
    paths = [os.path.join(r, NAMES_T) for r in [repo] + OTHER_ROOTS]
    return '\n'.join(open(p, encoding='utf-8').read() for p in paths if os.path.isfile(p))


def main(data, repo, commit=None):
    make_heldout17.SKIP, make_heldout17.OTHER_ROOTS = (SKIP, NAMES_T), OTHER_ROOTS
    text = make_heldout17.repo_text(repo, commit)
    names_t = names_t_text(repo)
    wl, wp, wh, wg, w0, m1 = [], [], [], [], [], []
    for f in WN:
        rows_all = conllu_rows(f'{data}/wikineural-it/{f}')
        used = referenced(text, f'wikineural-it/{f}')
        used_norm = {norm(detok([c[1] for c in rows_all[n]])) for n in used if n < len(rows_all)}
        for n, rows, s in wn_sentences(f'{data}/wikineural-it/{f}', lambda n: n in used):
            if norm(s) in used_norm:
                continue
            history = GENRE.search(s) or HISTORY.search(s)
            toks, tags = [c[1] for c in rows], [c[2] if len(c) > 2 else 'O' for c in rows]
            person = 'B-PER' in tags
            broad = BROAD.search(s)
            key = (f'{f[:-7]}:{n}', f'wikineural-it/{f} sentence={n}', s)
            if person and broad:
                (wl if history else wp).append(key)
            elif broad and history:
                wh.append(key)
            elif history and not broad and generic_near_person(toks, tags):
                wg.append(key)
            elif history and not broad:
                w0.append(key)
    used_docs = set(re.findall(r'document_\d+\.html', text))
    eneide = []
    for split in ['train', 'dev', 'test']:
        raw = open(f'{data}/eneide-amd/paragraphs_{split}.csv', encoding='utf-8', newline='').read()
        eneide.extend(norm(row[2]) for row in csv.reader(io.StringIO(raw)) if row and row[0] in used_docs)
    eneide = '\n'.join(eneide)
    for f in MORO:
        sents = conllu_rows(f'{data}/kind/dataset/{f}')
        used = referenced(text, f'kind/dataset/{f}')
        used_norm = {norm(kind_detok([c[0] for c in sents[n]])) for n in used if n < len(sents)}
        for n, rows in enumerate(sents):
            if n in used:
                continue
            toks, tags = [c[0] for c in rows], [c[1] if len(c) > 1 else 'O' for c in rows]
            s = kind_detok(toks)
            if not 60 <= len(s) <= 420 or norm(s) in used_norm or norm(s) in eneide:
                continue
            if 'PER' in tags and (BROAD.search(s) or generic_near_person(toks, tags)):
                m1.append((f'{f[:-4]}:{n}', f'kind/dataset/{f} sentence={n}', s))
    taken = set(first(wh, N_WH, SEED + 5))
    wd = [k for k in wh if k not in taken and YEAR.search(k[2])]
    docs = sorted(glob.glob(f'{data}/dadoeval-degasperi/Test_Release/*/*.txt'))
    low = text.lower()
    free = [d for d in docs if os.path.basename(d)[:8].lower() not in low]
    print(f'# other roots {OTHER_ROOTS}; pools: wikineural val+test WL {len(wl)}, WP {len(wp)}, WH {len(wh)} (with a year, not drawn: {len(wd)}), WG {len(wg)}, W0 {len(w0)};'
          f' kind moro M1 {len(m1)}; dadoeval documents unreferenced {len(free)} of {len(docs)}', file=sys.stderr)
    for tag, pool, n, seed in [('wl', wl, N_WL, SEED), ('wp', wp, N_WP, SEED + 4), ('wh', wh, N_WH, SEED + 5),
                               ('wg', wg, N_WG, SEED + 1), ('w0', w0, N_W0, SEED + 2), ('m', m1, N_M1, SEED + 3),
                               ('wd', wd, N_WD, SEED + 6)]:
        for key, ref, s in first(pool, n, seed):
            f, i = ref.split(' sentence=')
            if int(i) in referenced(names_t, f):
                print(f'# dropped h20-{tag}-{key}: in names part T', file=sys.stderr)
                continue
            ident = key.replace('moro_train:', 'r').replace('moro_test:', 's').replace('val:', 'v').replace('test:', 't')
            print_ref(f'h20-{tag}-{ident}', ref, s)


if __name__ == '__main__':
    args, at = split_at(sys.argv[1:])
    main(args[0], args[1], at)
