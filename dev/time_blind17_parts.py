"""Splits blind17 into part a and part b (held out until the final measurement); run from the repository root, writes
extractor-core/src/test/resources/devset/time/blind17-parts.tsv (doc TAB a|b). Reads only the dev-set ids.

Key per passage, as in dev/pick_time_blind17.py: `FILE:B`, the KIND file name (`ADG_dev.tsv`, `ADG_test.tsv`,
`ADG_train.tsv`) and the 0-based index of the passage's last sentence (always a drawn target), both read from the
document id `ka-FILE-A-B`; part = int(sha1(('s13ab:' + key).encode()).hexdigest(), 16) % 2 (0 -> a, 1 -> b), the
session's split salt (parts_common.half)."""
from parts_common import devset_docs, half, write_parts_file

T = 'extractor-core/src/test/resources/devset/time/'
LONG = {'dev': 'ADG_dev.tsv', 'test': 'ADG_test.tsv', 'train': 'ADG_train.tsv'}


def key(doc):
    _, f, _, b = doc.split('-')
    return f'{LONG[f]}:{b}'


def part(doc):
    return half('s13ab:', key(doc))


if __name__ == '__main__':
    write_parts_file(T + 'blind17-parts.tsv',
                     '# doc\tpart: blind17 split by dev/time_blind17_parts.py (sha1 of s13ab: + KIND file name:index of the'
                     ' passage\'s last sentence, % 2; b = held out until the end)', devset_docs(T + 'blind17.tsv'), part)
