#!/usr/bin/env python3
"""Draws the texts of names dev part J (round 8) by fixed seeds; never runs the system nor looks at its output.

Pool (a), De Gasperi: DaDoEval `Test_Release/same-genre/` and `Test_Release/cross-genre/` files whose file name
(with `.txt`) satisfies int(sha1(name), 16) % 6 == 0 (other engineers draw from residues 3 and 2/5) and whose id
occurs in no dev-set file (see `used`). Part I's neutral pre-filter: in each file the window of whole sentences of at
most WINDOW characters with the most capitalised non-initial words is its candidate excerpt; the 60 files whose
excerpt has the most such words are shuffled with seed 19 and the first N_FILES are drawn.
Pool (b), the sample's genre (Soviet / Russian / communist-movement history): WikiNEuRal-it `val.conllu`
sentences and ENEIDE AMD train/dev paragraphs matching the keywords of part H, referenced by no dev set
(`val.conllu sentence=N`, `wn-val-N`, `val-N`, `doc=document_N`) and whose text occurs in no dev-set file;
shuffled with seeds 20 (sentences) and 21 (paragraphs); the pool is nearly exhausted, so UD Italian treebank
train/dev sentences (never test) matching the same keywords (`# text =` line), whose sent_id and text occur in no
dev-set file, are drawn too (seed 22).
Dev-set files = every file under extractor-core/src/test/resources of this worktree and of the sibling worktrees
/work/wt-names7, /work/wt-time7, /work/wt-events7 (where they exist), except part J's own files (gold-j.tsv,
texts-j.tsv, sources-j.tsv), so the draw can be repeated after they were committed.
test.conllu and ENEIDE test are held out and never read.
Usage: python3 dev/pick_names_j.py ../shared/data N_FILES N_SENTENCES N_PARAGRAPHS N_UD
  prints `dg` lines (genre/FILE<TAB>year<TAB>chars=B-E<TAB>capitalised-word count) and `wn`/`eneide` reference
  lines (DOC<TAB>reference), then `ud` reference lines
"""
import csv, hashlib, io, os, random, re, sys

from corpus_refs import conllu_rows, detok, sha
from pick_names_h import KEYWORDS
from names_draw import dadoeval_years

WINDOW = 1300
SENTENCE_END = re.compile(r"(?<=[.!?;:»])\s+(?=[«\"A-ZÀ-Ý])")
WORD = re.compile(r"[A-Za-zÀ-ÿ'’]+")

OWN = {'gold-j.tsv', 'texts-j.tsv', 'sources-j.tsv'}
ROOTS = ['.', '/work/wt-names7', '/work/wt-time7', '/work/wt-events7']


def used_in(res_root, own):
    refs, docs, texts = set(), set(), []
    for d, _, fs in os.walk(res_root):
        for f in fs:
            if f in own:
                continue
            try:
                t = open(os.path.join(d, f), encoding='utf-8').read()
            except (UnicodeDecodeError, IsADirectoryError):
                continue
            texts.append(t)
            refs |= {int(m.group(1)) for m in re.finditer(r"\bval\.conllu\s+sentence=(\d+)", t)}
            refs |= {int(m.group(1)) for m in re.finditer(r"\b(?:wn-)?val-0*(\d+)\b", t)}
            docs |= {m.group(1) for m in re.finditer(r"\bdoc=(\S+)", t)}
    return refs, docs, '\n'.join(texts)


def capitalised_non_initial(sentence):
    words = WORD.findall(sentence)
    return sum(1 for w in words[1:] if w[0].isupper())


def best_window(text):
    """(begin, end, count): the run of whole sentences of at most WINDOW characters with the most capitalised
    non-initial words (part I's pre-filter); offsets are Python (code point) offsets."""
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
    spans = [(b, (starts[i + 1] if i + 1 < len(starts) else len(text))) for i, b in enumerate(starts)]
    spans = [(b, e - (len(text[b:e]) - len(text[b:e].rstrip()))) for b, e in spans]
    counts = [capitalised_non_initial(text[b:e]) for b, e in spans]
    best = (0, 0, -1)
    for i in range(len(spans)):
        n, j = 0, i
        while j < len(spans) and spans[j][1] - spans[i][0] <= WINDOW:
            n += counts[j]
            j += 1
        if j > i and n > best[2]:
            best = (spans[i][0], spans[j - 1][1], n)
    return best


