#!/usr/bin/env python3
"""Draws the texts of names dev part S (session 11) by fixed seeds; never runs the system nor looks at its output.

Session 11 shares the unseen pools with the events engineer by h(key) = int(sha1('s11:' + key), 16): names takes
the keys with h % 2 == 1. A key is unused when no text of the session start references it: every file of main
`ea10f09` under extractor-core/src/test/, dev/, docs/, models/ and README.md (read with git, so that the draw repeats
after part S's own files are committed), plus every file under the same folders of the other session-11 worktrees
(/work/wt-*, part S's own worktree excepted; read from disk at the time of the draw, tracked or not).
- (a) De Gasperi: DaDoEval Test_Release files whose 8-character uuid prefix occurs nowhere (pick_names_r's rule);
  part I's window (names_draw.best_window); shuffled with seed 49.
- (b) Aldo Moro's prose: ENEIDE AMD `paragraphs_train.csv`, `paragraphs_dev.csv` and `paragraphs_test.csv` documents
  (key = doc_id) whose 6-digit number occurs in no reference (`document_N`, `am-N`, `en-N`, `h17-e-N`, ...: any
  6-digit number of the texts above counts, a conservative rule) and whose text occurs in none; candidates are whole
  paragraphs of 150 to 1,200 characters with at least 4 capitalised non-initial words (part R's rule); seed 50.
- (c) WikiNEuRal-it `test.conllu` and `val.conllu` sentences (key = str(N), N the 0-based index, as in session 10)
  referenced nowhere (`test.conllu sentence=N`, `wt-NNNNN`; `val.conllu sentence=N`, `val-N`, `wn-val-N`) and whose
  text occurs in none, selected by names_draw.KEYWORDS (parts H, K and R: 20th-century political history); seed 51.
The a/b split of the drawn items: int(sha1('s11ab:' + KEY), 16) % 2 (0 = S-a, 1 = S-b), KEY being the De Gasperi file
name, the ENEIDE doc_id or the WikiNEuRal key above (printed as the last column; dev/names_s_parts.py splits the gold).
Usage: python3 dev/pick_names_s.py ../shared/data N_DG N_MORO N_WIKI
  prints `dg` lines (genre/FILE<TAB>year<TAB>chars=B-E<TAB>count<TAB>part), `am` reference lines
  (DOC<TAB>eneide-amd/paragraphs_S.csv doc=D chars=0-N sha256=PREFIX<TAB>date<TAB>part) and `ws`/`wv` reference lines
  (DOC<TAB>wikineural-it/FILE.conllu sentence=N sha256=PREFIX<TAB>part)
"""
import csv, glob, hashlib, io, os, random, re, sys

from corpus_refs import conllu_rows, detok, sha
from names_draw import KEYWORDS, capitalised_non_initial, dadoeval_windows, dadoeval_years
from pick_names_r import tracked_text

BASE = 'ea10f09'  # main at the start of session 11
OWN = {'gold-s.tsv', 'texts-s.tsv', 'sources-s.tsv', 'pick_names_s.py', 'names_s_parts.py', 'names_s_scores.sh'}
SELF = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))


def h(key, salt='s11:'):
    return int(hashlib.sha1((salt + key).encode()).hexdigest(), 16)


def part(key):
    return 'ab'[h(key, 's11ab:') % 2]


def worktree_text():
    """The text of every file under dev/, docs/, models/, extractor-core/src/test/ and README.md of the other
    /work/wt-* worktrees (part S's own worktree excepted), as they are on disk now."""
    out = []
    for root in sorted(glob.glob('/work/wt-*')):
        if os.path.realpath(root) == SELF:
            continue
        paths = [os.path.join(root, 'README.md')]
        for sub in ('dev', 'docs', 'models', os.path.join('extractor-core', 'src', 'test')):
            for d, _, fs in os.walk(os.path.join(root, sub)):
                paths += [os.path.join(d, f) for f in fs]
        for p in paths:
            if os.path.basename(p) in OWN or not os.path.isfile(p) or os.path.getsize(p) > 50_000_000:
                continue
            try:
                out.append(open(p, encoding='utf-8').read())
            except UnicodeDecodeError:
                pass
    return '\n'.join(out)


def main(root, n_dg, n_moro, n_wiki):
    alltext = tracked_text(BASE) + '\n' + worktree_text()
    years = dadoeval_years(root)
    pool, files = dadoeval_windows(root, alltext, keep=lambda f: h(f) % 2 == 1)
    print('# %d De Gasperi files unreferenced, %d ours with a candidate window' % (pool, len(files)), file=sys.stderr)
    random.Random(49).shuffle(files)
    for f, b, e, n in files[:int(n_dg)]:
        print('%s\t%s\tchars=%d-%d\t%d\t%s' % (f, years.get(f.split('/')[1], '?'), b, e, n, part(f.split('/')[1])))

    used_numbers = set(re.findall(r'(?<!\d)(1\d{5})(?!\d)', alltext))
    paras = []
    for split in ('train', 'dev', 'test'):
        raw = open(os.path.join(root, 'eneide-amd', 'paragraphs_%s.csv' % split), encoding='utf-8', newline='').read()
        for row in csv.reader(io.StringIO(raw)):
            if not row or row[0] == 'doc_id' or h(row[0]) % 2 != 1:
                continue
            number = re.sub(r'\D', '', row[0])
            if number in used_numbers or row[2] in alltext:
                continue
            if 150 <= len(row[2]) <= 1200 and capitalised_non_initial(row[2]) >= 4:
                paras.append((split, row[0], row[2], row[3]))
    print('# %d ENEIDE paragraph candidates' % len(paras), file=sys.stderr)
    random.Random(50).shuffle(paras)
    for split, doc, text, date in paras[:int(n_moro)]:
        print('am-%s\teneide-amd/paragraphs_%s.csv doc=%s chars=0-%d sha256=%s\t%s\t%s'
              % (doc.split('_')[1].split('.')[0], split, doc, len(text.encode('utf-16-le')) // 2, sha(text), date,
                 part(doc)))

    sents = []
    for name, prefix, refs in (('test', 'ws', r'(?:test\.conllu\s+sentence=(\d+)|\bwt-(\d{5})\b)'),
                               ('val', 'wv', r'(?:val\.conllu\s+sentence=(\d+)|\b(?:wn-)?val-0*(\d+)\b)')):
        used = {int(a or b) for a, b in re.findall(refs, alltext)}
        for i, rows in enumerate(conllu_rows(os.path.join(root, 'wikineural-it', name + '.conllu'))):
            key = str(i)
            if h(key) % 2 != 1 or i in used:
                continue
            text = detok([r[1] for r in rows])
            if KEYWORDS.search(text) and text not in alltext:
                sents.append((key, prefix, name, i, text))
    print('# %d WikiNEuRal sentence candidates' % len(sents), file=sys.stderr)
    random.Random(51).shuffle(sents)
    for key, prefix, name, i, text in sents[:int(n_wiki)]:
        print('%s-%05d\twikineural-it/%s.conllu sentence=%d sha256=%s\t%s' % (prefix, i, name, i, sha(text), part(key)))


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
