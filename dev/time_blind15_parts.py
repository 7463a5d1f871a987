"""Splits blind15 into part a (tuned on) and part b (held out until the final measurement); run from the repository
root, writes extractor-core/src/test/resources/devset/time/blind15-parts.tsv (doc TAB a|b). Reads only the dev-set ids.

Key per item: the ENEIDE doc_id (`document_N.html` for `en-N`) or the 0-based WikiNEuRal test sentence index (`N` for
`wn-test-N`); part = int(sha1(('s10ab:' + key).encode()).hexdigest(), 16) % 2 (0 -> a, 1 -> b), a salt other than the
pools' 's10:'."""
import hashlib

T = 'extractor-core/src/test/resources/devset/time/'


def key(doc):
    return f'document_{doc[3:]}.html' if doc.startswith('en-') else doc[len('wn-test-'):]


def part(doc):
    return 'ab'[int(hashlib.sha1(('s10ab:' + key(doc)).encode()).hexdigest(), 16) % 2]


docs = []
for line in open(T + 'blind15.tsv', encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    d = line.split('\t')[0].strip()
    if d not in docs:
        docs.append(d)
with open(T + 'blind15-parts.tsv', 'w', encoding='utf-8') as out:
    out.write('# doc\tpart: blind15 split by dev/time_blind15_parts.py (sha1 of s10ab: + doc_id or sentence index, % 2;'
              ' a = tuned on, b = held out)\n')
    for d in docs:
        out.write(f'{d}\t{part(d)}\n')
print(len(docs), 'documents;', sum(part(d) == 'a' for d in docs), 'in a')
