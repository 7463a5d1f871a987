#!/usr/bin/env python3
"""Draws the candidate sentences of the fifteenth held-out event set (seeds 1517-1519, blind to the extractor's output).

Same selection words as sets 9-14 (make_heldout9.py's BROAD relation-word list, GENRE and NOT_GENRE lists, set 10's
HISTORY list, imported unchanged) and set 14's exclusion logic (make_heldout12.used_ids: every reference, ENEIDE
document, UD sent_id and De Gasperi id of every dev set under the given roots; sentences quoted by a names or time
set; KIND sentence numbers of every dev set), so that set 15 shares no sentence with any dev set:

Part A: the De Gasperi documents (DaDoEval test release, same-genre and cross-genre) that NO dev set, dev script or
  document of the repository references (no 8-character prefix of their file name occurs in any file of
  `git ls-files extractor-core/src/test dev docs models README.md`, nor in any devset file of the other roots),
  split three ways between the engineers of the session by int(sha1('s8:' + name).hexdigest(), 16) % 3 (0 names,
  1 dates, 2 events); this set takes residue 2, all of it. These 23 documents are short letters and articles with
  only one sentence that has a BROAD word, so each document is taken WHOLE (its text verbatim, runs of blank lines
  squeezed, trailing blanks cut; id PREFIX-0): every event in them is annotated, and they test precision on the
  target genre.
Part B (narrative history and political prose):
  B1: Aldo Moro's prose, KIND dataset/moro_test.tsv (used by no event set so far), sentence index % 3 == 2 only (the
      other residues belong to the names and dates engineers), not referenced by any dev set, with a BROAD word and a
      capital word or a year, not in an ENEIDE paragraph of a document a dev set uses;
  B2: WikiNEuRal-it val and test sentences referenced by no dev set, with a BROAD word and a GENRE or HISTORY word,
      no NOT_GENRE word;
  B3: WikiNEuRal-it val and test sentences referenced by no dev set and not in B2, with a BROAD word, a token the
      corpus tags B-PER (used only to select sentences that name a person, so that set 15 tests persons in
      agent/patient roles; the corpus's labels are not copied) and no NOT_GENRE word.
Each pool is shuffled with its own seed and its first N items are taken, so a larger N only adds items.
NonCommercial text (KIND, WikiNEuRal) is printed as a reference line followed by a '#| ' comment with the text for
the annotator; the comments are removed before the file is committed. The extractor is never run here. Usage:
  python3 dev/make_heldout15.py ../shared/data REPO_ROOT [OTHER_REPO_ROOT ...] > candidates.txt
The worktrees of the session's other engineers (OTHER_ROOTS below) are added as roots when they exist.
heldout15-mixed.txt itself is ignored. It was drawn on main 2fe1a5a with /work/main, /work/wt-names15
and /work/wt-args1 as extra roots (their dev sets at 17:53 of that day; wt-time13 had none yet: to reproduce the draw,
set OTHER_ROOTS to those two, see docs/events.md, round 13). ENEIDE's used paragraphs:
make_heldout14.used_paragraphs.
"""
import glob, hashlib, os, re, subprocess, sys

from corpus_refs import conllu_rows, detok, kind_detok, kind_sentences, sha
from make_heldout9 import BROAD, GENRE, NOT_GENRE, first, named, sentences
from make_heldout10 import HISTORY
from make_heldout12 import used_ids
from make_heldout13 import squash
from make_heldout14 import used_paragraphs

SEED = 1515
N_MORO, N_WN, N_WN_PER = 30, 55, 45
SKIP = 'heldout15-mixed.txt'
KIND_MORO_TEST = 'kind/dataset/moro_test.tsv'
OTHER_ROOTS = ['/work/wt-names15', '/work/wt-time13', '/work/wt-events14', '/work/wt-args1']


def residue(name):
    """The session split of an unused De Gasperi file name (with .txt): 0 names, 1 dates, 2 events."""
    return int(hashlib.sha1(('s8:' + name).encode()).hexdigest(), 16) % 3