def used():
    refs, docs, texts = set(), set(), []
    for r in ROOTS:
        res = os.path.join(r, 'extractor-core', 'src', 'test', 'resources')
        if os.path.isdir(res):
            a, b, c = used_in(res, OWN)
            refs |= a
            docs |= b
            texts.append(c)
    return refs, docs, '\n'.join(texts)


UD_FILES = ['UD_Italian-ISDT/it_isdt-ud-dev.conllu', 'UD_Italian-VIT/it_vit-ud-dev.conllu',
            'UD_Italian-ParTUT/it_partut-ud-train.conllu', 'UD_Italian-ParTUT/it_partut-ud-dev.conllu',
            'UD_Italian-MarkIT/it_markit-ud-train.conllu', 'UD_Italian-MarkIT/it_markit-ud-dev.conllu',
            'UD_Italian-ParlaMint/it_parlamint-ud-train.conllu']


def main(root, n_files, n_sent, n_para, n_ud):
    refs, docs, alltext = used()
    years = dadoeval_years(root)
    files = []
    for genre in ('same-genre', 'cross-genre'):
        d = os.path.join(root, 'dadoeval-degasperi', 'Test_Release', genre)
        for f in sorted(os.listdir(d)):
            if int(hashlib.sha1(f.encode()).hexdigest(), 16) % 6 == 0 and f[:-4] not in alltext:
                b, e, n = best_window(open(os.path.join(d, f), encoding='utf-8').read())
                if n > 0:
                    files.append((n, genre + '/' + f, b, e))
    files.sort(key=lambda x: (-x[0], x[1]))
    print('# %d De Gasperi candidates' % len(files), file=sys.stderr)
    top = files[:60]
    random.Random(19).shuffle(top)
    for n, f, b, e in top[:int(n_files)]:
        print('%s\t%s\tchars=%d-%d\t%d' % (f, years.get(f.split('/')[1], '?'), b, e, n))
    sents = []
    for i, rows in enumerate(conllu_rows(os.path.join(root, 'wikineural-it', 'val.conllu'))):
        text = detok([r[1] for r in rows])
        if i not in refs and KEYWORDS.search(text) and text not in alltext:
            sents.append((i, text))
    random.Random(20).shuffle(sents)
    print('# %d sentence candidates' % len(sents), file=sys.stderr)
    for i, text in sents[:int(n_sent)]:
        print('wn-val-%05d\twikineural-it/val.conllu sentence=%d sha256=%s' % (i, i, sha(text)))
    paras = []
    for split in ('train', 'dev'):
        raw = open(os.path.join(root, 'eneide-amd', 'paragraphs_%s.csv' % split), encoding='utf-8', newline='').read()
        for row in csv.reader(io.StringIO(raw)):
            if row and row[0] != 'doc_id' and KEYWORDS.search(row[2]) and row[0] not in docs \
                    and row[2] not in alltext:
                paras.append((split, row[0], row[2]))
    random.Random(21).shuffle(paras)
    print('# %d paragraph candidates' % len(paras), file=sys.stderr)
    for split, doc, text in paras[:int(n_para)]:
        print('am-%s\teneide-amd/paragraphs_%s.csv doc=%s chars=0-%d sha256=%s'
              % (doc.split('_')[1].split('.')[0], split, doc, len(text.encode('utf-16-le')) // 2, sha(text)))

    uds = []
    for f in UD_FILES:
        sid = None
        for line in open(os.path.join(root, f), encoding='utf-8'):
            if line.startswith('# sent_id'):
                sid = line.split('=', 1)[1].strip()
            elif line.startswith('# text =') and sid is not None:
                text = line.split('=', 1)[1].strip()
                if KEYWORDS.search(text) and sid not in alltext and text not in alltext:
                    uds.append((f, sid, text))
    random.Random(22).shuffle(uds)
    print('# %d UD sentence candidates' % len(uds), file=sys.stderr)
    for f, sid, text in uds[:int(n_ud)]:
        print('ud-%s\t%s sent_id=%s sha256=%s' % (re.sub(r'[^A-Za-z0-9-]', '-', sid), f, sid, sha(text)))


if __name__ == '__main__':
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    main(*sys.argv[1:])
