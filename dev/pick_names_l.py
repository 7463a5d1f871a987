#!/usr/bin/env python3
"""Draws the texts of names dev part L (round 10) by fixed seeds; never runs the system nor looks at its output.

Part K's script (dev/pick_names_k.py) with another residue (2), other seeds (27-30) and the current sibling worktrees.

Pool (a), De Gasperi: DaDoEval `Test_Release/same-genre/` and `Test_Release/cross-genre/` files whose file name
(with `.txt`) satisfies int(sha1(name), 16) % 6 == 2 (other engineers draw from residues 3 and 0) and whose id
occurs in no dev-set file (see `used`). Part I's neutral pre-filter: in each file the window of whole sentences of at
most WINDOW characters with the most capitalised non-initial words is its candidate excerpt; the 60 files whose
excerpt has the most such words are shuffled with seed 27 and the first N_FILES are drawn.
Pool (b), the sample's genre (Soviet / Russian / communist-movement history): WikiNEuRal-it `val.conllu`
sentences and ENEIDE AMD train/dev paragraphs matching the keywords of part H or KEYWORDS_20 (dev/names_draw.py), referenced by no dev set
(`val.conllu sentence=N`, `wn-val-N`, `val-N`, `doc=document_N`) and whose text occurs in no dev-set file;
shuffled with seeds 28 (sentences) and 29 (paragraphs); the pool is nearly exhausted, so UD Italian treebank
train/dev sentences (never test) matching the same keywords (`# text =` line), whose sent_id and text occur in no
dev-set file, are drawn too (seed 30).
Dev-set files = every file under extractor-core/src/test/resources of this worktree and of the sibling worktrees
/work/main, /work/wt-events10, /work/wt-time10, /work/wt-events9, /work/wt-time9, /work/wt-perf7 and /work/wt-names10
(where they exist), except part L's own files (gold-l.tsv, texts-l.tsv, sources-l.tsv), so the draw can be repeated after they were committed.
test.conllu and ENEIDE test are held out and never read.
Usage: python3 dev/pick_names_l.py ../shared/data N_FILES N_SENTENCES N_PARAGRAPHS N_UD
  prints `dg` lines (genre/FILE<TAB>year<TAB>chars=B-E<TAB>capitalised-word count) and `wn`/`eneide` reference
  lines (DOC<TAB>reference), then `ud` reference lines
"""
import sys

from names_draw import draw

ROOTS = ['.', '/work/main', '/work/wt-events10', '/work/wt-time10', '/work/wt-events9', '/work/wt-time9',
         '/work/wt-perf7', '/work/wt-names10']


if __name__ == '__main__':
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    draw('l', 2, (27, 28, 29, 30), ROOTS, *sys.argv[1:])
