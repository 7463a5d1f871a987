"""How the blind19 items were drawn (run from the repository root; prints, writes nothing). No system output is read,
the system is never run. A copy of dev/pick_time_blind18.py (its code now in dev/time_whole_draw.py, session 25) with START = main fcc16f66 (session 23) and a third tier.

Session 23: a fresh unseen dates set on WHOLE documents, the successor of blind18 (same pool, same seed order).
"Named" = the 8-hex prefix of a DaDoEval file occurs in a file tracked at START (read from git so that a re-run after
committing blind19 reproduces the draw; this draw's own files, `*blind19*`, skipped) or in a file of another worktree
(/work/wt-* except this one; .git and target/ skipped).
- DG (part `dg-`): DaDoEval Test_Release files (same-genre and cross-genre, both interleaved in time_draw's seed order).
  Only 20 of the 649 files are named by no dev-set file (extractor-core/src/test/resources/devset/**); all 20 are named
  by docs/time.md (blind13 read them: no date in any) and 19 of them duplicate or are copied into a dates file, so a pool
  of files no dev set names cannot give a dates set. The exclusions are therefore blind18's, by stage: out are
  the files named by a DATES file (devset/time/ including years.tsv, corpus-refs.tsv and blind18, docs/time*.md,
  dev/pick_time*, dev/make_time*, dev/time_*) unless no dev-set file names them, then those whose text a dates file
  copies (60-character probes of every sentence) or that duplicate a file a dates file names (200-character probes of
  normalised letters and digits). Left: blind18's pool minus its 150, 141 files, tiered `none` (named by no dev-set
  file: 1), `events` (named by an events file: 117; their excerpts and event dates were read by the events engineers,
  the date rules were never written on them) and `names` (named only by names parts: 23). Each is taken WHOLE, in the
  seed order (no filter on its dates); the first DG_N (default 90, fixed before any document was read from an estimate
  of about 150 expressions) are blind19's documents; document date = the DaDoEval gold year (appended to years.tsv).
  Referenced as `dadoeval-degasperi/Test_Release/GENRE/FILE sha256=PREFIX` (corpus-refs.tsv), never copied.
- WN (part `wn-`): WikiNEuRal-it val.conllu and test.conllu sentences named by no file tracked at START (sibling
  worktrees are not read for this part: the draw shuffles the unnamed indices, so any new name elsewhere reshuffles it;
  none of the 30 is named by a sibling at the draw; `val.conllu sentence=N`,
  `wn-val-N`, `hNN-val-N`, `hNN-per-val-N` and the same for test; blind18's are thus out) and not copied, detokenised
  with corpus_refs.detok, with a 1xxx year, a date cue and a history/politics word (pick_time_blind15.HIST), the two
  files interleaved in the seed order; the first WN_N (default 30).
`--text` prints every text (for the annotator; never committed).
Split (dev/time_blind19_parts.py): int(sha1('s23ab:' + key), 16) % 2, 0 -> a, 1 -> b (key = the DaDoEval file name or
`val:N` / `test:N`).
"""
import sys
sys.path.insert(0, 'dev')
from time_whole_draw import main

if __name__ == '__main__':
    main('fcc16f66', 'blind19', 90, 30)
