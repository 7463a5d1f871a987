"""How the blind13 documents were drawn (run from the repository root; prints, writes nothing). No system output is
read, the system is never run.

DG: the DaDoEval Test_Release files (same-genre and cross-genre) whose 8-character uuid prefix occurs in no file that
`git ls-files extractor-core/src/test dev docs models README.md` listed at this branch's start (commit START below,
read from git so that a re-run after committing blind13 reproduces the draw), split as the lead split them for this
session: int(sha1('s8:' + name), 16) % 3 (0 names, 1 dates, 2 events); blind13 takes residue 1, both genres
interleaved in the seed order (time_draw.SEED), also skipping ids and texts of the dev sets of /work/main and the
sibling worktrees (/work/wt-names15, /work/wt-events14, /work/wt-args1, this worktree minus blind13's own files). Every
file is printed with its count of date cues: 23 unused files, none with a sentence holding a date cue and a strong cue
(time_draw.excerpt), one with a cue at all ("la fine del mese", e87897d3). Reading the 23 files for digits and deictic
words found one more date ("ove sarò il 12", 54ef6cd0) and one file with numbers that are no dates (342463af: "22
volumi", "p. 2"); blind13 takes these three, each excerpt being the sentences that hold a date cue or a digit
(time_draw.split; written to texts/dg-ID.txt, blank-line separated). Years from the Gold-test TSVs.
KM: Aldo Moro prose of KIND dataset/moro_test.tsv (no dev set used it before this session), 0-based sentence index
% 3 == 1 only, unreferenced by any dev set, in the seed order (kind_detok; referenced in corpus-refs.tsv, never
copied); tier 1: a 1xxx year or a month and a date cue (24 sentences); tier 2: no year and no month, a date cue and a
strong cue (23). The two preceding sentences of each (any residue: context only, never annotated) are referenced too
(DOC-c1, DOC-c2), so the evaluator can also score each sentence after its context.
WN: WikiNEuRal-it sentences unreferenced by any dev set, in the seed order: tier 1, val.conllu then test.conllu, a
history word, a 1xxx year and two date cues (2 + 33 sentences); tier 2, test.conllu, the first 40 with a 1xxx year and
two date cues and no history word.
At the draw (17:50-18:00 on 2026-11-26, main 2fe1a5a; /work/wt-names15, /work/wt-events14, /work/wt-args1 present)
blind13 takes the 3 DG files, all 24 + 23 KM sentences, all 35 WN1 sentences and the first 14 WN2 sentences (132
expressions). Printed: DG lines (genre, id, gold year, excerpt sentences, cues), then the KM and WN candidates with
their SHA-256 prefix and text (KM: also the indices and SHA-256 prefixes of the two context sentences). The KM and
WN loops are time_draw.unreferenced."""
import os, re, random, hashlib, subprocess, sys
sys.path.insert(0, 'dev')
from corpus_refs import conllu, detok, kind_sentences, kind_detok
from time_draw import SEED, DATA, DG, MON, cue, strong, excerpt, Exclusions, gold_years, unreferenced

START = '2fe1a5a'  # this worktree's start (main at 17:45 on 2026-11-26)
ex = Exclusions(['.', '/work/main', '/work/wt-names15', '/work/wt-events14', '/work/wt-args1'],
                'extractor-core/src/test/resources/devset/time/blind13*.tsv')
seen = set(re.findall(r'[0-9a-f]{8}', subprocess.run(
    ['git', 'grep', '-h', '-o', '-I', '-E', '[0-9a-f]{8}', START, '--', 'extractor-core/src/test', 'dev', 'docs',
     'models', 'README.md'], capture_output=True, text=True, check=True).stdout))
gold = gold_years()


def residue(name):
    return int(hashlib.sha1(('s8:' + name).encode()).hexdigest(), 16) % 3


lists = []
for g in ('same-genre', 'cross-genre'):
    d = DG + 'Test_Release/' + g + '/'
    fs = sorted(f for f in os.listdir(d) if f[:8] not in seen and residue(f) == 1)
    random.Random(SEED).shuffle(fs)
    lists.append([(g, d, f) for f in fs])
n = min(map(len, lists))
pool = [x for pair in zip(*lists) for x in pair] + [x for l in lists for x in l[n:]]
print('# DG unused files of the dates residue:', len(pool))
for g, d, f in pool:
    if f[:8] in ex.used:
        print('# DG', f[:8], 'used by a sibling dev set')
        continue
    t = open(d + f, encoding='utf-8').read()
    if ex.copied(t):
        continue
    print('DG', g, f[:8], gold[f], 'excerpt sentences', len(excerpt(t)), 'cues', len(cue.findall(t)))

dated = re.compile(r'\b1\d\d\d\b|(?<![\w])' + MON + r'(?![\w])', re.I)
year = re.compile(r'\b1\d\d\d\b')
history = re.compile(r'(?<![\w])(?:guerra|battaglia|re|regno|impero|imperatore|trattato|rivoluzione|elezioni|partito|'
                     r'governo|papa|repubblica|esercito|assedio|dinastia|sovrano|principe|duca|conte|congresso|'
                     r'parlamento|ministro|presidente|colpo di stato|occupazione|indipendenza|unificazione)(?![\w])',
                     re.I)


def km(limit, tier):
    K = kind_sentences(DATA + 'kind/dataset/moro_test.tsv')
    for i, ref, t in unreferenced(
            [i for i in range(len(K)) if i % 3 == 1], lambda i: f'kind/dataset/moro_test.tsv sentence={i}',
            lambda i: kind_detok(K[i]), ex,
            lambda t: (tier == 1 and dated.search(t) and cue.search(t)) or (
                tier == 2 and not dated.search(t) and cue.search(t) and strong.search(t)), limit):
        ctx = ' | '.join(f'{j} {hashlib.sha256(kind_detok(K[j]).encode()).hexdigest()[:16]}'
                         for j in (i - 2, i - 1) if j >= 0)
        print('KM' + str(tier), ref, hashlib.sha256(t.encode()).hexdigest()[:16], 'context', ctx, '::', t)


def wn(path, limit, tier=1):
    S = conllu(DATA + path)
    for i, ref, t in unreferenced(
            range(len(S)), lambda i: f'{path} sentence={i}', lambda i: detok(S[i]), ex,
            lambda t: (tier == 1 or not history.search(t)) and (history.search(t) or tier == 2) and year.search(t)
            and len(cue.findall(t)) >= 2, limit):
        print('WN' + str(tier), ref, hashlib.sha256(t.encode()).hexdigest()[:16], '::', t)

km(1000, 1)
km(1000, 2)
wn('wikineural-it/val.conllu', 1000)
wn('wikineural-it/test.conllu', 1000)
wn('wikineural-it/test.conllu', 40, 2)
