#!/usr/bin/env python3
"""Draws the candidate excerpts of the twenty-first held-out event set (seeds 2121-2126, blind to the extractor's output).

Session 18's set, rich in persons in agent/patient roles and in history prose, drawn as make_heldout20.py drew set 20.
Left out of every pool: any sentence that a tracked file of the repository references (at COMMIT with --at; 'FILE
sentence=N', the ranges 'FILE sentences=A-B' of the dates sets, and for the UD treebanks any occurrence of the
sentence's sent_id as a word) or that a dev-set file of any other worktree of the session references (OTHER_ROOTS: every
/work/wt-* but this one, read when the script runs), a sentence whose normalised text (lower case, letters and digits)
is that of a referenced sentence of the same corpus (for UD: of any of the four UD files read, since ParTUT dev repeats
ISDT dev sentences), and a KIND Moro sentence whose normalised text occurs in an ENEIDE AMD (Aldo Moro) paragraph of a
referenced document (the two corpora share Moro's texts). Duplicates within a pool are dropped (the first in corpus
order stays). Pools (sentences of 60-420 characters):
  WikiNEuRal-it val.conllu and test.conllu (make_heldout16.wn_sentences: no NOT_GENRE word), key 'val:N' / 'test:N'.
  The corpus snapshot has no train.conllu (wikineural-it/PROVENANCE.md: absent, too large), so the train sentences
  the brief suggests cannot be drawn; these pools are the val/test sentences sets 16-20 and the names parts left:
    WP: a token the corpus tags B-PER and a word of make_heldout9's BROAD list (set 20's WL and WP together: set 20
        took all of WL);
    WH: a BROAD word and a GENRE / HISTORY word, no B-PER token (history);
    WG: a token the corpus tags B-PER within 4 tokens of a GENERIC narrative verb form (make_heldout20's GENERIC minus
        NOT_VERB), NO BROAD word, and a GENRE / HISTORY word (the recall probe: no relation-word list selects it);
    W0: a GENRE / HISTORY word, no BROAD word, no generic verb near a person (precision);
  UD Italian ISDT dev and test, VIT dev and test, ParTUT train and dev (the '# text' of each sentence, key = sent_id;
  ParlaMint is left for a later set; ParTUT test repeats 57 ISDT test sentences and is left out):
    U: a BROAD word and a GENRE / HISTORY word. Counted before any sentence was read: the dev/train files have 1 such
       sentence left (sets 11-13 and names parts J-L took the rest; 74 more have a BROAD word and a capitalised word,
       legal, parliamentary and web text), ISDT test 14 and VIT test 12, which no dev set referenced. The test splits
       are the models' held-out sets (train.TrainingSets.HELD_OUT): no model is trained on them, so the pipeline's
       tagger and parser see them as unseen text; this set only reads their text and trains nothing on it. N_U (35)
       takes the whole pool;
  KIND Moro (dataset/moro_train.tsv and moro_test.tsv, key 'moro_train:N' / 'moro_test:N'), Aldo Moro's writings:
    M: a token KIND tags PER and a BROAD word or a generic verb within 4 tokens of it (set 20's M1, its leftovers).
(the corpus tags only select sentences; no label is copied.) BROAD, GENRE, NOT_GENRE (make_heldout9.py), HISTORY
(make_heldout10.py), GENERIC and NOT_VERB (make_heldout20.py) are imported unchanged. N of every pool was fixed
before any sentence was read (150 in all). Each pool is sorted, shuffled with its own seed and its first N items are
taken (make_heldout9.first). After the draw, an excerpt that a file under extractor-core/src/test of another worktree
names (tests included, not only dev sets) is dropped without redrawing: one, h21-u-isdt-291 (ISDT test isst_tanl-291),
whose gold tree the unmerged branch evsyn's SyntaxArgumentsTest reads (149 excerpts remain). The text is NonCommercial (CC BY-NC-SA): it is printed as a reference line followed by a
'#| ' comment with the text for the annotator; the comments are removed before the file is committed. The extractor
is never run here. The counts of files read, references and pool sizes go to stderr. Usage:
  cd dev && python3 make_heldout21.py /work/shared/data .. [--at COMMIT] > /tmp/candidates21.txt
"""
import csv, glob, io, os, re, sys

