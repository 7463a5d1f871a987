"""How the blind20 items were drawn (run from the repository root; prints, writes nothing). No system output is read,
the system is never run. The code of dev/pick_time_blind19.py (dev/time_whole_draw.py) with START = main 45c0dbe9
(session 25); its own files are `*blind20*`.

Session 25: a fresh unseen dates set on WHOLE documents, the successor of blind19 (same pool, same seed order, same
exclusions by stage; blind19's files are now named by dates files and so are out). "Named" = the 8-hex prefix of a
DaDoEval file occurs in a file tracked at START (read from git so that a re-run after committing blind20 reproduces
the draw) or in a file of another worktree (/work/wt-* except this one; .git and target/ skipped).
- DG (part `dg-`): DaDoEval Test_Release files (same-genre and cross-genre, interleaved in time_draw's seed order) not
  named by a DATES file (devset/time/ including years.tsv, corpus-refs.tsv, blind18 and blind19, docs/time*.md,
  dev/pick_time*, dev/make_time*, dev/time_*) unless no dev-set file names them, then not copied into a dates file
  (60-character probes of every sentence) and not duplicating a file a dates file names (200-character probes of
  normalised letters and digits); tiers `none` / `events` / `names` as in blind19. ALL of the pool is taken (DG_N
  default 200: the pool, about 51 files, is smaller), each document WHOLE; document date = the DaDoEval gold year.
  Referenced as `dadoeval-degasperi/Test_Release/GENRE/FILE sha256=PREFIX` (corpus-refs.tsv), never copied.
- WN (part `wn-`): WikiNEuRal-it val.conllu and test.conllu sentences named by no file tracked at START (blind18's and
  blind19's are thus out; sibling worktrees are checked after the draw, not read by it, as in blind19), not copied,
  with a 1xxx year, a date cue and a history/politics word, interleaved in the seed order; the first WN_N (default 40),
  a top-up because the DG pool alone gives fewer than 150 expressions.
`--text` prints every text (for the annotator; never committed).
Split (dev/time_blind20_parts.py): int(sha1('s25t:' + key), 16) % 2, 0 -> a, 1 -> b (key = the DaDoEval file name or
`val:N` / `test:N`).
"""
import sys
sys.path.insert(0, 'dev')
from time_whole_draw import main

if __name__ == '__main__':
    main('45c0dbe9', 'blind20', 200, 40)
