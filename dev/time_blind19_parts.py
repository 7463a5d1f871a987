"""Splits blind19 into part a and part b (held out: its errors are never printed); run from the repository root, writes
extractor-core/src/test/resources/devset/time/blind19-parts.tsv (doc TAB a|b). Reads only the dev-set ids and
corpus-refs.tsv.

Key per document, as in dev/pick_time_blind19.py (`key` of dev/time_blind18_parts.py): the DaDoEval file name (`<uuid>.txt` for `dg-<first 8 hex>`, read
from its corpus reference) or `val:N` / `test:N` for `wn-val-N` / `wn-test-N`; part =
int(sha1(('s23ab:' + key).encode()).hexdigest(), 16) % 2 (0 -> a, 1 -> b), session 23's split salt
(parts_common.half)."""
from parts_common import devset_docs, half, write_parts_file
from time_blind18_parts import T, key


def part(doc):
    return half('s23ab:', key(doc))


if __name__ == '__main__':
    write_parts_file(T + 'blind19-parts.tsv',
                     '# doc\tpart: blind19 split by dev/time_blind19_parts.py (sha1 of s23ab: + DaDoEval file name or'
                     ' val:N / test:N, % 2; b = held out: summary lines only)', devset_docs(T + 'blind19.tsv'), part)
