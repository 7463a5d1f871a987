#!/usr/bin/env python3
"""Draws the texts of names dev part P (session 8) by fixed seeds; never runs the system nor looks at its output.

Pool (a), De Gasperi: the session-8 unseen pool. Of the 72 DaDoEval `Test_Release/same-genre/` and
`Test_Release/cross-genre/` files whose 8-character uuid prefix occurs in no file of
`git ls-files extractor-core/src/test dev docs models README.md` (nor under the dev-set folders of the sibling
worktrees below), the names engineer's share is the files whose name (with `.txt`) satisfies
int(sha1('s8:' + name), 16) % 3 == 0 (1 = dates, 2 = events). In each file part I's neutral pre-filter picks the
window of whole sentences of at most WINDOW characters with the most capitalised non-initial words (most files are
shorter than the window: the whole file); files with no such word are left out; the rest are shuffled with seed 41
and the first N_FILES are drawn (the others are left for a later draw).
Pool (b), Aldo Moro's prose: KIND `dataset/moro_test.tsv` (used by no dev set before this part) sentences whose
0-based index satisfies index % 3 == 0 (1 = dates, 2 = events), of 60 to 420 characters (joined by
corpus_refs.kind_detok), with at least two capitalised non-initial words (KIND's silver tags are never read),
referenced by no dev set and whose text occurs in no dev-set file; shuffled with seed 42; the first N_MORO are drawn.
Pool (c), persons in the sample's genre: WikiNEuRal-it `test.conllu` sentences (val is nearly exhausted) matching
the keywords of parts H, K and M, with at least one silver B-PER tag (the silver tags only choose sentences, as part
G's draw; they are never used as annotation), referenced by no dev set (`test.conllu sentence=N`) and whose text
occurs in no dev-set file; shuffled with seed 43; the first N_WIKI are drawn; off-genre sentences (sport, film,
music, ...) are dropped before annotation.
Dev-set files = every file under extractor-core/src/test/resources of this worktree, /work/main and the sibling
worktrees of session 8 (where they exist), except part P's own files (gold-p.tsv, texts-p.tsv, sources-p.tsv), so
the draw can be repeated after they were committed; the git-tracked files of this worktree are read at draw time too.
Usage: python3 dev/pick_names_p.py ../shared/data N_FILES N_MORO N_WIKI
  prints `dg` lines (genre/FILE<TAB>year<TAB>chars=B-E<TAB>capitalised-word count), `mt` reference lines
  (DOC<TAB>kind/dataset/moro_test.tsv sentence=N sha256=PREFIX) and `wt` reference lines
  (DOC<TAB>wikineural-it/test.conllu sentence=N sha256=PREFIX)
"""
import hashlib, os, random, re, subprocess, sys

from corpus_refs import conllu_rows, detok, sha
from names_draw import KEYWORDS, dadoeval_windows, dadoeval_years, draw_moro, used
from pick_names_m import KEYWORDS_M

ROOTS = ['.', '/work/main', '/work/wt-names15', '/work/wt-time13', '/work/wt-events14', '/work/wt-args1']
OWN = {'gold-p.tsv', 'texts-p.tsv', 'sources-p.tsv'}
TRACKED = ['extractor-core/src/test', 'dev', 'docs', 'models', 'README.md']


def tracked_text():
    """The text of every git-tracked file under TRACKED (binary files skipped), part P's own files excepted."""
    names = subprocess.run(['git', 'ls-files'] + TRACKED, capture_output=True, text=True, check=True).stdout.split()
    out = []
    for n in names:
        if os.path.basename(n) in OWN:
            continue
        try:
            out.append(open(n, encoding='utf-8').read())
        except (UnicodeDecodeError, IsADirectoryError, FileNotFoundError):
            continue
    return '\n'.join(out)


def residue(name):
    return int(hashlib.sha1(('s8:' + name).encode()).hexdigest(), 16) % 3


def draw_files(root, n_files, seed):
    _, _, alltext = used(OWN, ROOTS)
    alltext += '\n' + tracked_text()
    years = dadoeval_years(root)
    unseen, files = dadoeval_windows(root, alltext, lambda f: residue(f) == 0)
    print('# %d unseen De Gasperi files, %d in the names residue with a capitalised word' % (unseen, len(files)),
          file=sys.stderr)
    random.Random(seed).shuffle(files)
    for f, b, e, n in files[:int(n_files)]:
        print('%s\t%s\tchars=%d-%d\t%d' % (f, years.get(f.split('/')[1], '?'), b, e, n))


def draw_wiki(root, n, seed):
    _, _, alltext = used(OWN, ROOTS)
    alltext += '\n' + tracked_text()
    refs = {int(m) for m in re.findall(r'test\.conllu\s+sentence=(\d+)', alltext)}
    pool = []
    for i, rows in enumerate(conllu_rows(os.path.join(root, 'wikineural-it', 'test.conllu'))):
        text = detok([r[1] for r in rows])
        if i in refs or text in alltext or not any(r[-1] == 'B-PER' for r in rows):
            continue
        if KEYWORDS.search(text) or KEYWORDS_M.search(text):
            pool.append((i, text))
    random.Random(seed).shuffle(pool)
    print('# %d WikiNEuRal test candidates' % len(pool), file=sys.stderr)
    for i, text in pool[:int(n)]:
        print('wt-%05d\twikineural-it/test.conllu sentence=%d sha256=%s' % (i, i, sha(text)))


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    draw_files(sys.argv[1], sys.argv[2], 41)
    draw_moro(sys.argv[1], sys.argv[3], ROOTS, OWN, 42, corpus='kind/dataset/moro_test.tsv', prefix='mt')
    draw_wiki(sys.argv[1], sys.argv[4], 43)
