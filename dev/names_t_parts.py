#!/usr/bin/env python3
"""Splits names dev part T (session 16) into T-a and T-b.

The key of an excerpt is its target sentence, as in dev/pick_names_t.py: `moro_test.tsv:N` or `ADG_test.tsv:N` for a
KIND excerpt `sentences=A-B` (N = A + 1, the middle sentence) and the decimal index `N` for a WikiNEuRal sentence
`sentence=N`; the part is int(sha1('s16ab:' + key), 16) % 2 (0 = a, 1 = b), the salt differing from the session-16
pool split ('s16:'). T-a may be read for a first analysis; T-b stays unseen (no error of it is printed or read).
Writes OUT_DIR/gold-t-a.tsv and OUT_DIR/gold-t-b.tsv (the gold lines of each part, with gold-t.tsv's header), for
`extractor eval names --gold ... --texts ...`.
Usage: python3 dev/names_t_parts.py extractor-core/src/test/resources/devset/names OUT_DIR
"""
import os, sys

from names_r_parts import write_parts
from parts_common import splitter

part = splitter('s16ab:')


def keys(names_dir, refs='texts-t.tsv'):
    """The split key of each document of texts-t.tsv (or of another references file of the same forms: part U)."""
    out = {}
    for line in open(os.path.join(names_dir, refs), encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            doc, ref = line.rstrip('\n').split('\t')
            f = ref.split()
            kv = dict(x.split('=', 1) for x in f[1:])
            if 'sentences' in kv:
                out[doc] = '%s:%d' % (os.path.basename(f[0]), int(kv['sentences'].split('-')[0]) + 1)
            else:
                out[doc] = kv['sentence']
    return out


def main(names_dir, out_dir):
    write_parts(names_dir, out_dir, 't', keys(names_dir), part)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
