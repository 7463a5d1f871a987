#!/usr/bin/env python3
"""Draws the excerpts of names dev part V (session 25) by fixed seeds; never runs the system nor looks at its output.

Part U's design (dev/pick_names_u.py) on two Aldo Moro pools that no other session-25 set draws from:
- vm: KIND `dataset/moro_test.tsv` (Aldo Moro's writings and speeches; CC BY-NC 4.0; held out, `NerCorpora.isHeldOut`;
  silver tags never read before the gold was final): U's excerpts, three consecutive sentences (0-based A, A+1,
  A+2 = B) around a target A+1 of 60 to 420 characters with at least two capitalised non-initial words, joined by single
  spaces (corpus_refs.kind_detok), referenced as `FILE sentences=A-B sha256=PREFIX`;
- ve: ENEIDE AMD `paragraphs_test.csv` (the first paragraph of a Moro work; CC BY-NC-SA 4.0; held out; silver
  annotation never read before the gold was final): part S's candidates, whole paragraphs of 150 to 1,200 characters
  with at least 4 capitalised non-initial words, referenced as `FILE doc=D chars=0-N sha256=PREFIX` (UTF-16 offsets).
  ENEIDE train and dev are not drawn: session 14's typed-name counts (models/bin/name-types.tsv.gz) and session 18's
  given-name/surname counts read ENEIDE AMD train and dev (docs/names.md, "Session 14", "Session 18"); test is not a
  count source (but it is the silver regression set of dev/eneide_eval.py and of dev/orgloc_silver20.py: the system
  has run over these paragraphs and silver error lists were printed; see docs/names.md, "Part V").
Exclusions (U's, each sentence of a KIND excerpt, not only its target):
- referenced: any sentence index the reference text names (`FILE sentence(s)=...`, ids `mt-N`, `km-test-N`, `tm-N`,
  `um-N`); an ENEIDE paragraph whose 6-digit number occurs anywhere in the reference text (part S's rule: `am-N`,
  `document_N`, ...) or whose text occurs in it;
- copied: the sentence's text (spacing normalised) occurs in the reference text;
- repeated: a KIND sentence's normalised form (lower case, letters and digits only, when at least 30 long) occurs in the
  normalised reference text, in any ENEIDE AMD paragraph or in any DaDoEval Test_Release document; an ENEIDE paragraph
  whose normalised text contains the normalised form (at least 30 long) of a KIND Moro sentence that the reference text
  names (moro_test) or that a count source read (moro_train), or is contained in a DaDoEval document;
- overlap: an excerpt sharing a sentence with one drawn before it.
The reference text is every file of main `45c0dbe9` (the session start, read with git so the draw repeats after
part V's own files are committed) under extractor-core/src/test/, dev/, docs/, models/ and README.md, plus the same
folders of the other session-25 worktrees (/work/wt-*) as they were on disk at the draw (`--live`); WORKTREE_EXCLUDED
below lists what they excluded beyond main.
Candidates are shuffled by seeds 251 (vm) and 252 (ve) and the first N clean ones of each are drawn.
The a/b split (dev/names_v_parts.py): int(sha1('s25v:' + KEY), 16) % 2 (0 = V-a, 1 = V-b), KEY the target's key
(`moro_test.tsv:N`, the middle sentence) or the ENEIDE doc_id.
Usage: python3 dev/pick_names_v.py ../shared/data N_MORO N_ENEIDE [--live] [--text]
  prints DOC<TAB>REFERENCE<TAB>key<TAB>part lines (DOC = vm-A, ve-NNNNNN); --text also prints each excerpt's text after
  its line (for the annotator; never committed)
"""
import csv, glob, io, os, random, re, sys

from corpus_refs import kind_detok, kind_sentences, sha
from names_draw import capitalised_non_initial
from parts_common import half
from pick_names_u import norm, space, referenced, corpus_norm
import pick_names_u

BASE = '45c0dbe9'  # main at the start of session 25
OWN = {'gold-v.tsv', 'texts-v.tsv', 'pick_names_v.py', 'names_v_parts.py', 'names_v_scores.sh'}
# Sentences / paragraphs excluded only by the other session-25 worktrees at the draw (see the docstring).
WORKTREE_EXCLUDED = set()
MORO = 'kind/dataset/moro_test.tsv'
ENEIDE = 'eneide-amd/paragraphs_test.csv'


def part(key):
    return half('s25v:', key)


