#!/usr/bin/env python3
"""Draws the texts of names dev part H (round 6) by fixed seeds; never looks at system output.

Pool (a), the sample's genre (Soviet / Russian / communist-movement history): WikiNEuRal-it `val.conllu` sentences
and ENEIDE AMD train/dev paragraphs matching KEYWORDS, referenced by no dev set (`val.conllu sentence=N`,
`wn-val-N`, `doc=document_N`) and whose text occurs in no file under extractor-core/src/test/resources; shuffled
with seed 13 (sentences) and 14 (paragraphs). test.conllu and ENEIDE test are held out and never read.
Pool (b), De Gasperi: DaDoEval `Test_Release/same-genre/` files whose file name (with `.txt`) satisfies
int(sha1(name), 16) % 3 == 0 (the time and events engineers draw from residues 1 and 2) and whose id occurs in no
file under extractor-core/src/test/resources; shuffled with seed 15.
Usage: python3 dev/pick_names_h.py ../shared/data N_SENTENCES N_PARAGRAPHS N_FILES
  prints `wn`/`eneide` reference lines (DOC<TAB>reference) and `dg` lines (FILE<TAB>year)
"""
import csv, hashlib, io, os, random, re, sys

from corpus_refs import conllu_rows, detok, sha

KEYWORDS = re.compile(r"(Stalin|Lenin|Trock|Trotsk|Bucharin|Bukharin|Zinov|Kamenev|bolscev|sovietic|URSS|"
                      r"Unione Sovietica|Mosca|Pietrogrado|Leningrado|comunist|Comintern|Politburo|\bzar)", re.I)


def resources():
    texts = []
    for d, _, fs in os.walk('extractor-core/src/test/resources'):
        for f in fs:
            try:
                texts.append(open(os.path.join(d, f), encoding='utf-8').read())
            except (UnicodeDecodeError, IsADirectoryError):
                continue
    return '\n'.join(texts)


def u16(s):
    return len(s.encode('utf-16-le')) // 2


def main(root, n_sent, n_para, n_files):
    alltext = resources()
    refs = {int(m.group(1)) for m in re.finditer(r"\bval\.conllu\s+sentence=(\d+)", alltext)}
    refs |= {int(m.group(1)) for m in re.finditer(r"\bwn-val-0*(\d+)\b", alltext)}
    sents = []
    for i, rows in enumerate(conllu_rows(os.path.join(root, 'wikineural-it', 'val.conllu'))):
        text = detok([r[1] for r in rows])
        if i not in refs and KEYWORDS.search(text) and text not in alltext:
            sents.append((i, text))
    random.Random(13).shuffle(sents)
    print('# %d sentence candidates' % len(sents), file=sys.stderr)
    for i, text in sents[:int(n_sent)]:
        print('wn-val-%05d\twikineural-it/val.conllu sentence=%d sha256=%s' % (i, i, sha(text)))
    paras = []
    for split in ('train', 'dev'):
        raw = open(os.path.join(root, 'eneide-amd', 'paragraphs_%s.csv' % split), encoding='utf-8', newline='').read()
        for row in csv.reader(io.StringIO(raw)):
            if row and row[0] != 'doc_id' and KEYWORDS.search(row[2]) and ('doc=' + row[0]) not in alltext \
                    and row[2] not in alltext:
                paras.append((split, row[0], row[2]))
    random.Random(14).shuffle(paras)
    print('# %d paragraph candidates' % len(paras), file=sys.stderr)
    for split, doc, text in paras[:int(n_para)]:
        print('am-%s\teneide-amd/paragraphs_%s.csv doc=%s chars=0-%d sha256=%s'
              % (doc.split('_')[1].split('.')[0], split, doc, u16(text), sha(text)))
    years = {}
    for line in open(os.path.join(root, 'dadoeval-degasperi', 'Gold-test', 'GoldStandard_same-genre.tsv'),
                     encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if len(f) >= 2:
            years[f[0]] = f[1]
    d = os.path.join(root, 'dadoeval-degasperi', 'Test_Release', 'same-genre')
    files = [f for f in sorted(os.listdir(d))
             if int(hashlib.sha1(f.encode()).hexdigest(), 16) % 3 == 0 and f[:-4] not in alltext]
    random.Random(15).shuffle(files)
    print('# %d De Gasperi candidates' % len(files), file=sys.stderr)
    for f in files[:int(n_files)]:
        print('%s\t%s' % (f, years.get(f, '?')))


if __name__ == '__main__':
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