def repo_text(repo):
    """The lower-cased text of every file of `git ls-files extractor-core/src/test dev docs models README.md`."""
    names = subprocess.run(['git', 'ls-files', 'extractor-core/src/test', 'dev', 'docs', 'models', 'README.md'],
                           cwd=repo, capture_output=True, text=True, check=True).stdout.split('\n')
    out = []
    for n in names:
        path = os.path.join(repo, n)
        if n and os.path.isfile(path) and not n.endswith(SKIP):
            out.append(open(path, encoding='utf-8', errors='replace').read().lower())
    return '\n'.join(out)


def main(data, repo, extra):
    roots = [repo] + extra + [r for r in OTHER_ROOTS if os.path.isdir(r) and r not in extra and
                              os.path.realpath(r) != os.path.realpath(repo)]
    ids, refs, used_docs, used_sids, other_text = used_ids(roots, skip=SKIP)
    referenced = repo_text(repo)
    kind_used = set()
    for root in roots:
        for path in glob.glob(f'{root}/extractor-core/src/test/resources/devset/**/*', recursive=True):
            if os.path.isfile(path) and not path.endswith(SKIP):
                text = open(path, encoding='utf-8', errors='replace').read()
                referenced += '\n' + text.lower()
                kind_used.update(int(n) for n in re.findall(r'moro_test\.tsv sentence=(\d+)', text))
    used_paras = used_paragraphs(data, used_docs)
    moro = []
    for n, toks in enumerate(kind_sentences(f'{data}/{KIND_MORO_TEST}')):
        if n % 3 != 2 or n in kind_used:
            continue
        s = kind_detok(toks)
        if 60 <= len(s) <= 420 and named(s) and squash(s)[:40] not in used_paras and BROAD.search(s):
            moro.append((n, s))
    wn, wn_per = [], []
    for split in ['val', 'test']:
        for n, rows in enumerate(conllu_rows(f'{data}/wikineural-it/{split}.conllu')):
            if (split, n) in refs:
                continue
            s = detok([c[1] for c in rows])
            if not 60 <= len(s) <= 420 or NOT_GENRE.search(s) or not BROAD.search(s):
                continue
            if GENRE.search(s) or HISTORY.search(s):
                wn.append((split, n, s))
            elif any(c[2] == 'B-PER' for c in rows if len(c) > 2):
                wn_per.append((split, n, s))
    docs = sorted(glob.glob(f'{data}/dadoeval-degasperi/Test_Release/*/*.txt'))
    unused = [d for d in docs if os.path.basename(d)[:8].lower() not in referenced
              and os.path.basename(d)[:8].lower() not in ids]
    mine = [d for d in unused if residue(os.path.basename(d)) == 2]
    dg, broad = [], 0
    for d in mine:
        text = open(d, encoding='utf-8').read()
        broad += sum(1 for s in sentences(text) if BROAD.search(s))
        lines = [line.rstrip() for line in text.strip().split('\n')]
        dg.append((f'{os.path.basename(d)[:8]}-0', re.sub(r'\n{3,}', '\n\n', '\n'.join(lines))))
    print(f'# pools: de gasperi unused docs {len(unused)}, residue 2: {len(mine)} '
          f'({", ".join(os.path.basename(d)[:8] for d in mine)}): {sum(len(t) for _, t in dg)} characters, '
          f'sentences with a broad word {broad}; moro test {len(moro)}; wikineural val+test history {len(wn)}, with a person {len(wn_per)}',
          file=sys.stderr)
    for ident, text in sorted(dg):
        print(f'=== {ident}\n{text}\n')
    for n, s in first(moro, N_MORO, SEED + 2):
        print(f'=== h15-moro-{n}\n< {KIND_MORO_TEST} sentence={n} sha256={sha(s)}\n#| {s}\n')
    for split, n, s in first(wn, N_WN, SEED + 3):
        print(f'=== h15-{split}-{n}\n< wikineural-it/{split}.conllu sentence={n} sha256={sha(s)}\n#| {s}\n')
    for split, n, s in first(wn_per, N_WN_PER, SEED + 4):
        print(f'=== h15-per-{split}-{n}\n< wikineural-it/{split}.conllu sentence={n} sha256={sha(s)}\n#| {s}\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
