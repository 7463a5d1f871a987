"""Splits blind16 into part a and part b (held out until the final measurement); run from the repository root, writes
extractor-core/src/test/resources/devset/time/blind16-parts.tsv (doc TAB a|b). Reads only the dev-set ids and the
DaDoEval file names.

Key per item, as in dev/pick_time_blind16.py: the DaDoEval file name (`<uuid>.txt` for `dg-<first 8 hex>`), the ENEIDE
doc_id (`document_N.html` for `en-N`) or `val:N` for `wn-val-N`; part = int(sha1(('s11ab:' + key).encode()).hexdigest(),
16) % 2 (0 -> a, 1 -> b), the session's split salt (parts_common.half)."""
import os

from parts_common import devset_docs, half, write_parts_file

T = 'extractor-core/src/test/resources/devset/time/'
DG = '/work/shared/data/dadoeval-degasperi/Test_Release/'
NAMES = {f[:8]: f for g in ('same-genre', 'cross-genre') for f in os.listdir(DG + g)}


def key(doc):
    if doc.startswith('dg-'):
        return NAMES[doc[3:]]
    if doc.startswith('en-'):
        return f'document_{doc[3:]}.html'
    return 'val:' + doc[len('wn-val-'):]


def part(doc):
    return half('s11ab:', key(doc))


if __name__ == '__main__':
    write_parts_file(T + 'blind16-parts.tsv',
                     '# doc\tpart: blind16 split by dev/time_blind16_parts.py (sha1 of s11ab: + DaDoEval file name, ENEIDE'
                     ' doc_id or val:N, % 2; b = held out until the end)', devset_docs(T + 'blind16.tsv'), part)
