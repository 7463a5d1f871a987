"""How the blind14 documents were drawn (run from the repository root; prints, writes nothing unless --write). No system
output is read, the system is never run.

The lead's cross-task split of this session (names16 / time14 / events16 / args2):
"referenced by task T" = the 8-character uuid prefix of a DaDoEval Test_Release file occurs in a file under
extractor-core/src/test/resources/devset/T/ of `git ls-files` at START (read from git, so a re-run after committing
blind14 reproduces the draw); "other" = it occurs in dev/, docs/, models/, a README.md or any other test file (such files
are excluded from every pool). Residue: int(sha1(('s9:' + name).encode()).hexdigest(), 16) % 2, name = the file name
with `.txt`.
DG (dates pool): the files referenced ONLY by events dev sets with residue 1. Also left out at draw time: every id that
the devset folders of the sibling worktrees (/work/wt-names16, /work/wt-events16, /work/wt-args2; this worktree adds
only blind14 itself) reference and START does not (a reference added in this session). Both genres interleaved in the
seed order (time_draw.SEED). Each file is split into sentences (time_draw.split); its "paragraphs" (DaDoEval lost the
paragraph breaks) are the runs of consecutive sentences holding a date cue and a strong cue (time_draw.excerpt's
filter), each with the sentence before it as context (runs that touch are merged); the excerpt of a file is its first
PARAS (2) such paragraphs, written to texts/dg-ID.txt separated by a blank line (--write). Every file of the pool with
such a paragraph is taken (82 of 134 at the draw). Sizes looked at before choosing (text only, no system output): 1
paragraph a file 41 KB and about 150 strong date cues, too few expressions for the 100 asked; 2 paragraphs 69 KB
(chosen: 156 expressions); 3 paragraphs 87 KB.
KM: KIND dataset/moro_test.tsv sentences, 0-based index % 3 == 1, referenced by no dev set, seed order (kind_detok;
referenced in corpus-refs.tsv, never copied): a 1xxx year or a month and a date cue (none is left: blind13 took them all).
WN: WikiNEuRal-it val.conllu then test.conllu sentences, 0-based index % 3 == 1, referenced by no dev set, seed order:
a 1xxx year and two date cues; the first 15 of val, then the first 10 of test.
At the draw (23:20-23:32 on 2026-11-26, main 87a7ec7, the three sibling worktrees at 87a7ec7 with no new reference)
the pool held 134 files (116 same-genre, 18 cross-genre), 82 with a date-bearing sentence.
Printed: DG lines (genre, id, gold year, paragraphs, cues), then the KM and WN candidates with their SHA-256 prefix and
text. The KM and WN loops are time_draw.unreferenced."""
import os, re, random, hashlib, subprocess, sys
sys.path.insert(0, 'dev')
from corpus_refs import conllu, detok, kind_sentences, kind_detok
from time_draw import SEED, DATA, DG, MON, cue, Exclusions, gold_years, unreferenced, paragraphs

START = '87a7ec7'  # this worktree's start (main at 23:20 on 2026-11-26)
PARAS = int(os.environ.get('PARAS', '2'))
DG_FILES = int(os.environ.get('DG_FILES', '1000'))
DEVSET = 'extractor-core/src/test/resources/devset/'
SIBLINGS = ['/work/wt-names16', '/work/wt-events16', '/work/wt-args2']  # this worktree adds only blind14 itself
OWN = DEVSET + 'time/blind14'
ID = re.compile(r'[0-9a-f]{8}')


def git(*args):
    return subprocess.run(['git'] + list(args), capture_output=True, text=True, check=True).stdout


def refs_at_start():
    """task -> set of 8-hex ids referenced at START; 'other' for the files outside the three devset folders."""
    refs = {'names': set(), 'time': set(), 'events': set(), 'other': set()}
    for path in git('ls-tree', '-r', '--name-only', START).splitlines():
        if path.startswith(DEVSET):
            task = path[len(DEVSET):].split('/')[0]
            task = task if task in refs else 'other'
        elif path.startswith(('dev/', 'docs/', 'models/')) or os.path.basename(path) == 'README.md' or '/src/test/' in path:
            task = 'other'
        else:
            continue
        text = subprocess.run(['git', 'show', f'{START}:{path}'], capture_output=True).stdout.decode('utf-8', 'ignore')
        refs[task] |= set(ID.findall(text)) | set(ID.findall(os.path.basename(path)))
    return refs


