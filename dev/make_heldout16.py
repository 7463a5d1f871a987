#!/usr/bin/env python3
"""Draws the candidate excerpts of the sixteenth held-out event set (seeds 1616-1619, blind to the extractor's output).

Same selection words as sets 9-15 (make_heldout9.py's BROAD relation-word list, GENRE and NOT_GENRE lists, set 10's
HISTORY list, imported unchanged), set 14's excerpt logic (a BROAD-word sentence with the sentence before as context;
sentences a names or time set quotes, and excerpts whose context sentence is quoted, are left out) and
make_heldout12.used_ids / make_heldout15.repo_text for the exclusions, so that set 16 shares no sentence with any
dev set and no document with any event set. Session 9's cross-task pools (computed here from `git ls-files` of
REPO_ROOT, never copied):

Part A, De Gasperi (DaDoEval Test_Release): the files whose 8-character uuid prefix occurs in a file under
  extractor-core/src/test/resources/devset/names/ or .../devset/time/ (only those tasks), in NO file under
  .../devset/events/ and in no "other" file (dev/, docs/, models/, README.md, any other test file) -- the session's
  events pool (133 files); also left out: any file whose prefix occurs in a devset file of the other roots (the
  session's worktrees) that no tracked file of the repository references. Its BROAD-word sentences of
  60-800 characters (with the sentence before as context when that is at most 420 characters) not quoted by any
  dev set, all of them (92); ids PREFIX-OFFSET.
Part B (narrative history and political prose):
  B1: Aldo Moro's prose, KIND dataset/moro_test.tsv, sentence index % 3 == 2 (the events residue), referenced by no
      dev set under any root (so none of set 15's 16), 60-420 characters with a BROAD word (set 15 also required a
      capital word or a year; the pool with it is used up, so that condition is dropped here);
  B2: WikiNEuRal-it val and test sentences with index % 3 == 2 referenced by no dev set, with a BROAD word and a
      GENRE or HISTORY word, no NOT_GENRE word;
  B3: WikiNEuRal-it val and test sentences with index % 3 == 2 referenced by no dev set and not in B2, with a BROAD
      word, a token the corpus tags B-PER (only to select sentences that name a person; no label is copied) and no
      NOT_GENRE word.
Each pool is shuffled with its own seed and its first N items are taken, so a larger N only adds items.
NonCommercial text (KIND, WikiNEuRal) is printed as a reference line followed by a '#| ' comment with the text for
the annotator; the comments are removed before the file is committed. The extractor is never run here. Usage:
  cd dev && python3 make_heldout16.py ../../shared/data .. [--at COMMIT] > /tmp/candidates16.txt
--at COMMIT reads the repository's tracked files as they were at that commit. It was drawn on main 87a7ec7 at 23:25
of 26 Nov with /work/wt-names16, /work/wt-time14 and /work/wt-args2 as the other roots (none had a dev-set change
yet); `--at 84cf801` (the commit of the gold) reproduces it byte for byte as long as the other roots add no reference
to its sentences (checked at 00:10 of 27 Nov). Without --at, the later commits' docs/events.md names its documents,
so they leave the pool.
"""
import glob, hashlib, os, re, subprocess, sys

from corpus_refs import conllu_rows, detok, kind_detok, kind_sentences, sha
from make_heldout9 import BROAD, GENRE, NOT_GENRE, first, sentences
from make_heldout10 import HISTORY
from make_heldout12 import used_ids

SEED = 1616
N_DG, N_MORO, N_WN, N_WN_PER = 200, 20, 40, 40
SKIP = 'heldout16-mixed.txt'
KIND_MORO_TEST = 'kind/dataset/moro_test.tsv'
OTHER_ROOTS = ['/work/wt-names16', '/work/wt-time14', '/work/wt-events16', '/work/wt-args2']
DEVSET = 'extractor-core/src/test/resources/devset/'


def task_texts(repo, commit=None):
    """The lower-cased text of the tracked files of repo (at commit, if given), by task: 'events', 'names', 'time' and
    'other'."""
    paths = ['extractor-core/src/test', 'dev', 'docs', 'models', 'README.md']
    listing = ['git', 'ls-tree', '-r', '--name-only', commit] + paths if commit else ['git', 'ls-files'] + paths
    names = subprocess.run(listing, cwd=repo, capture_output=True, text=True, check=True).stdout.split('\n')
    out = {'events': [], 'names': [], 'time': [], 'other': []}
    for n in names:
        if not n or n.endswith(SKIP) or n.endswith('make_heldout16.py'):
            continue
        if commit:
            text = subprocess.run(['git', 'show', f'{commit}:{n}'], cwd=repo, capture_output=True,
                                  check=True).stdout.decode('utf-8', 'replace')
        elif os.path.isfile(os.path.join(repo, n)):
            text = open(os.path.join(repo, n), encoding='utf-8', errors='replace').read()
        else:
            continue
        task = n[len(DEVSET):].split('/')[0] if n.startswith(DEVSET) else 'other'
        out[task if task in out else 'other'].append(text.lower())
    return {k: '\n'.join(v) for k, v in out.items()}


