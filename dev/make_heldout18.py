#!/usr/bin/env python3
"""Draws the candidate excerpts of the eighteenth held-out event set (seeds 1818-1824, blind to the extractor's output).

Session 11's events pools (disjoint from the names pools of the session by the salted hash below; the names engineer
takes the odd keys):
  h(key) = int(sha1(('s11:' + key).encode()).hexdigest(), 16), events take h(key) % 2 == 0;
  key = the ENEIDE doc_id, the WikiNEuRal-it sentence index (str, per file), the De Gasperi file name.
  E: ENEIDE AMD (Aldo Moro) paragraphs_train/dev/test.csv documents that no file references (any tracked file of the
     repository and every dev-set file of the other session-11 worktrees): sentences of 40-420 characters with a
     BROAD word (E1) and, for precision, some with none (E0);
  W: WikiNEuRal-it val.conllu and test.conllu sentences referenced nowhere: a BROAD word and a GENRE or HISTORY word
     (W1), GENRE sentences with no BROAD word (W0, precision), a BROAD word and a token the corpus tags B-PER and no
     GENRE/HISTORY word (W2, persons; the tag only selects, no label is copied);
  D: DaDoEval De Gasperi Test_Release documents that no file references: their sentences with a BROAD word.
  No UD treebank sentence (the session's dependency parser is trained on them).
BROAD, GENRE, NOT_GENRE (make_heldout9.py) and HISTORY (make_heldout10.py) are the lists of sets 9-17, imported
unchanged; the ENEIDE and WikiNEuRal pools are heldout_common's (as for set 17), printing and --at make_heldout16's,
the reference scan is make_heldout17's repo_text with this set's file and worktrees. Each pool is sorted, shuffled
with its own seed and its first N items are taken (make_heldout9.first).
The ENEIDE and WikiNEuRal text is NonCommercial (CC BY-NC-SA): it is printed as a reference line followed by a '#| '
comment with the text for the annotator; the comments are removed before the file is committed. The extractor is
never run here. Usage:
  cd dev && python3 make_heldout18.py /work/shared/data .. [--at COMMIT] > /tmp/candidates18.txt
(the draw was made on main ea10f09 with the worktrees in OTHER_ROOTS as other roots; `--at ea10f09` reproduces it as
long as the other roots add no reference to its items).
"""
import glob, hashlib, os, re, sys

import make_heldout17
from heldout_common import eneide_pools, wn_pools
from make_heldout9 import BROAD, first, sentences
from make_heldout16 import print_ref, split_at

SEED = 1818
N_E1, N_E0, N_W1, N_W0, N_W2, N_D = 10, 6, 66, 7, 62, 10
SKIP = 'heldout18-mixed.txt'
OTHER_ROOTS = ['/work/wt-names18', '/work/wt-time16', '/work/wt-evsyn', '/work/wt-parse', '/work/wt-lead']
ENEIDE = ['paragraphs_train.csv', 'paragraphs_dev.csv', 'paragraphs_test.csv']
WN = ['val.conllu', 'test.conllu']


def h(key):
    return int(hashlib.sha1(('s11:' + key).encode()).hexdigest(), 16)


def referenced_text(repo, commit=None):
    """make_heldout17.repo_text with this set's fixture skipped and session 11's worktrees as other roots."""
    make_heldout17.SKIP, make_heldout17.OTHER_ROOTS = SKIP, OTHER_ROOTS
    return make_heldout17.repo_text(repo, commit)


def main(data, repo, commit=None):
    text = referenced_text(repo, commit)
    low = text.lower()
    used_docs = set(re.findall(r'document_\d+\.html', text))
    e1, e0 = eneide_pools(data, ENEIDE, lambda doc: h(doc) % 2 != 0 or doc in used_docs)
    w1, w0, w2 = [], [], []
    for f in WN:
        used = {int(n) for n in re.findall(rf'wikineural-it/{f} sentence=(\d+)', text)}
        pools = wn_pools(f'{data}/wikineural-it/{f}', lambda n: h(str(n)) % 2 != 0 or n in used)
        for pool, more in zip((w1, w0, w2), pools):
            pool.extend((f, n, s) for n, s in more)
    docs = sorted(glob.glob(f'{data}/dadoeval-degasperi/Test_Release/*/*.txt'))
    free = [d for d in docs if os.path.basename(d)[:8].lower() not in low]
    mine = [d for d in free if h(os.path.basename(d)) % 2 == 0]
    dg = []
    for d in mine:
        body = open(d, encoding='utf-8').read()
        for s in sentences(body):
            s = s.strip()
            if 40 <= len(s) <= 420 and BROAD.search(s) and '\n\n' not in s:
                dg.append((os.path.basename(d)[:8], body.find(s), s))
    print(f'# pools: eneide {len(e1)} sentences with a broad word, {len(e0)} without; wikineural val+test history {len(w1)}'
          f' (genre, no broad word {len(w0)}; broad word and a person {len(w2)}); de gasperi unreferenced docs {len(free)},'
          f' ours {len(mine)}, broad sentences {len(dg)}', file=sys.stderr)
    for tag, pool, n, seed in [('e', e1, N_E1, SEED), ('e0', e0, N_E0, SEED + 1)]:
        for f, doc, b, s in first(pool, n, seed):
            print_ref(f'h18-{tag}-{doc[9:-5]}-{b}', f'eneide-amd/{f} doc={doc} chars={b}-{b + len(s)}', s)
    for tag, pool, n, seed in [('w', w1, N_W1, SEED + 2), ('w0', w0, N_W0, SEED + 3), ('wp', w2, N_W2, SEED + 4)]:
        for f, i, s in first(pool, n, seed):
            print_ref(f'h18-{tag}-{f[0]}{i}', f'wikineural-it/{f} sentence={i}', s)
    for name, b, s in first(dg, N_D, SEED + 5):
        print(f'=== h18-d-{name}-{b}\n{s}\n')


if __name__ == '__main__':
    args, at = split_at(sys.argv[1:])
    main(args[0], args[1], at)