def paragraphs(path):
    raw = open(path, encoding='utf-8', newline='').read()
    return [r for r in csv.reader(io.StringIO(raw)) if r and r[0] != 'doc_id']


def main(root, n_moro, n_eneide, live=False, show=False):
    pick_names_u.OWN = OWN
    base = pick_names_u.tracked_text(BASE)
    wt = pick_names_u.worktree_text() if live else ''
    alltext = base + '\n' + wt
    spaced = space(alltext)
    normed = norm(alltext) + '\n' + corpus_norm(root)

    # vm: KIND moro_test excerpts (pick_names_u's loop, seed 251)
    sents = [kind_detok(t) for t in kind_sentences(os.path.join(root, MORO))]
    used = referenced(alltext, 'moro_test.tsv') \
        | {int(m) + k for m in re.findall(r'\bum-0*(\d+)\b', alltext) for k in range(3)} \
        | {i for f, i in WORKTREE_EXCLUDED if f == 'moro_test.tsv'}
    cache = {}

    def clean(i):
        if i not in cache:
            n = norm(sents[i])
            cache[i] = i not in used and space(sents[i]) not in spaced and not (len(n) >= 30 and n in normed)
        return cache[i]

    cands = [i for i in range(1, len(sents) - 1)
             if 60 <= len(sents[i]) <= 420 and capitalised_non_initial(sents[i]) >= 2]
    random.Random(251).shuffle(cands)
    taken, moro = set(), []
    n_clean = 0
    for i in cands:
        run = (i - 1, i, i + 1)
        if any(j in taken for j in run) or not all(clean(j) for j in run):
            continue
        n_clean += 1
        if len(moro) < int(n_moro):
            taken |= set(run)
            moro.append(i)
    print('# vm: %d target candidates, %d sentences referenced, %d clean non-overlapping excerpts, %d drawn'
          % (len(cands), len(used), n_clean, len(moro)), file=sys.stderr)

    # ve: ENEIDE AMD test paragraphs (part S's candidates, seed 252)
    numbers = set(re.findall(r'(?<!\d)(1\d{5})(?!\d)', alltext))
    seen = [norm(sents[i]) for i in used if 0 <= i < len(sents)]
    seen += [norm(kind_detok(t)) for t in kind_sentences(os.path.join(root, 'kind/dataset/moro_train.tsv'))]
    seen = [n for n in seen if len(n) >= 30]
    dado = [norm(open(f, encoding='utf-8').read())
            for f in sorted(glob.glob(os.path.join(root, 'dadoeval-degasperi', 'Test_Release', '*', '*.txt')))]
    rows = paragraphs(os.path.join(root, ENEIDE))
    paras, stats = [], {'referenced': 0, 'repeats': 0, 'shape': 0}
    for doc, _, text, date in rows:
        number = re.sub(r'\D', '', doc)
        n = norm(text)
        if number in numbers or text in alltext or space(text) in spaced or ('eneide', doc) in WORKTREE_EXCLUDED:
            stats['referenced'] += 1
        elif any(s in n for s in seen) or any(n in d for d in dado):
            stats['repeats'] += 1
        elif not (150 <= len(text) <= 1200 and capitalised_non_initial(text) >= 4):
            stats['shape'] += 1
        else:
            paras.append((doc, text, date))
    print('# ve: %d test paragraphs; %d referenced, %d repeat KIND Moro or DaDoEval text, %d off the shape, '
          '%d candidates' % (len(rows), stats['referenced'], stats['repeats'], stats['shape'], len(paras)),
          file=sys.stderr)
    random.Random(252).shuffle(paras)
    for i in moro:
        text = ' '.join(sents[i - 1:i + 2])
        key = 'moro_test.tsv:%d' % i
        print('vm-%05d\t%s sentences=%d-%d sha256=%s\t%s\t%s' % (i - 1, MORO, i - 1, i + 1, sha(text), key, part(key)))
        if show:
            print('#| ' + text)
    for doc, text, date in paras[:int(n_eneide)]:
        print('ve-%s\t%s doc=%s chars=0-%d sha256=%s\t%s\t%s' % (
            re.sub(r'\D', '', doc), ENEIDE, doc, len(text.encode('utf-16-le')) // 2, sha(text), doc, part(doc)))
        if show:
            print('#| (%s) %s' % (date, text))


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if len(args) != 3:
        sys.exit(__doc__)
    main(*args, live='--live' in sys.argv, show='--text' in sys.argv)