import make_heldout17
from corpus_refs import conllu_rows, detok, kind_detok
from make_heldout9 import BROAD, GENRE, first
from make_heldout10 import HISTORY
from make_heldout11 import ud_sentences
from make_heldout16 import print_ref, split_at, wn_sentences
from make_heldout20 import generic_near_person, norm, referenced

SEED = 2121
N_WP, N_WH, N_WG, N_W0, N_U, N_M = 55, 15, 25, 10, 35, 18
SKIP = 'heldout21-mixed.txt'
HERE = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
OTHER_ROOTS = sorted(r for r in glob.glob('/work/wt-*') if os.path.realpath(r) != HERE)
WN = ['val.conllu', 'test.conllu']
UD = ['UD_Italian-ISDT/it_isdt-ud-dev.conllu', 'UD_Italian-ISDT/it_isdt-ud-test.conllu',
      'UD_Italian-VIT/it_vit-ud-dev.conllu', 'UD_Italian-VIT/it_vit-ud-test.conllu',
      'UD_Italian-ParTUT/it_partut-ud-train.conllu', 'UD_Italian-ParTUT/it_partut-ud-dev.conllu']
MORO = ['moro_train.tsv', 'moro_test.tsv']


def ident_of(key, ref):
    """The excerpt id's tail: 'v123' / 't123' (WikiNEuRal val/test), 'r12' / 's12' (KIND Moro train/test), for UD the
    treebank and the sent_id without its treebank prefix and punctuation ('isdt-quest1025', 'vit-9310')."""
    if ' sent_id=' not in ref:
        return key.replace('moro_train:', 'r').replace('moro_test:', 's').replace('val:', 'v').replace('test:', 't')
    bank = re.search(r'UD_Italian-(\w+)/', ref).group(1).lower()
    sid = re.sub(r'^(isst_tanl-|VIT-|it_partut-ud-)', '', key)
    return f'{bank}-' + re.sub(r'[^0-9A-Za-z]', '', sid)


def other_test_text():
    """The text of every file under extractor-core/src/test of the other worktrees (tests and dev sets), read after
    the draw: an excerpt it names is dropped, the pools stay as drawn (as make_heldout20 dropped names part T's)."""
    out = []
    for r in OTHER_ROOTS:
        for path in glob.glob(f'{r}/extractor-core/src/test/**/*', recursive=True):
            if os.path.isfile(path) and not path.endswith(SKIP):
                out.append(open(path, encoding='utf-8', errors='replace').read())
    return '\n'.join(out)


def mentioned_in(key, ref, text):
    """Whether text names the excerpt: its UD sent_id as a word, or its 'FILE sentence=N'."""
    if ' sent_id=' in ref:
        return re.search(rf'(?<![\w.-]){re.escape(key)}(?![\w-])', text) is not None
    f, n = ref.split(' sentence=')
    return re.search(rf'{re.escape(f)} sentence={n}(?!\d)', text) is not None


def dedupe(pool):
    """The pool without a second item of the same normalised text (the first in corpus order stays)."""
    seen, out = set(), []
    for item in pool:
        if norm(item[2]) not in seen:
            seen.add(norm(item[2]))
            out.append(item)
    return out


def counts(repo, commit):
    """(tracked files read, other-root dev-set files read): the size of the exclusion scan, for the record."""
    tracked = make_heldout17.subprocess.run(['git', 'ls-tree', '-r', '--name-only', commit] if commit else
                                            ['git', 'ls-files'], cwd=repo, capture_output=True, text=True,
                                            check=True).stdout.split()
    other = [p for r in OTHER_ROOTS for p in glob.glob(f'{r}/{make_heldout17.DEVSET}**/*', recursive=True)
             if os.path.isfile(p) and not p.endswith(SKIP)]
    return len(tracked), len(other)


