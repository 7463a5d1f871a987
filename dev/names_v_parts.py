#!/usr/bin/env python3
"""Splits names dev part V (session 25) into V-a and V-b.

The key of an excerpt is the one of dev/pick_names_v.py: `moro_test.tsv:N` for a KIND excerpt `sentences=A-B` (N = A + 1,
the middle sentence) and the ENEIDE doc_id (`doc=` of a `paragraphs_test.csv` reference); the part is
int(sha1('s25v:' + key), 16) % 2 (0 = a, 1 = b), a salt new to session 25 (U's was 's23ab:'). V-a may be read for a
first analysis; V-b stays unseen (no error of it is printed or read).
Writes OUT_DIR/gold-v-a.tsv and OUT_DIR/gold-v-b.tsv (the gold lines of each part, with gold-v.tsv's header), for
`extractor eval names --gold ... --texts ...`.
Usage: python3 dev/names_v_parts.py extractor-core/src/test/resources/devset/names OUT_DIR
"""
import os, sys

from names_r_parts import write_parts
from parts_common import splitter

part = splitter('s25v:')


def keys(names_dir):
    """The split key of each document of texts-v.tsv."""
    out = {}
    for line in open(os.path.join(names_dir, 'texts-v.tsv'), encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            doc, ref = line.rstrip('\n').split('\t')
            f = ref.split()
            kv = dict(x.split('=', 1) for x in f[1:])
            out[doc] = kv['doc'] if 'doc' in kv else '%s:%d' % (os.path.basename(f[0]), int(kv['sentences'].split('-')[0]) + 1)
    return out


def main(names_dir, out_dir):
    write_parts(names_dir, out_dir, 'v', keys(names_dir), part)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
