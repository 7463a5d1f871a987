#!/usr/bin/env python3
"""Splits names dev part S (session 11) into S-a and S-b.

The key of a document is its ENEIDE doc_id (`doc=` in texts-s.tsv) or its WikiNEuRal sentence index (`sentence=`, as a
decimal string, the key of dev/pick_names_s.py); the part is int(sha1('s11ab:' + key), 16) % 2 (0 = a, 1 = b), the
salt differing from the session-11 pool split. S-a may be read to decide between two general options; S-b stays
unseen until the final measurement. Writes OUT_DIR/gold-s-a.tsv and OUT_DIR/gold-s-b.tsv (the gold lines of each
part, with gold-s.tsv's header), for `extractor eval names --gold ... --texts ...`.
Usage: python3 dev/names_s_parts.py extractor-core/src/test/resources/devset/names OUT_DIR
"""
import hashlib, os, sys


def part(key):
    return 'ab'[int(hashlib.sha1(('s11ab:' + key).encode()).hexdigest(), 16) % 2]


def keys(names_dir):
    out = {}
    for line in open(os.path.join(names_dir, 'texts-s.tsv'), encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            doc, ref = line.rstrip('\n').split('\t')
            kv = dict(x.split('=', 1) for x in ref.split()[1:])
            out[doc] = kv['doc'] if 'doc' in kv else kv['sentence']
    return out


def main(names_dir, out_dir):
    k = keys(names_dir)
    lines = open(os.path.join(names_dir, 'gold-s.tsv'), encoding='utf-8').read().split('\n')
    head = [l for l in lines if l.startswith('#')]
    os.makedirs(out_dir, exist_ok=True)
    for p in 'ab':
        with open(os.path.join(out_dir, 'gold-s-%s.tsv' % p), 'w', encoding='utf-8') as w:
            for l in head + [l for l in lines if l and not l.startswith('#') and part(k[l.split('\t')[0]]) == p]:
                w.write(l + '\n')
    for p in 'ab':
        docs = sorted(d for d in k if part(k[d]) == p)
        print('S-%s: %d documents' % (p, len(docs)), file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
