#!/usr/bin/env python3
"""Draws the excerpts of names dev part U (session 23) by fixed seeds; never runs the system nor looks at its output.

Part T's design (dev/pick_names_t.py), on what T and every later set left: the same held-out corpus files
(`NerCorpora.isHeldOut`: the name finder, its word clusters, session 14's typed-name counts and the names parts used
as training data never saw them):
- um: KIND `dataset/moro_test.tsv` (Aldo Moro's writings and speeches, 1943-1978; CC BY-NC 4.0; silver tags never read
  before the gold was final);
- ua: KIND `evalita-2023/ADG_test.tsv` (Alcide De Gasperi's writings; CC BY-NC-SA 4.0; gold tags never read before the
  gold was final);
- uw: WikiNEuRal-it `test.conllu` (Wikipedia; CC BY-NC-SA 4.0), sentences of political and military history.
A KIND excerpt is three consecutive sentences (0-based A, A+1, A+2 = B) around a target sentence A+1, joined by single
spaces (each sentence by corpus_refs.kind_detok), referenced as `FILE sentences=A-B sha256=PREFIX`
(dev/names_corpus_texts.py); KIND has no document boundaries, so an excerpt may cross one (the text is annotated as it
stands). A WikiNEuRal excerpt is the target sentence alone (`FILE sentence=N sha256=PREFIX`, corpus_refs.detok).
Target sentences (T's filters): KIND ones of 60 to 420 characters with at least two capitalised non-initial words;
WikiNEuRal ones matching names_draw.KEYWORDS (parts H, K, R, S, T) and of at least 60 characters.
Pool: every clean target key (`moro_test.tsv:N`, `ADG_test.tsv:N` or the WikiNEuRal index `N`); unlike T, no split
with another task (T shared its pools with the events set 20 by a 's16:' hash; what T and the later sets left is small,
see the pool sizes below, and no other session-23 set draws from these files at the draw). Candidates are shuffled by
seeds 71 (um), 72 (ua), 73 (uw) and the first N clean ones of each drawn.
Exclusions (each sentence of an excerpt, not only its target), as T:
- referenced: any sentence index the reference text names for its file (`FILE sentence=N`, `FILE sentences=A-B`,
  ids `mt-N`, `km-test-N`, `tm-N`, `ka-test-A-B`, `ta-N`, `wt-N`, `ws-N`, `tw-N`, `wn-test-N`);
- copied: the sentence's text (spacing normalised) occurs in the reference text;
- repeated: its normalised form (lower case, letters and digits only, when at least 30 long) occurs in the normalised
  reference text, in any ENEIDE AMD paragraph (train/dev/test) or in any DaDoEval Test_Release document;
- overlap: an excerpt sharing a sentence with one drawn before it.
The reference text is every file of main `fcc16f66` (the session start, read with git so the draw repeats after part
U's own files are committed) under extractor-core/src/test/, dev/, docs/, models/ and README.md, plus the same folders
of the other session-23 worktrees (/work/wt-*: wt-blind19, wt-evargs23, wt-evparse23) as they were on disk at the draw
(2026-11-29 ~08:45 UTC, `--live`); they excluded nothing more (the same output with and without them, for the whole
pool), so WORKTREE_EXCLUDED below is empty and the default run, which reads main only, repeats the draw.
Pool sizes at the draw: 532 moro_test targets (148 clean excerpts), 122 ADG_test targets (6 clean excerpts: every one
drawn), 393 WikiNEuRal test targets (73 clean: every one drawn, 32 of them dropped as off the genre before annotation,
listed in texts-u.tsv); `python3 dev/pick_names_u.py ../shared/data 60 6 73` draws part U.
The a/b split (dev/names_u_parts.py): int(sha1('s23ab:' + KEY), 16) % 2 (0 = U-a, 1 = U-b), KEY the target's key.
Usage: python3 dev/pick_names_u.py ../shared/data N_MORO N_ADG N_WIKI [--live] [--text]
  prints DOC<TAB>FILE sentences=A-B sha256=PREFIX<TAB>key<TAB>part lines (DOC = um-A, ua-A, uw-N; `sentence=N` for uw);
  --text also prints each excerpt's text after its line (for the annotator; never committed)
"""
import csv, glob, hashlib, io, os, random, re, subprocess, sys

from corpus_refs import conllu_rows, detok, kind_detok, kind_sentences, sha
from names_draw import KEYWORDS, capitalised_non_initial

BASE = 'fcc16f66'  # main at the start of session 23
OWN = {'gold-u.tsv', 'texts-u.tsv', 'pick_names_u.py', 'names_u_parts.py', 'names_u_scores.sh'}
SELF = os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
FOLDERS = ('dev/', 'docs/', 'models/', 'extractor-core/src/test/')
# Sentences excluded only by the other session-23 worktrees at the draw (see the docstring), as (file, index).
WORKTREE_EXCLUDED = set()

SOURCES = [  # (prefix, corpus path, short file name, seed)
    ('um', 'kind/dataset/moro_test.tsv', 'moro_test.tsv', 71),
    ('ua', 'kind/evalita-2023/ADG_test.tsv', 'ADG_test.tsv', 72),
    ('uw', 'wikineural-it/test.conllu', 'test.conllu', 73),
]


def h(key, salt='s23:'):
    return int(hashlib.sha1((salt + key).encode()).hexdigest(), 16)


def part(key):
    return 'ab'[h(key, 's23ab:') % 2]


def norm(s):
    return re.sub(r'[^0-9a-zà-ÿ]', '', s.lower())


def space(s):
    return re.sub(r'\s+', ' ', s)


