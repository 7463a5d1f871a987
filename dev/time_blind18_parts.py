"""Splits blind18 into part a and part b (held out: its errors are never printed); run from the repository root, writes
extractor-core/src/test/resources/devset/time/blind18-parts.tsv (doc TAB a|b). Reads only the dev-set ids and
corpus-refs.tsv.

Key per document, as in dev/pick_time_blind18.py: the DaDoEval file name (`<uuid>.txt` for `dg-<first 8 hex>`, read
from its corpus reference) or `val:N` / `test:N` for `wn-val-N` / `wn-test-N`; part =
int(sha1(('s17ab:' + key).encode()).hexdigest(), 16) % 2 (0 -> a, 1 -> b), the session's split salt
(parts_common.half)."""
import os

from parts_common import devset_docs, half, write_parts_file

T = 'extractor-core/src/test/resources/devset/time/'
REFS = {l.split('\t')[0]: l.rstrip('\n').split('\t')[1] for l in open(T + 'corpus-refs.tsv', encoding='utf-8')
        if not l.startswith('#') and '\t' in l}


def key(doc):
    if doc.startswith('dg-'):
        return os.path.basename(REFS[doc].split()[0])
    _, name, n = doc.split('-')
    return f'{name}:{n}'


def part(doc):
    return half('s17ab:', key(doc))


if __name__ == '__main__':
    write_parts_file(T + 'blind18-parts.tsv',
                     '# doc\tpart: blind18 split by dev/time_blind18_parts.py (sha1 of s17ab: + DaDoEval file name or'
                     ' val:N / test:N, % 2; b = held out: summary lines only)', devset_docs(T + 'blind18.tsv'), part)
