#!/usr/bin/env python3
"""Splits names dev part U (session 23) into U-a and U-b.

The key of an excerpt is its target sentence, as in dev/pick_names_u.py: `moro_test.tsv:N` or `ADG_test.tsv:N` for a
KIND excerpt `sentences=A-B` (N = A + 1, the middle sentence) and the decimal index `N` for a WikiNEuRal sentence
`sentence=N`; the part is int(sha1('s23ab:' + key), 16) % 2 (0 = a, 1 = b), a salt new to session 23 (T's was
's16ab:'). U-a may be read for a first analysis; U-b stays unseen (no error of it is printed or read).
Writes OUT_DIR/gold-u-a.tsv and OUT_DIR/gold-u-b.tsv (the gold lines of each part, with gold-u.tsv's header), for
`extractor eval names --gold ... --texts ...`.
Usage: python3 dev/names_u_parts.py extractor-core/src/test/resources/devset/names OUT_DIR
"""
import sys

from names_r_parts import write_parts
from names_t_parts import keys as t_keys
from parts_common import splitter

part = splitter('s23ab:')


def keys(names_dir):
    """The split key of each document of texts-u.tsv (texts-t.tsv's reference forms)."""
    return t_keys(names_dir, 'texts-u.tsv')


def main(names_dir, out_dir):
    write_parts(names_dir, out_dir, 'u', keys(names_dir), part)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
