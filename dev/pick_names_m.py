#!/usr/bin/env python3
"""Draws the texts of names dev part M (round 11) by fixed seeds; never runs the system nor looks at its output.

Part L's script (dev/pick_names_l.py) with another residue (3), other seeds (31-34), the current sibling worktrees
and broader keywords for the sample's genre.

Pool (a), De Gasperi: DaDoEval `Test_Release/same-genre/` and `Test_Release/cross-genre/` files whose file name
(with `.txt`) satisfies int(sha1(name), 16) % 6 == 3 (residues 0-2 were used by parts J-L; the other engineers draw
from other residues now) and whose id occurs in no dev-set file (see `names_draw.used`). Part I's neutral
pre-filter: in each file the window of whole sentences of at most WINDOW characters with the most capitalised
non-initial words is its candidate excerpt; the 60 files whose excerpt has the most such words are shuffled with
seed 31 and the first N_FILES are drawn.
Pool (b), 20th-century political history close to the sample's genre: WikiNEuRal-it `val.conllu` sentences (never
test) matching the keywords of parts H and K or KEYWORDS_M below (European wars, parties, governments, revolutions:
the Soviet keywords are used up), referenced by no dev set (`val.conllu sentence=N`, `wn-val-N`, `val-N`) and whose
text occurs in no dev-set file; shuffled with seed 32. No ENEIDE or UD sentence is drawn (N_PARAGRAPHS = N_UD = 0
in the usage below; seeds 33 and 34 are reserved for them).
Dev-set files = every file under extractor-core/src/test/resources of this worktree and of the sibling worktrees
/work/main, /work/wt-time11, /work/wt-events12 and /work/wt-ner7 (where they exist), except part M's own files
(gold-m.tsv, texts-m.tsv, sources-m.tsv), so the draw can be repeated after they were committed.
Usage: python3 dev/pick_names_m.py ../shared/data N_FILES N_SENTENCES
  prints `dg` lines (genre/FILE<TAB>year<TAB>chars=B-E<TAB>capitalised-word count) and `wn` reference lines
"""
import re
import sys

from names_draw import KEYWORDS as KEYWORDS_HK, draw

ROOTS = ['.', '/work/main', '/work/wt-time11', '/work/wt-events12', '/work/wt-ner7']

KEYWORDS_M = re.compile(r"(guerra|partito|governo|rivoluzion|parlament|elezion|ministro|dittatu|monarchi|repubblic|"
                        r"armistizio|trattato|esercito|colpo di stato|occupazione|Reich|Wehrmacht|Churchill|Roosevelt|"
                        r"de Gaulle|Franco\b|Salazar|Weimar|Vichy|Bismarck|Asburgo|Napoleone)", re.I)


class _Any:
    """Matches when the keywords of parts H and K or KEYWORDS_M match."""

    @staticmethod
    def search(text):
        return KEYWORDS_HK.search(text) or KEYWORDS_M.search(text)


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    draw('m', 3, (31, 32, 33, 34), ROOTS, *sys.argv[1:], 0, 0, keywords=_Any())