def events_pool(docs, texts, other_roots_text):
    """The De Gasperi files referenced only by names and/or time dev sets (the session's events pool)."""
    pool = []
    for d in docs:
        p = os.path.basename(d)[:8].lower()
        if p in texts['events'] or p in texts['other'] or p in other_roots_text:
            continue
        if p in texts['names'] or p in texts['time']:
            pool.append(d)
    return pool


def wn_sentences(path, skip):
    """(index, rows, text) of the WikiNEuRal-it sentences of path (corpus_refs.conllu_rows, detok) whose 0-based index
    skip(index) does not leave out, of 60-420 characters, with no NOT_GENRE word. Sets 16 and 17."""
    for n, rows in enumerate(conllu_rows(path)):
        if skip(n):
            continue
        s = detok([c[1] for c in rows])
        if 60 <= len(s) <= 420 and not NOT_GENRE.search(s):
            yield n, rows, s


def tags_person(rows):
    """Whether a token of the sentence is tagged B-PER by the corpus (only to select sentences; no label is copied)."""
    return any(c[2] == 'B-PER' for c in rows if len(c) > 2)


def print_ref(ident, ref, s):
    """Prints the excerpt ident of NonCommercial text s as its reference line (ref and s's SHA-256 prefix) and a '#| '
    comment with the text for the annotator. Sets 16 and 17."""
    print(f'=== {ident}\n< {ref} sha256={sha(s)}\n#| {s}\n')


def split_at(args):
    """(the arguments without `--at COMMIT`, COMMIT or None). Sets 16 and 17."""
    at = args[args.index('--at') + 1] if '--at' in args else None
    return [a for i, a in enumerate(args) if a != '--at' and (i == 0 or args[i - 1] != '--at')], at


def main(data, repo, extra, commit=None):
    roots = [repo] + extra + [r for r in OTHER_ROOTS if os.path.isdir(r) and r not in extra and
                              os.path.realpath(r) != os.path.realpath(repo)]
    ids, refs, used_docs, used_sids, other_text = used_ids(roots, skip=SKIP)
    texts = task_texts(repo, commit)
    known = '\n'.join(texts.values())
    extra_text, kind_used = [], set()
    for root in roots:
        for path in glob.glob(f'{root}/{DEVSET}**/*', recursive=True):
            if os.path.isfile(path) and not path.endswith(SKIP):
                text = open(path, encoding='utf-8', errors='replace').read()
                kind_used.update(int(n) for n in re.findall(r'moro_test\.tsv sentence=(\d+)', text))
                if root != repo:
                    extra_text.append(text.lower())
    new_refs = {p for p in re.findall(r'\b[0-9a-f]{8}', '\n'.join(extra_text)) if p not in known}
    docs = sorted(glob.glob(f'{data}/dadoeval-degasperi/Test_Release/*/*.txt'))
    pool = [d for d in events_pool(docs, texts, '') if os.path.basename(d)[:8].lower() not in new_refs]
    dg = []
    for d in pool:
        text = open(d, encoding='utf-8').read()
        sents = sentences(text)
        for i, s in enumerate(sents):
            if not 60 <= len(s) <= 800 or s[:60] in other_text or not BROAD.search(s):
                continue
            if i > 0 and sents[i - 1][:60] in other_text:
                continue
            context = sents[i - 1] + ' ' + s if i > 0 and len(sents[i - 1]) <= 420 else s
            dg.append((f'{os.path.basename(d)[:8]}-{text.find(s)}', context))
    moro = []
    for n, toks in enumerate(kind_sentences(f'{data}/{KIND_MORO_TEST}')):
        if n % 3 != 2 or n in kind_used:
            continue
        s = kind_detok(toks)
        if 60 <= len(s) <= 420 and BROAD.search(s):
            moro.append((n, s))
    wn, wn_per = [], []
    for split in ['val', 'test']:
        for n, rows, s in wn_sentences(f'{data}/wikineural-it/{split}.conllu',
                                       lambda n: n % 3 != 2 or (split, n) in refs):
            if not BROAD.search(s):
                continue
            if GENRE.search(s) or HISTORY.search(s):
                wn.append((split, n, s))
            elif tags_person(rows):
                wn_per.append((split, n, s))
    print(f'# pools: de gasperi events pool {len(pool)} files ({len(new_refs)} new prefixes in other roots), '
          f'broad-word excerpts {len(dg)}; moro test {len(moro)}; wikineural val+test history {len(wn)}, '
          f'with a person {len(wn_per)}', file=sys.stderr)
    for ident, context in first(dg, N_DG, SEED):
        print(f'=== {ident}\n{context}\n')
    for n, s in first(moro, N_MORO, SEED + 1):
        print_ref(f'h16-moro-{n}', f'{KIND_MORO_TEST} sentence={n}', s)
    for split, n, s in first(wn, N_WN, SEED + 2):
        print_ref(f'h16-{split}-{n}', f'wikineural-it/{split}.conllu sentence={n}', s)
    for split, n, s in first(wn_per, N_WN_PER, SEED + 3):
        print_ref(f'h16-per-{split}-{n}', f'wikineural-it/{split}.conllu sentence={n}', s)


if __name__ == '__main__':
    args, at = split_at(sys.argv[1:])
    main(args[0], args[1], args[2:], at)
