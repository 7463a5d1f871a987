#!/usr/bin/env python3
"""Draws the candidate excerpts of the nineteenth held-out event set (seeds 1919-1921, blind to the extractor's output).

Session 13's De Gasperi pool: the sentences of KIND's NERMuD release of Alcide De Gasperi's writings
(kind/evalita-2023/ADG_dev.tsv and ADG_test.tsv, on which the bundled name model was not trained; their events half
has only 43 BROAD-word sentences, so ADG_train.tsv is added for the rest). Key = file name + ':' + 0-based sentence index (e.g. 'ADG_dev.tsv:17');
  h(key) = int(sha1(('s13:' + key).encode()).hexdigest(), 16), events take h(key) % 2 == 0
(the dates engineer's set blind17 takes the odd keys). Left out of the pool:
  - sentences any tracked file of the repository references (at COMMIT with --at) or any dev-set file of the other
    session-13 worktrees (OTHER_ROOTS) references ('ADG_dev.tsv sentence=N');
  - sentences that duplicate a sentence of a DaDoEval De Gasperi document referenced by a dev set (its 8-character
    file-name prefix occurs in a tracked dev-set file) or of the verbatim De Gasperi excerpts of the dev-set files:
    normalised-text check (lower case, letters and digits only; the sentence's normalised text is a substring of
    the document's);
  - sentences under 40 or over 420 characters (kind_detok).
Pools (corpus_refs.kind_detok text):
  D1: the dev/test sentences with a word of make_heldout9's BROAD list (unchanged, as sets 9-18), all of them;
  T1: the train sentences with a BROAD word (N_T1 of them);
  D0: the dev/test sentences with none (precision; N_D0 of them).
Each pool is sorted, shuffled with its own seed and its first N items are taken (make_heldout9.first). An excerpt is
one sentence, with the previous sentence as context when the sentence starts with a lower-case letter or a
punctuation mark (KIND also splits at ';' and ':') and the previous sentence is also in the events half, referenced
nowhere and at most 420 characters (never a sentence of the odd half) and is not drawn as an excerpt itself.
KIND's De Gasperi annotations are CC BY-NC-SA 4.0: each sentence is printed as a reference line
('< kind/evalita-2023/ADG_dev.tsv sentence=N sha256=PREFIX') followed by a '#| ' comment with the text for the
annotator; the comments are removed before the file is committed. The extractor is never run here. Usage:
  cd dev && python3 make_heldout19.py /work/shared/data .. [--at COMMIT] > /tmp/candidates19.txt
Counts of the pools and of the excluded sentences go to stderr.
"""
import glob, hashlib, os, re, sys

import make_heldout17
from corpus_refs import kind_detok, kind_sentences, sha
from make_heldout9 import BROAD, first
from make_heldout16 import split_at

SEED = 1919
N_D1, N_T1, N_D0 = 43, 127, 12
SKIP = 'heldout19-degasperi.txt'
OTHER_ROOTS = ['/work/wt-blind17', '/work/wt-locs', '/work/wt-datesrec', '/work/wt-evrecall']
FILES = ['ADG_dev.tsv', 'ADG_test.tsv', 'ADG_train.tsv']
KIND = 'kind/evalita-2023/'
DEVSET = 'extractor-core/src/test/resources/devset/'


def h(key):
    return int(hashlib.sha1(('s13:' + key).encode()).hexdigest(), 16)


def norm(s):
    """Lower case, letters and digits only (the duplicate check)."""
    return re.sub(r'[^0-9a-zà-ÿ]', '', s.lower())


def referenced_text(repo, commit=None):
    """make_heldout17.repo_text with this set's fixture and script skipped and session 13's worktrees as other roots."""
    make_heldout17.SKIP, make_heldout17.OTHER_ROOTS = SKIP, [r for r in OTHER_ROOTS if os.path.isdir(r)]
    return make_heldout17.repo_text(repo, commit)


