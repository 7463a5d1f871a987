"""Splits blind15 into part a (tuned on) and part b (held out until the final measurement); run from the repository
root, writes extractor-core/src/test/resources/devset/time/blind15-parts.tsv (doc TAB a|b). Reads only the dev-set ids.

Key per item: the ENEIDE doc_id (`document_N.html` for `en-N`) or the 0-based WikiNEuRal test sentence index (`N` for
`wn-test-N`); part = int(sha1(('s10ab:' + key).encode()).hexdigest(), 16) % 2 (0 -> a, 1 -> b), a salt other than the
pools' 's10:' (parts_common.half)."""
from parts_common import devset_docs, half, write_parts_file

T = 'extractor-core/src/test/resources/devset/time/'


def key(doc):
    return f'document_{doc[3:]}.html' if doc.startswith('en-') else doc[len('wn-test-'):]


def part(doc):
    return half('s10ab:', key(doc))


write_parts_file(T + 'blind15-parts.tsv',
                 '# doc\tpart: blind15 split by dev/time_blind15_parts.py (sha1 of s10ab: + doc_id or sentence index, % 2;'
                 ' a = tuned on, b = held out)', devset_docs(T + 'blind15.tsv'), part)