def main(data, repo, commit=None):
    make_heldout17.SKIP, make_heldout17.OTHER_ROOTS = SKIP, OTHER_ROOTS
    text = make_heldout17.repo_text(repo, commit)
    wp, wh, wg, w0, u, m = [], [], [], [], [], []
    excluded = {}
    for f in WN:
        rows_all = conllu_rows(f'{data}/wikineural-it/{f}')
        used = referenced(text, f'wikineural-it/{f}')
        excluded[f] = len(used)
        used_norm = {norm(detok([c[1] for c in rows_all[n]])) for n in used if n < len(rows_all)}
        for n, rows, s in wn_sentences(f'{data}/wikineural-it/{f}', lambda n: n in used):
            if norm(s) in used_norm:
                continue
            history = GENRE.search(s) or HISTORY.search(s)
            toks, tags = [c[1] for c in rows], [c[2] if len(c) > 2 else 'O' for c in rows]
            broad = BROAD.search(s)
            key = (f'{f[:-7]}:{n}', f'wikineural-it/{f} sentence={n}', s)
            if 'B-PER' in tags and broad:
                wp.append(key)
            elif broad and history:
                wh.append(key)
            elif history and not broad and generic_near_person(toks, tags):
                wg.append(key)
            elif history and not broad:
                w0.append(key)
    ud = {f: list(ud_sentences(f'{data}/{f}')) for f in UD}
    mentioned = {w.strip('.') for w in re.findall(r'[\w.-]+', text)}
    ud_used = {(f, sid) for f in UD for sid, _ in ud[f] if sid in mentioned}
    ud_used_norm = {norm(s) for f in UD for sid, s in ud[f] if (f, sid) in ud_used}
    excluded['UD'] = len(ud_used)
    for f in UD:
        for sid, s in ud[f]:
            if (f, sid) in ud_used or norm(s) in ud_used_norm or not 60 <= len(s) <= 420:
                continue
            if BROAD.search(s) and (GENRE.search(s) or HISTORY.search(s)):
                u.append((sid, f'{f} sent_id={sid}', s))
    used_docs = set(re.findall(r'document_\d+\.html', text))
    eneide = []
    for split in ['train', 'dev', 'test']:
        raw = open(f'{data}/eneide-amd/paragraphs_{split}.csv', encoding='utf-8', newline='').read()
        eneide.extend(norm(row[2]) for row in csv.reader(io.StringIO(raw)) if row and row[0] in used_docs)
    eneide = '\n'.join(eneide)
    for f in MORO:
        sents = conllu_rows(f'{data}/kind/dataset/{f}')
        used = referenced(text, f'kind/dataset/{f}')
        excluded[f] = len(used)
        used_norm = {norm(kind_detok([c[0] for c in sents[n]])) for n in used if n < len(sents)}
        for n, rows in enumerate(sents):
            if n in used:
                continue
            toks, tags = [c[0] for c in rows], [c[1] if len(c) > 1 else 'O' for c in rows]
            s = kind_detok(toks)
            if not 60 <= len(s) <= 420 or norm(s) in used_norm or norm(s) in eneide:
                continue
            if 'PER' in tags and (BROAD.search(s) or generic_near_person(toks, tags)):
                m.append((f'{f[:-4]}:{n}', f'kind/dataset/{f} sentence={n}', s))
    pools = [('wp', dedupe(wp), N_WP, SEED), ('wh', dedupe(wh), N_WH, SEED + 1), ('wg', dedupe(wg), N_WG, SEED + 2),
             ('w0', dedupe(w0), N_W0, SEED + 3), ('u', dedupe(u), N_U, SEED + 4), ('m', dedupe(m), N_M, SEED + 5)]
    n_tracked, n_other = counts(repo, commit)
    print(f'# scanned {n_tracked} tracked files at {commit or "HEAD"} and {n_other} dev-set files of {OTHER_ROOTS};'
          f' references excluded: ' + ', '.join(f'{k} {v}' for k, v in excluded.items()) +
          '; pools: ' + ', '.join(f'{t} {len(p)}' for t, p, _, _ in pools), file=sys.stderr)
    late = other_test_text()
    for tag, pool, n, seed in pools:
        for key, ref, s in first(pool, n, seed):
            if mentioned_in(key, ref, late):
                print(f'# dropped h21-{tag}-{ident_of(key, ref)}: named in a test source of another worktree', file=sys.stderr)
                continue
            ident = ident_of(key, ref)
            print_ref(f'h21-{tag}-{ident}', ref, s)


if __name__ == '__main__':
    args, at = split_at(sys.argv[1:])
    main(args[0], args[1], at)