def added_in_session(start_ids):
    """Ids the sibling worktrees' devset folders reference now that START did not."""
    new = set()
    for root in SIBLINGS:
        d = os.path.join(root, DEVSET)
        if not os.path.isdir(d):
            continue
        for dirpath, _, files in os.walk(d):
            for f in files:
                p = os.path.join(dirpath, f)
                text = open(p, encoding='utf-8', errors='ignore').read()
                new |= (set(ID.findall(text)) | set(ID.findall(f))) - start_ids
    return new


def residue(name):
    return int(hashlib.sha1(('s9:' + name).encode()).hexdigest(), 16) % 2


refs = refs_at_start()
all_start = set().union(*refs.values())
added = added_in_session(all_start)
gold = gold_years()
lists = []
for g in ('same-genre', 'cross-genre'):
    d = DG + 'Test_Release/' + g + '/'
    fs = sorted(f for f in os.listdir(d) if f[:8] in refs['events'] and f[:8] not in refs['names']
                and f[:8] not in refs['time'] and f[:8] not in refs['other'] and residue(f) == 1)
    random.Random(SEED).shuffle(fs)
    lists.append([(g, d, f) for f in fs])
n = min(map(len, lists))
pool = [x for pair in zip(*lists) for x in pair] + [x for l in lists for x in l[n:]]
print('# DG dates pool (events-only, s9 residue 1):', len(pool), 'files;', len(lists[0]), 'same-genre,',
      len(lists[1]), 'cross-genre; ids added by sibling dev sets this session:', len(added))
taken = 0
write = '--write' in sys.argv
for g, d, f in pool:
    if f[:8] in added:
        print('# DG', f[:8], 'referenced by a sibling dev set this session')
        continue
    t = open(d + f, encoding='utf-8').read()
    ps = paragraphs(t)
    if not ps:
        print('# DG', g, f[:8], gold[f], 'no date-bearing sentence')
        continue
    taken += 1
    chosen = ps[:PARAS]
    print('DG', g, f[:8], gold[f], 'paragraphs', len(ps), 'taken', len(chosen), 'cues',
          sum(len(cue.findall(p)) for p in chosen))
    if write:
        with open(DEVSET + f'time/texts/dg-{f[:8]}.txt', 'w', encoding='utf-8') as out:
            out.write('\n\n'.join(chosen) + '\n')
    if taken == DG_FILES:
        break

dated = re.compile(r'\b1\d\d\d\b|(?<![\w])' + MON + r'(?![\w])', re.I)
year = re.compile(r'\b1\d\d\d\b')
ex = Exclusions(['.', '/work/wt-names16', '/work/wt-events16', '/work/wt-args2'], OWN + '*.tsv')


def km(limit):
    K = kind_sentences(DATA + 'kind/dataset/moro_test.tsv')
    for i, ref, t in unreferenced([i for i in range(len(K)) if i % 3 == 1],
                                  lambda i: f'kind/dataset/moro_test.tsv sentence={i}', lambda i: kind_detok(K[i]), ex,
                                  lambda t: dated.search(t) and cue.search(t), limit):
        print('KM', ref, hashlib.sha256(t.encode()).hexdigest()[:16], '::', t)


def wn(path, limit):
    S = conllu(DATA + path)
    for i, ref, t in unreferenced([i for i in range(len(S)) if i % 3 == 1], lambda i: f'{path} sentence={i}',
                                  lambda i: detok(S[i]), ex, lambda t: year.search(t) and len(cue.findall(t)) >= 2,
                                  limit):
        print('WN', ref, hashlib.sha256(t.encode()).hexdigest()[:16], '::', t)

km(int(os.environ.get('KM', '1000')))
wn('wikineural-it/val.conllu', int(os.environ.get('WNV', '15')))
wn('wikineural-it/test.conllu', int(os.environ.get('WNT', '10')))
