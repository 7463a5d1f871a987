#!/usr/bin/env python3
"""Turns an event dev-set file whose text lines are copied corpus sentences into one that references them.

Each text line found in the corpus is replaced by a reference line that EventDevSet resolves at test time:
  < wikineural-it/test.conllu sentence=224 sha256=...            (0-based sentence, tokens detokenised)
  < eneide-amd/paragraphs_train.csv doc=D chars=B-E sha256=...  (UTF-16 offsets into the paragraph text)
so that no text of a NonCommercial corpus is committed. Usage:
  python3 dev/make_heldout_refs.py ../shared/data FILE > FILE.new
"""
import csv, hashlib, io, re, sys

from corpus_refs import conllu, detok, sha


def u16(s):
    return len(s.encode('utf-16-le')) // 2


def main(data, fixture):
    index = {}
    for f in ['test.conllu', 'val.conllu']:
        for i, toks in enumerate(conllu(f'{data}/wikineural-it/{f}')):
            index.setdefault(detok(toks), []).append(f'wikineural-it/{f} sentence={i}')
    paras = {}
    for split in ['train', 'dev', 'test']:
        raw = open(f'{data}/eneide-amd/paragraphs_{split}.csv', encoding='utf-8', newline='').read()
        for row in csv.reader(io.StringIO(raw)):
            if row and row[0] != 'doc_id':
                paras[(split, row[0])] = row[2]
    for line in open(fixture, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line[0] in '#=@>':
            print(line)
            continue
        refs = list(index.get(line, []))
        for (split, doc), text in paras.items():
            k = text.find(line)
            if k >= 0:
                refs.append(f'eneide-amd/paragraphs_{split}.csv doc={doc} chars={u16(text[:k])}-{u16(text[:k]) + u16(line)}')
        if not refs:
            sys.exit(f'not found in the corpora: {line}')
        print(f'< {refs[0]} sha256={sha(line)}')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
