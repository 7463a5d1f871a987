#!/usr/bin/env python3
"""Splits names dev part R (session 10) into R-a (tuned on) and R-b (kept unseen until the end).

The key of a document is its De Gasperi file name (sources-r.tsv), its ENEIDE doc_id (`doc=` in texts-r.tsv) or its
WikiNEuRal sentence index (`sentence=`); the part is int(sha1('s10ab:' + key), 16) % 2 (0 = a, 1 = b), the salt
differing from the session-10 pool split (dev/pick_names_r.py; parts_common.half). Writes OUT_DIR/gold-r-a.tsv and OUT_DIR/gold-r-b.tsv
(the gold lines of each part, with gold-r.tsv's header), for `extractor eval names --gold ... --texts ...`.
Usage: python3 dev/names_r_parts.py extractor-core/src/test/resources/devset/names OUT_DIR
"""
import os, sys

from parts_common import splitter

part = splitter('s10ab:')


def text_keys(names_dir, letter):
    """The ENEIDE doc_id or WikiNEuRal sentence index of each document of texts-LETTER.tsv."""
    out = {}
    for line in open(os.path.join(names_dir, 'texts-%s.tsv' % letter), encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            doc, ref = line.rstrip('\n').split('\t')
            kv = dict(x.split('=', 1) for x in ref.split()[1:])
            out[doc] = kv['doc'] if 'doc' in kv else kv['sentence']
    return out


def keys(names_dir):
    out = {}
    for line in open(os.path.join(names_dir, 'sources-r.tsv'), encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            f = line.rstrip('\n').split('\t')
            out[f[0]] = f[1].split('/')[1]
    out.update(text_keys(names_dir, 'r'))
    return out


def write_parts(names_dir, out_dir, letter, k, part):
    """Writes OUT_DIR/gold-LETTER-a.tsv and -b.tsv: gold-LETTER.tsv's header and the lines of each part's documents."""
    lines = open(os.path.join(names_dir, 'gold-%s.tsv' % letter), encoding='utf-8').read().split('\n')
    head = [l for l in lines if l.startswith('#')]
    os.makedirs(out_dir, exist_ok=True)
    for p in 'ab':
        with open(os.path.join(out_dir, 'gold-%s-%s.tsv' % (letter, p)), 'w', encoding='utf-8') as w:
            for l in head + [l for l in lines if l and not l.startswith('#') and part(k[l.split('\t')[0]]) == p]:
                w.write(l + '\n')
    for p in 'ab':
        docs = sorted(d for d in k if part(k[d]) == p)
        print('%s-%s: %d documents' % (letter.upper(), p, len(docs)), file=sys.stderr)


def main(names_dir, out_dir):
    write_parts(names_dir, out_dir, 'r', keys(names_dir), part)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
