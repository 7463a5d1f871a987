#!/usr/bin/env python3
"""Draws the texts of names dev part O (session 7) by fixed seeds; never runs the system nor looks at its output.

Part N's script (dev/pick_names_n.py) with the last residue (5), other seeds (38 and 40; 39 reserved for WikiNEuRal,
not drawn) and the current sibling worktrees.

Pool (a), De Gasperi: DaDoEval `Test_Release/same-genre/` and `Test_Release/cross-genre/` files whose file name
(with `.txt`) satisfies int(sha1(name), 16) % 6 == 5 (residues 0-4 were used by parts J-N) and whose id occurs in no
dev-set file (see `names_draw.used`). Part I's neutral pre-filter: in each file the window of whole sentences of at
most WINDOW characters with the most capitalised non-initial words is its candidate excerpt; the 60 files whose
excerpt has the most such words are shuffled with seed 38 and the first N_FILES are drawn.
Pool (b), Aldo Moro's prose: KIND `dataset/moro_train.tsv` sentences whose 0-based index satisfies index % 3 == 0,
of 60 to 420 characters (joined by corpus_refs.kind_detok), with at least two capitalised non-initial words (KIND's
silver tags are never read), referenced by no dev set (`moro_train.tsv sentence=N`: part N's 40 are excluded) and
whose text occurs in no dev-set file; shuffled with seed 40.
Dev-set files = every file under extractor-core/src/test/resources of this worktree and of /work/main and the
sibling worktrees /work/wt-* (where they exist), except part O's own files (gold-o.tsv, texts-o.tsv,
sources-o.tsv), so the draw can be repeated after they were committed.
Usage: python3 dev/pick_names_o.py ../shared/data N_FILES N_MORO
  prints `dg` lines (genre/FILE<TAB>year<TAB>chars=B-E<TAB>capitalised-word count) and `mo` reference lines
  (DOC<TAB>kind/dataset/moro_train.tsv sentence=N sha256=PREFIX)
"""
import sys

from names_draw import draw, draw_moro
from pick_names_m import _Any

ROOTS = ['.', '/work/main', '/work/wt-events12', '/work/wt-events13', '/work/wt-names12', '/work/wt-names13',
         '/work/wt-ner7', '/work/wt-time11', '/work/wt-time12']
OWN = {'gold-o.tsv', 'texts-o.tsv', 'sources-o.tsv'}


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    draw('o', 5, (38, 39, 0, 0), ROOTS, sys.argv[1], sys.argv[2], 0, 0, 0, keywords=_Any())
    draw_moro(sys.argv[1], sys.argv[3], ROOTS, OWN, 40)
