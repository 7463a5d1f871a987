"""Shared helpers of the dev-set scripts that reference NonCommercial corpus sentences instead of copying them.

`detok` must stay in sync with `CorpusSentences.detokenise` (extractor-core tests, package `corpus`): the SHA-256
prefixes in the dev sets are computed on its output.
"""
import hashlib

NO_SPACE_BEFORE = {',', '.', ';', ':', ')', '!', '?', '%'}


def detok(tokens):
    """Joins tokens with spaces, except before , . ; : ) ! ? % and after a token ending in ' or (."""
    s = ''
    for t in tokens:
        if s and t not in NO_SPACE_BEFORE and s[-1] != "'" and s[-1] != '(':
            s += ' '
        s += t
    return s


def conllu_rows(path):
    """The sentences of a CoNLL-style file (blank-line separated), each a list of its lines' tab-split columns."""
    out, cur = [], []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            if cur:
                out.append(cur)
                cur = []
            continue
        cur.append(line.split('\t'))
    if cur:
        out.append(cur)
    return out


def conllu(path):
    """The sentences of a CoNLL-style file as lists of their tokens (second column)."""
    return [[c[1] for c in s] for s in conllu_rows(path)]


def sha(s, n=16):
    """The first n hex digits of the SHA-256 of the UTF-8 text."""
    return hashlib.sha256(s.encode('utf-8')).hexdigest()[:n]


KIND_NO_SPACE_AFTER = ("'", '\u2019', '(', '\u00ab')


def kind_detok(tokens):
    """Joins KIND tokens with spaces, except before , . ; : ) ! ? % \u00bb and after a token ending in ' \u2019 ( or \u00ab.

    Must stay in sync with CorpusSentences.detokeniseKind (the SHA-256 prefixes of KIND references are computed on it).
    """
    s = ''
    for t in tokens:
        if s and t not in NO_SPACE_BEFORE and t != '\u00bb' and not s.endswith(KIND_NO_SPACE_AFTER):
            s += ' '
        s += t
    return s


def kind_sentences(path):
    """The sentences of a KIND two-column file (token TAB tag) as lists of their tokens (first column)."""
    return [[c[0] for c in s] for s in conllu_rows(path)]
