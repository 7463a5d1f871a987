#!/usr/bin/env python3
"""Draws the texts of names dev part R (session 10) by fixed seeds; never runs the system nor looks at its output.

Session 10 splits the unseen pools between the three annotation tasks by h(key) = int(sha1('s10:' + key), 16):
- (a) De Gasperi: DaDoEval `Test_Release/same-genre/` and `cross-genre/` files whose 8-character uuid prefix occurs in
  no git-tracked file of `extractor-core/src/test/`, `dev/`, `docs/`, `models/` or README.md (all names, time and
  events dev sets); all go to names (3 are left). Each file gives part I's window (names_draw.best_window: the run
  of whole sentences of at most 1,300 characters with the most capitalised non-initial words, a neutral pre-filter;
  these files are one long line or shorter than a paragraph, so part Q's whole-paragraph rule finds nothing);
  shuffled with seed 46.
- (b) Aldo Moro's prose: ENEIDE AMD `paragraphs_train.csv` + `paragraphs_dev.csv` documents (key = doc_id) with
  h % 2 == 0 (1 = dates), referenced by no tracked file (`doc=document_N.html`, `am-N`) and whose text occurs in
  none; candidates are whole paragraphs of 150 to 1,200 characters with at least 4 capitalised non-initial words;
  shuffled with seed 47.
- (c) WikiNEuRal-it `test.conllu` sentences (key = 0-based sentence index) with h % 3 == 0 (1 = dates, 2 = events),
  referenced by no tracked file (`test.conllu sentence=N`, `wt-NNNNN`) and whose text occurs in none, selected by
  the keywords of parts H and K (names_draw.KEYWORDS, 20th-century political history); shuffled with seed 48.
The tracked files are read at main 8b80e9d (the session start, before part R existed), so the draw repeats after
part R's files and docs were committed. The a/b split of the drawn items: int(sha1('s10ab:' + DOC), 16) % 2 (0 = R-a, tuned on; 1 = R-b, unseen),
DOC being the De Gasperi file name, the ENEIDE doc_id or the sentence index (printed as the last column).
Usage: python3 dev/pick_names_r.py ../shared/data N_DG N_MORO N_WIKI
  prints `dg` lines (genre/FILE<TAB>year<TAB>chars=B-E<TAB>count<TAB>part), `am` reference lines
  (DOC<TAB>eneide-amd/paragraphs_S.csv doc=D chars=0-N sha256=PREFIX<TAB>date<TAB>part) and `wt` reference lines
  (DOC<TAB>wikineural-it/test.conllu sentence=N sha256=PREFIX<TAB>part)
"""
import csv, hashlib, io, os, random, re, subprocess, sys

from corpus_refs import conllu_rows, detok, sha
from names_draw import KEYWORDS, capitalised_non_initial, dadoeval_windows, dadoeval_years

OWN = {'gold-r.tsv', 'texts-r.tsv', 'sources-r.tsv'}
BASE = '8b80e9d'  # main at the start of session 10


def h(key, salt='s10:'):
    return int(hashlib.sha1((salt + key).encode()).hexdigest(), 16)


def part(key):
    return 'ab'[h(key, 's10ab:') % 2]


def tracked_text(commit=BASE):
    """The text of every file of `commit` (git) under extractor-core/src/test/, dev/, docs/, models/ and README.md,
    part R's own files excepted. The default is the session-start commit, so that the draw repeats after part R's
    references were committed (they name the drawn documents)."""
    def git(*args):
        return subprocess.run(['git'] + list(args), capture_output=True, check=True).stdout
    names = git('ls-tree', '-r', '--name-only', commit).decode('utf-8').split('\n')
    out = []
    for n in names:
        if not n or os.path.basename(n) in OWN or n == 'dev/pick_names_r.py':
            continue
        if n.startswith(('dev/', 'docs/', 'models/', 'extractor-core/src/test/')) or n == 'README.md':
            try:
                out.append(git('show', '%s:%s' % (commit, n)).decode('utf-8'))
            except UnicodeDecodeError:
                pass
    return '\n'.join(out)


def main(root, n_dg, n_moro, n_wiki):
    alltext = tracked_text()
    years = dadoeval_years(root)
    pool, files = dadoeval_windows(root, alltext)
    print('# %d De Gasperi files unreferenced, %d with a candidate window' % (pool, len(files)), file=sys.stderr)
    random.Random(46).shuffle(files)
    for f, b, e, n in files[:int(n_dg)]:
        print('%s\t%s\tchars=%d-%d\t%d\t%s' % (f, years.get(f.split('/')[1], '?'), b, e, n, part(f.split('/')[1])))

    used_docs = set(re.findall(r'doc=(document_\d+\.html)', alltext)) \
        | {'document_%s.html' % m for m in re.findall(r'\bam-(\d+)\b', alltext)}
    paras = []
    for split in ('train', 'dev'):
        raw = open(os.path.join(root, 'eneide-amd', 'paragraphs_%s.csv' % split), encoding='utf-8', newline='').read()
        for row in csv.reader(io.StringIO(raw)):
            if not row or row[0] == 'doc_id' or h(row[0]) % 2 != 0 or row[0] in used_docs or row[2] in alltext:
                continue
            if 150 <= len(row[2]) <= 1200 and capitalised_non_initial(row[2]) >= 4:
                paras.append((split, row[0], row[2], row[3]))
    print('# %d ENEIDE train/dev paragraph candidates' % len(paras), file=sys.stderr)
    random.Random(47).shuffle(paras)
    for split, doc, text, date in paras[:int(n_moro)]:
        print('am-%s\teneide-amd/paragraphs_%s.csv doc=%s chars=0-%d sha256=%s\t%s\t%s'
              % (doc.split('_')[1].split('.')[0], split, doc, len(text.encode('utf-16-le')) // 2, sha(text), date,
                 part(doc)))

    used_sent = {int(m) for m in re.findall(r'test\.conllu\s+sentence=(\d+)', alltext)} \
        | {int(m) for m in re.findall(r'\bwt-(\d{5})\b', alltext)}
    sents = []
    for i, rows in enumerate(conllu_rows(os.path.join(root, 'wikineural-it', 'test.conllu'))):
        if h(str(i)) % 3 != 0 or i in used_sent:
            continue
        text = detok([r[1] for r in rows])
        if KEYWORDS.search(text) and text not in alltext:
            sents.append((i, text))
    print('# %d WikiNEuRal test sentence candidates' % len(sents), file=sys.stderr)
    random.Random(48).shuffle(sents)
    for i, text in sents[:int(n_wiki)]:
        print('wt-%05d\twikineural-it/test.conllu sentence=%d sha256=%s\t%s' % (i, i, sha(text), part(str(i))))


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
