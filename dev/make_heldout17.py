#!/usr/bin/env python3
"""Draws the candidate excerpts of the seventeenth held-out event set (seeds 1717-1721, blind to the extractor's output).

Session 10's events pools (disjoint from the names and dates pools of the session by the salted hash below):
  h(key) = int(sha1(('s10:' + key).encode()).hexdigest(), 16)
  E: ENEIDE AMD (Aldo Moro) paragraphs_test.csv documents with h(doc_id) % 2 == 1 that no file of the repository
     (any tracked file: dev sets, dev scripts, docs, tests) nor any dev-set file of the other roots references;
     their sentences of 40-420 characters with a BROAD word (E1) and, for precision, some with none (E0);
  W: WikiNEuRal-it test.conllu sentences with h(str(index)) % 3 == 2 referenced nowhere, with a BROAD word and a
     GENRE or HISTORY word and no NOT_GENRE word (W1), some GENRE sentences with no BROAD word (W0, precision), and
     sentences with a BROAD word and a token the corpus tags B-PER, no GENRE/HISTORY/NOT_GENRE word (W2, persons; the
     tag only selects, no label is copied);
  P: UD_Italian-ParlaMint train and test sentences (key = sent_id) referenced nowhere, with a BROAD word.
BROAD, GENRE, NOT_GENRE (make_heldout9.py) and HISTORY (make_heldout10.py) are the lists of sets 9-16, imported
unchanged; the ENEIDE and WikiNEuRal pools are heldout_common's, the printing and --at make_heldout16's. Each pool
is sorted, shuffled with its own seed and its first N items are taken (make_heldout9.first).
The text is NonCommercial (CC BY-NC-SA): it is printed as a reference line followed by a '#| ' comment with the text
for the annotator; the comments are removed before the file is committed. The extractor is never run here. Usage:
  cd dev && python3 make_heldout17.py ../../shared/data .. [--at COMMIT] > /tmp/candidates17.txt
--at COMMIT reads the repository's tracked files as they were at that commit (the draw was made on main 8b80e9d with
/work/wt-names17, /work/wt-time15 and /work/wt-docdates as other roots; `--at 8b80e9d` reproduces it as long as
the other roots add no reference to its items).
"""
import csv, glob, hashlib, io, os, re, subprocess, sys

from heldout_common import eneide_pools, wn_pools
from make_heldout9 import BROAD, first
from make_heldout11 import ud_sentences
from make_heldout16 import print_ref, split_at

SEED = 1717
N_E1, N_E0, N_W1, N_W0, N_W2, N_P = 40, 8, 90, 6, 30, 40
SKIP = 'heldout17-mixed.txt'
OTHER_ROOTS = ['/work/wt-names17', '/work/wt-time15', '/work/wt-docdates']
DEVSET = 'extractor-core/src/test/resources/devset/'
PARLAMINT = ['UD_Italian-ParlaMint/it_parlamint-ud-train.conllu', 'UD_Italian-ParlaMint/it_parlamint-ud-test.conllu']


def h(key):
    return int(hashlib.sha1(('s10:' + key).encode()).hexdigest(), 16)


def norm(sid):
    """A ParlaMint sentence id in one spelling (the names sets write ud-ParlaMint-IT-2020-03-11-LEG18-Sed-200-88)."""
    return re.sub(r'[_-]', '-', sid)


def repo_text(repo, commit=None):
    """The text of every tracked file of repo (at commit, if given) and of the dev-set files of the other roots."""
    if commit:
        names = subprocess.run(['git', 'ls-tree', '-r', '--name-only', commit], cwd=repo, capture_output=True,
                               text=True, check=True).stdout.split('\n')
    else:
        names = subprocess.run(['git', 'ls-files'], cwd=repo, capture_output=True, text=True,
                               check=True).stdout.split('\n')
    out = []
    for n in names:
        if not n or n.endswith(SKIP) or n.endswith('make_heldout17.py') or n.endswith('.jar'):
            continue
        if commit:
            out.append(subprocess.run(['git', 'show', f'{commit}:{n}'], cwd=repo, capture_output=True,
                                      check=True).stdout.decode('utf-8', 'replace'))
        elif os.path.isfile(os.path.join(repo, n)):
            out.append(open(os.path.join(repo, n), encoding='utf-8', errors='replace').read())
    for root in OTHER_ROOTS:
        for path in glob.glob(f'{root}/{DEVSET}**/*', recursive=True):
            if os.path.isfile(path) and not path.endswith(SKIP):
                out.append(open(path, encoding='utf-8', errors='replace').read())
    return '\n'.join(out)


def main(data, repo, commit=None):
    text = repo_text(repo, commit)
    used_docs = set(re.findall(r'document_\d+\.html', text))
    used_wn = {int(n) for n in re.findall(r'wikineural-it/test\.conllu sentence=(\d+)', text)}
    used_sids = {norm(m) for m in re.findall(r'ParlaMint-IT[\w-]+', text)}
    e1, e0 = eneide_pools(data, ['paragraphs_test.csv'], lambda doc: h(doc) % 2 != 1 or doc in used_docs)
    e1, e0 = [(doc, b, s) for _, doc, b, s in e1], [(doc, b, s) for _, doc, b, s in e0]
    raw = open(f'{data}/eneide-amd/paragraphs_test.csv', encoding='utf-8', newline='').read()
    w1, w0, w2 = wn_pools(f'{data}/wikineural-it/test.conllu', lambda n: h(str(n)) % 3 != 2 or n in used_wn)
    pm = []
    for f in PARLAMINT:
        for sid, s in ud_sentences(f'{data}/{f}'):
            if norm(sid) not in used_sids and 40 <= len(s) <= 420 and BROAD.search(s):
                pm.append((f, sid, s))
    print(f'# pools: eneide test events docs {sum(1 for r in csv.reader(io.StringIO(raw)) if r and r[0] != "doc_id" and h(r[0]) % 2 == 1)}'
          f' (sentences with a broad word {len(e1)}, without {len(e0)}); wikineural test {len(w1)} '
          f'(genre, no broad word {len(w0)}; broad word and a person {len(w2)}); parlamint {len(pm)}', file=sys.stderr)
    for tag, pool, n, seed in [('e', e1, N_E1, SEED), ('e0', e0, N_E0, SEED + 1)]:
        for doc, b, s in first(pool, n, seed):
            print_ref(f'h17-{tag}-{doc[9:-5]}-{b}',
                      f'eneide-amd/paragraphs_test.csv doc={doc} chars={b}-{b + len(s)}', s)
    for tag, pool, n, seed in [('w', w1, N_W1, SEED + 2), ('w0', w0, N_W0, SEED + 3), ('wp', w2, N_W2, SEED + 5)]:
        for i, s in first(pool, n, seed):
            print_ref(f'h17-{tag}-{i}', f'wikineural-it/test.conllu sentence={i}', s)
    for f, sid, s in first(pm, N_P, SEED + 4):
        print_ref(f'h17-p-{sid[13:]}', f'{f} sent_id={sid}', s)


if __name__ == '__main__':
    args, at = split_at(sys.argv[1:])
    main(args[0], args[1], at)
