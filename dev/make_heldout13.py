#!/usr/bin/env python3
"""Draws the candidate sentences of the thirteenth held-out event set (fixed seeds, blind to the extractor's output).

Same selection words as sets 9-12 (make_heldout9.py's BROAD relation-word list, GENRE and NOT_GENRE lists, set 10's
HISTORY list, imported unchanged) and set 12's exclusion logic (make_heldout12.used_ids: every reference, ENEIDE
document, UD sent_id and De Gasperi id of every dev set under the given roots; De Gasperi documents quoted by a
names or time set), plus KIND references, so that set 13 shares no sentence and no document with any dev set:

Part A: De Gasperi documents (DaDoEval test release, same-genre and cross-genre) whose file name satisfies
  int(sha1(name).hexdigest(), 16) % 6 in {1, 2} (events used 5 and 0) used by NO dev set:
  A1: sentences with a BROAD word (with the sentence before as context);
  A0: sentences with NO broad word (alone);
  A2: the strict pool has only 30 broad-word sentences (34 documents), so a second pool adds residue-1/2 documents
      that no EVENT set uses but a names or time set quotes, without the quoted sentences (ids end in -q; the event
      rules were never tuned on them; the name finder and date tagger may have been, on other sentences).
Part B (20th-century political history):
  B1: Aldo Moro's prose, KIND dataset/moro_train.tsv, sentence index % 3 == 2 only, with a BROAD word and a capital
      word or a year (make_heldout9.named), not found in an ENEIDE paragraph of a document a dev set uses;
  B0: the same with NO broad word;
  B2: UD Italian train/dev sentences (never test) with a BROAD word and a GENRE or HISTORY word;
  B3: ENEIDE AMD train/dev sentences (never test) of documents no dev set references, with a BROAD word.
Each pool is shuffled with its own seed and its first N items are taken, so a larger N only adds items.
NonCommercial text (KIND, UD, ENEIDE) is printed as a reference line followed by a '#| ' comment with the text for
the annotator; the comments are removed before the file is committed. The extractor is never run here. Usage:
  python3 dev/make_heldout13.py ../shared/data REPO_ROOT [OTHER_REPO_ROOT ...] > candidates.txt
heldout13-mixed.txt itself is ignored. It was drawn on main 4f32ded with /work/main, /work/wt-names12,
/work/wt-time11 and /work/wt-ner7 as extra roots (their dev sets, committed or not, at 14:45 of that day).
"""
import csv, glob, hashlib, io, os, re, sys

from corpus_refs import kind_detok, kind_sentences, sha
from make_heldout9 import BROAD, GENRE, NOT_GENRE, dg_pools, first, named, sentences
from make_heldout10 import HISTORY
from make_heldout11 import UD_FILES, ud_sentences
from make_heldout12 import used_ids

SEED = 1313
N_DG, N_DG_NEG, N_DG_Q, N_MORO, N_MORO_NEG, N_UD, N_ENEIDE = 80, 4, 80, 80, 4, 24, 10
KIND_MORO = 'kind/dataset/moro_train.tsv'


def squash(s):
    return re.sub(r'[^0-9a-zà-ÿ]', '', s.lower())


def u16(s):
    return len(s.encode('utf-16-le')) // 2


