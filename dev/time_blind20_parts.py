"""Splits blind20 into part a and part b (held out: its errors are never printed); run from the repository root, writes
extractor-core/src/test/resources/devset/time/blind20-parts.tsv (doc TAB a|b). Reads only the dev-set ids and
corpus-refs.tsv.

Key per document, as in dev/pick_time_blind20.py (`key` of dev/time_blind18_parts.py): the DaDoEval file name
(`<uuid>.txt` for `dg-<first 8 hex>`, read from its corpus reference) or `val:N` / `test:N` for `wn-val-N` /
`wn-test-N`; part = int(sha1(('s25t:' + key).encode()).hexdigest(), 16) % 2 (0 -> a, 1 -> b), session 25's split salt
(parts_common.half)."""
from parts_common import devset_docs, half, write_parts_file
from time_blind18_parts import T, key


def part(doc):
    return half('s25t:', key(doc))


if __name__ == '__main__':
    write_parts_file(T + 'blind20-parts.tsv',
                     '# doc\tpart: blind20 split by dev/time_blind20_parts.py (sha1 of s25t: + DaDoEval file name or'
                     ' val:N / test:N, % 2; b = held out: summary lines only)', devset_docs(T + 'blind20.tsv'), part)
