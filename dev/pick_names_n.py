#!/usr/bin/env python3
"""Draws the texts of names dev part N (round 12) by fixed seeds; never runs the system nor looks at its output.

Part M's script (dev/pick_names_m.py) with another residue (4), other seeds (35-37), the current sibling worktrees and
one more pool for the sample's genre: Aldo Moro's prose.

Pool (a), De Gasperi: DaDoEval `Test_Release/same-genre/` and `Test_Release/cross-genre/` files whose file name
(with `.txt`) satisfies int(sha1(name), 16) % 6 == 4 (residues 0-3 were used by parts J-M) and whose id occurs in no
dev-set file (see `names_draw.used`). Part I's neutral pre-filter: in each file the window of whole sentences of at
most WINDOW characters with the most capitalised non-initial words is its candidate excerpt; the 60 files whose
excerpt has the most such words are shuffled with seed 35 and the first N_FILES are drawn.
Pool (b1), 20th-century political history close to the sample's genre: WikiNEuRal-it `val.conllu` sentences (never
test) matching the keywords of parts H, K and M, referenced by no dev set and whose text occurs in no dev-set file;
shuffled with seed 36.
Pool (b2), Aldo Moro's prose: KIND `dataset/moro_train.tsv` sentences whose 0-based index satisfies index % 3 == 0
(the time and events engineers drew residues 1 and 2), of 60 to 420 characters (joined by corpus_refs.kind_detok),
with at least two capitalised non-initial words (part I's neutral pre-filter; KIND's silver tags are never read),
referenced by no dev set (`moro_train.tsv sentence=N`) and whose text occurs in no dev-set file; shuffled with seed 37.
Dev-set files = every file under extractor-core/src/test/resources of this worktree and of the sibling worktrees
/work/main, /work/wt-time12 and /work/wt-events13 (where they exist), except part N's own files (gold-n.tsv,
texts-n.tsv, sources-n.tsv), so the draw can be repeated after they were committed.
Usage: python3 dev/pick_names_n.py ../shared/data N_FILES N_SENTENCES N_MORO
  prints `dg` lines (genre/FILE<TAB>year<TAB>chars=B-E<TAB>capitalised-word count), `wn` reference lines and `mo`
  reference lines (DOC<TAB>kind/dataset/moro_train.tsv sentence=N sha256=PREFIX)
"""
import sys

from names_draw import draw, draw_moro
from pick_names_m import _Any

ROOTS = ['.', '/work/main', '/work/wt-time12', '/work/wt-events13']
OWN = {'gold-n.tsv', 'texts-n.tsv', 'sources-n.tsv'}


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    draw('n', 4, (35, 36, 0, 0), ROOTS, sys.argv[1], sys.argv[2], sys.argv[3], 0, 0, keywords=_Any())
    draw_moro(sys.argv[1], sys.argv[4], ROOTS, OWN, 37)
