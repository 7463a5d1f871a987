"""How the blind10 documents were drawn (run from the repository root; prints, writes nothing). No system output is
read, the system is never run. Same exclusion logic as dev/pick_time_blind9.py.
DG: DaDoEval Test_Release files (same-genre and cross-genre) whose name satisfies int(sha1(name),16) % 6 == 3 (the
other engineers draw from residues 2 and 0 now), each folder in sorted order shuffled with random.Random(20261126),
interleaved, skipping files whose 8-hex id any dev set mentions or whose text any dev set copies (a 60-character
probe), in this worktree and in the dev sets of /work/wt-names10, /work/wt-events9, /work/wt-names11, /work/wt-events10
and /work/main when they exist; blind9's neutral pre-filter (a sentence holding a date cue and a strong cue: a digit,
a month, a season or a relative-time word). Years from the Gold-test TSVs.
NC: every WikiNEuRal-it val.conllu sentence (never test.conllu) that no dev set references, with a history word, a
1xxx year and a date cue, in the seed order; then those with a 1xxx year and two date cues (any topic); then every
unused ENEIDE AMD train+dev paragraph (never test) of at most 1500 characters with a month, season or year word;
then every UD Italian train/dev sentence (never *test*, not the tweets) with a history word, a 1xxx year and a date
cue. Referenced in corpus-refs.tsv, never copied. Prints one candidate per line with its date-cue count.
At the draw (12:44 on 2026-11-26, main 3ec66b3; wt-names11 and wt-events10 did not exist) 34 residue-3 files are
unused and 16 of them pass the pre-filter: blind10 takes all 16 (23 expressions). The strict WN, EN and UD tiers are
empty, so the relaxed tiers at the end were added: blind10 takes the first 40 WN2 sentences, the first 30 UD2
sentences and the first 3 EN2 paragraphs (111 expressions)."""
import sys
sys.path.insert(0, 'dev')
from pick_time_blind9 import draw

draw('blind10', 3, ('/work/wt-names10', '/work/wt-events9', '/work/wt-names11', '/work/wt-events10', '/work/main'),
     relaxed=True)
