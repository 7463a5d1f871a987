#!/usr/bin/env python3
"""Splits names dev part S (session 11) into S-a and S-b.

The key of a document is its ENEIDE doc_id (`doc=` in texts-s.tsv) or its WikiNEuRal sentence index (`sentence=`, as a
decimal string, the key of dev/pick_names_s.py); the part is int(sha1('s11ab:' + key), 16) % 2 (0 = a, 1 = b), the
salt differing from the session-11 pool split. S-a may be read to decide between two general options; S-b stays
unseen until the final measurement. Writes OUT_DIR/gold-s-a.tsv and OUT_DIR/gold-s-b.tsv (the gold lines of each
part, with gold-s.tsv's header), for `extractor eval names --gold ... --texts ...`.
Usage: python3 dev/names_s_parts.py extractor-core/src/test/resources/devset/names OUT_DIR
"""
import sys

from names_r_parts import text_keys, write_parts
from parts_common import splitter

part = splitter('s11ab:')


def main(names_dir, out_dir):
    write_parts(names_dir, out_dir, 's', text_keys(names_dir, 's'), part)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