def main(data, roots):
    ids, refs, used_docs, used_sids, other_text = used_ids(roots, skip='heldout13-mixed.txt')
    kind_used = set()
    for repo in roots:
        for path in glob.glob(f'{repo}/extractor-core/src/test/resources/devset/**/*', recursive=True):
            if os.path.isfile(path) and not path.endswith('heldout13-mixed.txt'):
                text = open(path, encoding='utf-8', errors='replace').read()
                kind_used.update(int(n) for n in re.findall(r'moro_train\.tsv sentence=(\d+)', text))
    used_paras = []
    eneide = []
    for split in ['train', 'dev', 'test']:
        raw = open(f'{data}/eneide-amd/paragraphs_{split}.csv', encoding='utf-8', newline='').read()
        for row in csv.reader(io.StringIO(raw)):
            if not row or row[0] == 'doc_id':
                continue
            if row[0] in used_docs:
                used_paras.append(squash(row[2]))
            elif split != 'test':
                for s in sentences(row[2]):
                    s = s.strip()
                    if 40 <= len(s) <= 420 and BROAD.search(s) and named(s):
                        eneide.append((split, row[0], u16(row[2][:row[2].find(s)]), s))
    used_paras = '\n'.join(used_paras)
    moro, moro_neg = [], []
    for n, toks in enumerate(kind_sentences(f'{data}/{KIND_MORO}')):
        if n % 3 != 2 or n in kind_used:
            continue
        s = kind_detok(toks)
        if not 60 <= len(s) <= 420 or not named(s) or squash(s)[:40] in used_paras:
            continue
        (moro if BROAD.search(s) else moro_neg).append((n, s))
    ud = []
    for f in UD_FILES:
        for sid, s in ud_sentences(f'{data}/{f}'):
            if sid not in used_sids and 40 <= len(s) <= 420 and BROAD.search(s) and not NOT_GENRE.search(s) \
                    and (GENRE.search(s) or HISTORY.search(s)):
                ud.append((f, sid, s))
    docs = sorted(glob.glob(f'{data}/dadoeval-degasperi/Test_Release/*/*.txt'))
    residue = [d for d in docs if int(hashlib.sha1(os.path.basename(d).encode()).hexdigest(), 16) % 6 in (1, 2)]
    docs, quoted_docs = [], []
    for d in residue:
        if os.path.basename(d)[:8].lower() in ids:
            continue
        text = open(d, encoding='utf-8').read()
        if any(len(s) >= 40 and s[:60] in other_text for s in sentences(text)):
            quoted_docs.append(d)
            continue
        docs.append(d)
    quoted = len(quoted_docs)
    dg_q = []
    for d in quoted_docs:
        text = open(d, encoding='utf-8').read()
        sents = sentences(text)
        for i, s in enumerate(sents):
            if 60 <= len(s) <= 800 and BROAD.search(s) and s[:60] not in other_text \
                    and (i == 0 or sents[i - 1][:60] not in other_text):
                context = sents[i - 1] + ' ' + s if i > 0 and len(sents[i - 1]) <= 420 else s
                dg_q.append((f'{os.path.basename(d)[:8]}-{text.find(s)}', context))
    dg, dg_neg = dg_pools(docs)
    print(f'# pools: de gasperi residue-1/2 docs {len(residue)}, unused {len(docs)} ({quoted} quoted by names/time '
          f'sets): sentences {len(dg)} (no broad word {len(dg_neg)}; of the quoted documents {len(dg_q)}); moro {len(moro)} (no broad word '
          f'{len(moro_neg)}), ud {len(ud)}, eneide {len(eneide)}', file=sys.stderr)
    for ident, context in first(dg, N_DG, SEED):
        print(f'=== {ident}\n{context}\n')
    for ident, s in first(dg_neg, N_DG_NEG, SEED + 1):
        print(f'=== {ident}-neg\n{s}\n')
    for ident, context in first(dg_q, N_DG_Q, SEED + 6):
        print(f'=== {ident}-q\n{context}\n')
    for n, s in first(moro, N_MORO, SEED + 2):
        print(f'=== h13-moro-{n}\n< {KIND_MORO} sentence={n} sha256={sha(s)}\n#| {s}\n')
    for n, s in first(moro_neg, N_MORO_NEG, SEED + 3):
        print(f'=== h13-moro-{n}-neg\n< {KIND_MORO} sentence={n} sha256={sha(s)}\n#| {s}\n')
    for f, sid, s in first(ud, N_UD, SEED + 4):
        print(f'=== h13-ud-{sid}\n< {f} sent_id={sid} sha256={sha(s)}\n#| {s}\n')
    for split, doc, start, s in first(eneide, N_ENEIDE, SEED + 5):
        print(f'=== h13-{split}-{doc[9:-5]}-{start}\n< eneide-amd/paragraphs_{split}.csv doc={doc} '
              f'chars={start}-{start + u16(s)} sha256={sha(s)}\n#| {s}\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