def devset_text(repo, commit=None):
    """The text of the tracked dev-set files (at commit, if given), for the DaDoEval references and verbatim excerpts."""
    import subprocess
    listing = ['git', 'ls-tree', '-r', '--name-only', commit, DEVSET] if commit else ['git', 'ls-files', DEVSET]
    out = []
    for n in subprocess.run(listing, cwd=repo, capture_output=True, text=True, check=True).stdout.split('\n'):
        if not n or n.endswith(SKIP):
            continue
        if commit:
            out.append(subprocess.run(['git', 'show', f'{commit}:{n}'], cwd=repo, capture_output=True,
                                      check=True).stdout.decode('utf-8', 'replace'))
        elif os.path.isfile(os.path.join(repo, n)):
            out.append(open(os.path.join(repo, n), encoding='utf-8', errors='replace').read())
    return '\n'.join(out)


def main(data, repo, commit=None):
    text = referenced_text(repo, commit)
    dev = devset_text(repo, commit)
    low = dev.lower()
    docs = sorted(glob.glob(f'{data}/dadoeval-degasperi/Test_Release/*/*.txt'))
    used_docs = [d for d in docs if os.path.basename(d)[:8].lower() in low]
    all_norm = [norm(open(d, encoding='utf-8').read()) for d in docs]
    ref_norm = '\n'.join(norm(open(d, encoding='utf-8').read()) for d in used_docs) + '\n' + norm(dev)
    d1, t1, d0 = [], [], []
    stats = {'sentences': 0, 'events half': 0, 'referenced': 0, 'length': 0, 'duplicate of a referenced DaDoEval'
             ' document or dev-set excerpt': 0, 'pool': 0, 'also in an unreferenced DaDoEval document (kept)': 0}
    for f in FILES:
        sents = [kind_detok(t) for t in kind_sentences(f'{data}/{KIND}{f}')]
        used = {int(n) for n in re.findall(rf'{re.escape(f)} sentence=(\d+)', text)}

        def free(i):
            return h(f'{f}:{i}') % 2 == 0 and i not in used

        for i, s in enumerate(sents):
            stats['sentences'] += 1
            if h(f'{f}:{i}') % 2:
                continue
            stats['events half'] += 1
            if i in used:
                stats['referenced'] += 1
                continue
            if not 40 <= len(s) <= 420:
                stats['length'] += 1
                continue
            if norm(s) in ref_norm:
                stats['duplicate of a referenced DaDoEval document or dev-set excerpt'] += 1
                continue
            stats['pool'] += 1
            if any(norm(s) in t for t in all_norm):
                stats['also in an unreferenced DaDoEval document (kept)'] += 1
            context = (i > 0 and (s[0].islower() or not s[0].isalnum()) and free(i - 1) and len(sents[i - 1]) <= 420
                       and norm(sents[i - 1]) not in ref_norm)
            item = (f, i, context)
            if BROAD.search(s):
                (t1 if f == 'ADG_train.tsv' else d1).append(item)
            elif f != 'ADG_train.tsv':
                d0.append(item)
    print('# ' + '; '.join(f'{k} {v}' for k, v in stats.items()) + f'; dev/test broad {len(d1)}, train broad {len(t1)}, dev/test no broad word {len(d0)}',
          file=sys.stderr)
    texts = {f: [kind_detok(t) for t in kind_sentences(f'{data}/{KIND}{f}')] for f in FILES}
    drawn = [(tag, item) for tag, pool, n, seed in
             [('d', d1, N_D1, SEED), ('t', t1, N_T1, SEED + 1), ('d0', d0, N_D0, SEED + 2)] for item in first(pool, n, seed)]
    chosen = {(f, i) for _, (f, i, _) in drawn}
    for tag, (f, i, context) in drawn:
        context = context and (f, i - 1) not in chosen
        print(f'=== h19-{tag}-{f[4:-4].lower()[:2]}{i}')
        for j in ([i - 1] if context else []) + [i]:
            s = texts[f][j]
            print(f'< {KIND}{f} sentence={j} sha256={sha(s)}')
        for j in ([i - 1] if context else []) + [i]:
            print(f'#| {texts[f][j]}')
        print()


if __name__ == '__main__':
    args, at = split_at(sys.argv[1:])
    main(args[0], args[1], at)
