#!/usr/bin/env python3
"""Draws the texts of names dev part K (round 9) by fixed seeds; never runs the system nor looks at its output.

Part J's script (dev/pick_names_j.py) with another residue, other seeds and the current sibling worktrees.

Pool (a), De Gasperi: DaDoEval `Test_Release/same-genre/` and `Test_Release/cross-genre/` files whose file name
(with `.txt`) satisfies int(sha1(name), 16) % 6 == 1 (other engineers draw from residues 4 and 5) and whose id
occurs in no dev-set file (see `used`). Part I's neutral pre-filter: in each file the window of whole sentences of at
most WINDOW characters with the most capitalised non-initial words is its candidate excerpt; the 60 files whose
excerpt has the most such words are shuffled with seed 23 and the first N_FILES are drawn.
Pool (b), the sample's genre (Soviet / Russian / communist-movement history): WikiNEuRal-it `val.conllu`
sentences and ENEIDE AMD train/dev paragraphs matching the keywords of part H or KEYWORDS_20 (dev/names_draw.py), referenced by no dev set
(`val.conllu sentence=N`, `wn-val-N`, `val-N`, `doc=document_N`) and whose text occurs in no dev-set file;
shuffled with seeds 24 (sentences) and 25 (paragraphs); the pool is nearly exhausted, so UD Italian treebank
train/dev sentences (never test) matching the same keywords (`# text =` line), whose sent_id and text occur in no
dev-set file, are drawn too (seed 26).
Dev-set files = every file under extractor-core/src/test/resources of this worktree and of the sibling worktrees
/work/wt-events9, /work/wt-time9, /work/wt-perf7 and /work/main (where they exist), except part K's own files
(gold-k.tsv, texts-k.tsv, sources-k.tsv), so the draw can be repeated after they were committed.
test.conllu and ENEIDE test are held out and never read.
Usage: python3 dev/pick_names_k.py ../shared/data N_FILES N_SENTENCES N_PARAGRAPHS N_UD
  prints `dg` lines (genre/FILE<TAB>year<TAB>chars=B-E<TAB>capitalised-word count) and `wn`/`eneide` reference
  lines (DOC<TAB>reference), then `ud` reference lines
"""
import sys

from names_draw import draw

ROOTS = ['.', '/work/main', '/work/wt-events9', '/work/wt-time9', '/work/wt-perf7']


if __name__ == '__main__':
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    draw('k', 1, (23, 24, 25, 26), ROOTS, *sys.argv[1:])
