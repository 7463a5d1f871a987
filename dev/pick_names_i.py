#!/usr/bin/env python3
"""Draws the texts of names dev part I (round 7) by fixed seeds; never looks at system output.

Pool (a), De Gasperi: DaDoEval `Test_Release/same-genre/` files whose file name (with `.txt`) satisfies
int(sha1(name), 16) % 3 == 0 (the time and events engineers draw from residues 1 and 2) and whose id occurs in no
file under extractor-core/src/test/resources. A neutral pre-filter that does not use the system makes persons less
scarce: in each file the window of whole sentences of at most WINDOW characters with the most capitalised
non-initial words (a capitalised word that does not open a sentence) is its candidate excerpt; the 60 files whose
excerpt has the most such words are shuffled with seed 16 and the first N_FILES are drawn.
Pool (b), the sample's genre (Soviet / Russian / communist-movement history): WikiNEuRal-it `val.conllu`
sentences and ENEIDE AMD train/dev paragraphs matching the keywords of part H, referenced by no dev set (names,
time, events: `val.conllu sentence=N`, `wn-val-N`, `val-N`, `doc=document_N`) and whose text occurs in no file
under extractor-core/src/test/resources; shuffled with seeds 17 (sentences) and 18 (paragraphs).
Part I's own files (gold-i.tsv, texts-i.tsv, sources-i.tsv: the De Gasperi ids) are not read, so the draw can be
repeated after they were committed.
test.conllu and ENEIDE test are held out and never read.
Usage: python3 dev/pick_names_i.py ../shared/data N_FILES N_SENTENCES N_PARAGRAPHS
  prints `dg` lines (FILE<TAB>year<TAB>chars=B-E<TAB>capitalised-word count) and `wn`/`eneide` reference lines
  (DOC<TAB>reference)
"""
import csv, hashlib, io, os, random, re, sys

from corpus_refs import conllu_rows, detok, sha
from pick_names_h import KEYWORDS

WINDOW = 1300
SENTENCE_END = re.compile(r"(?<=[.!?;:»])\s+(?=[«\"A-ZÀ-Ý])")
WORD = re.compile(r"[A-Za-zÀ-ÿ'’]+")


OWN = {'gold-i.tsv', 'texts-i.tsv', 'sources-i.tsv'}


def used(res_root):
    refs, docs, texts = set(), set(), []
    for d, _, fs in os.walk(res_root):
        for f in fs:
            if f in OWN:
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
    non-initial words; offsets are Python (code point) offsets, equal to UTF-16 ones for this BMP text."""
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


def main(root, n_files, n_sent, n_para):
    refs, docs, alltext = used('extractor-core/src/test/resources')
    years = {}
    for line in open(os.path.join(root, 'dadoeval-degasperi', 'Gold-test', 'GoldStandard_same-genre.tsv'),
                     encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if len(f) >= 2:
            years[f[0]] = f[1]
    d = os.path.join(root, 'dadoeval-degasperi', 'Test_Release', 'same-genre')
    files = []
    for f in sorted(os.listdir(d)):
        if int(hashlib.sha1(f.encode()).hexdigest(), 16) % 3 == 0 and f[:-4] not in alltext:
            b, e, n = best_window(open(os.path.join(d, f), encoding='utf-8').read())
            if n > 0:
                files.append((n, f, b, e))
    files.sort(key=lambda x: (-x[0], x[1]))
    print('# %d De Gasperi candidates' % len(files), file=sys.stderr)
    top = files[:60]
    random.Random(16).shuffle(top)
    for n, f, b, e in top[:int(n_files)]:
        print('%s\t%s\tchars=%d-%d\t%d' % (f, years.get(f, '?'), b, e, n))
    sents = []
    for i, rows in enumerate(conllu_rows(os.path.join(root, 'wikineural-it', 'val.conllu'))):
        text = detok([r[1] for r in rows])
        if i not in refs and KEYWORDS.search(text) and text not in alltext:
            sents.append((i, text))
    random.Random(17).shuffle(sents)
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
    random.Random(18).shuffle(paras)
    print('# %d paragraph candidates' % len(paras), file=sys.stderr)
    for split, doc, text in paras[:int(n_para)]:
        print('am-%s\teneide-amd/paragraphs_%s.csv doc=%s chars=0-%d sha256=%s'
              % (doc.split('_')[1].split('.')[0], split, doc, len(text.encode('utf-16-le')) // 2, sha(text)))


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