def tracked_text(commit=BASE):
    """Every file of `commit` under FOLDERS and README.md, part U's own files excepted."""
    def git(*args):
        return subprocess.run(['git'] + list(args), capture_output=True, check=True, cwd=SELF).stdout
    out = []
    for n in git('ls-tree', '-r', '--name-only', commit).decode('utf-8').split('\n'):
        if n and os.path.basename(n) not in OWN and (n.startswith(FOLDERS) or n == 'README.md'):
            try:
                out.append(git('show', '%s:%s' % (commit, n)).decode('utf-8'))
            except UnicodeDecodeError:
                pass
    return '\n'.join(out)


def worktree_text():
    """The same folders of the other /work/wt-* worktrees, as they are on disk now (tracked or not)."""
    out = []
    for root in sorted(glob.glob('/work/wt-*')):
        if os.path.realpath(root) == SELF:
            continue
        paths = [os.path.join(root, 'README.md')]
        for sub in FOLDERS:
            for d, _, fs in os.walk(os.path.join(root, sub)):
                paths += [os.path.join(d, f) for f in fs]
        for p in paths:
            if os.path.basename(p) in OWN or not os.path.isfile(p) or os.path.getsize(p) > 50_000_000:
                continue
            try:
                out.append(open(p, encoding='utf-8').read())
            except UnicodeDecodeError:
                pass
    return '\n'.join(out)


def referenced(text, short):
    """The sentence indices of corpus file `short` that `text` names."""
    out = set()
    for m in re.finditer(re.escape(short) + r'\s+sentences?=(\d+)(?:-(\d+))?', text):
        a = int(m.group(1))
        out |= set(range(a, int(m.group(2) or a) + 1))
    ids = {'moro_test.tsv': [r'\bmt-0*(\d+)\b', r'\bkm-test-0*(\d+)\b', r'\btm-0*(\d+)\b'],
           'ADG_test.tsv': [r'\bka-test-(\d+)-(\d+)\b', r'\bka-test-(\d+)\b', r'\bta-0*(\d+)\b'],
           'test.conllu': [r'\bwt-(\d{5})\b', r'\bws-(\d{5})\b', r'\btw-(\d{5})\b',
                           r'\bwn-test-0*(\d+)\b']}[short]
    for pat in ids:
        for m in re.finditer(pat, text):
            a = int(m.group(1))
            b = int(m.group(2)) if m.lastindex and m.lastindex > 1 else a
            out |= set(range(a, b + 1))
    return out


def corpus_norm(root):
    """The normalised text of every ENEIDE AMD paragraph and every DaDoEval Test_Release document."""
    out = []
    for split in ('train', 'dev', 'test'):
        raw = open(os.path.join(root, 'eneide-amd', 'paragraphs_%s.csv' % split), encoding='utf-8', newline='').read()
        out += [norm(r[2]) for r in csv.reader(io.StringIO(raw)) if r and r[0] != 'doc_id']
    for f in sorted(glob.glob(os.path.join(root, 'dadoeval-degasperi', 'Test_Release', '*', '*.txt'))):
        out.append(norm(open(f, encoding='utf-8').read()))
    return '\n'.join(out)


def main(root, n_moro, n_adg, n_wiki, live=False, show=False):
    base = tracked_text()
    wt = worktree_text() if live else ''
    alltext = base + '\n' + wt
    spaced = space(alltext)
    normed = norm(alltext) + '\n' + corpus_norm(root)
    wanted = {'um': int(n_moro), 'ua': int(n_adg), 'uw': int(n_wiki)}
    for prefix, path, short, seed in SOURCES:
        full = os.path.join(root, path)
        if prefix == 'uw':
            sents = [detok([c[1] for c in s]) for s in conllu_rows(full)]
        else:
            sents = [kind_detok(t) for t in kind_sentences(full)]
        used_base = referenced(base, short)
        used = used_base | referenced(wt, short) | {i for f, i in WORKTREE_EXCLUDED if f == short}
        cache = {}

        def clean(i):
            if i not in cache:
                s = sents[i]
                n = norm(s)
                cache[i] = 0 <= i < len(sents) and i not in used and space(s) not in spaced \
                    and not (len(n) >= 30 and n in normed)
            return cache[i]

        def target(i):
            s = sents[i]
            key = ('%s:%d' % (short, i)) if prefix != 'uw' else str(i)
            if len(s) < 60:
                return False
            if prefix == 'uw':
                return bool(KEYWORDS.search(s))
            return len(s) <= 420 and capitalised_non_initial(s) >= 2

        cands = [i for i in range(1, len(sents) - 1) if target(i)]
        random.Random(seed).shuffle(cands)
        taken, out = set(), []
        for i in cands:
            if len(out) >= wanted[prefix]:
                break
            run = (i,) if prefix == 'uw' else (i - 1, i, i + 1)
            if any(j in taken for j in run) or not all(clean(j) for j in run):
                continue
            taken |= set(run)
            out.append(i)
        print('# %s: %d target candidates, %d sentences referenced, %d excerpts drawn' % (
            prefix, len(cands), len(used), len(out)), file=sys.stderr)
        for i in out:
            a, b = (i, i) if prefix == 'uw' else (i - 1, i + 1)
            text = ' '.join(sents[a:b + 1])
            key = ('%s:%d' % (short, i)) if prefix != 'uw' else str(i)
            ref = ('sentence=%d' % a) if a == b else ('sentences=%d-%d' % (a, b))
            print('%s-%05d\t%s %s sha256=%s\t%s\t%s' % (prefix, a, path, ref, sha(text), key, part(key)))
            if show:
                print('#| ' + text)


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if len(args) != 4:
        sys.exit(__doc__)
    main(*args, live='--live' in sys.argv, show='--text' in sys.argv)
