#!/usr/bin/env python3
"""The salted a/b split shared by the split and score scripts of the dev sets drawn since session 10.

A dev set is split into a part a (may be read while tuning) and a part b (held out until the final measurement) by a
salted hash of each item's key: int(sha1((salt + key).encode()).hexdigest(), 16) % 2, 0 -> a, 1 -> b. Session 10 used
the salt 's10ab:', session 11 's11ab:' (a salt other than the pools' 's10:' / 's11:'). Users: names_r_parts.py,
names_s_parts.py, names_t_parts.py, names_u_parts.py, names_v_parts.py, time_blind15_parts.py, time_blind16_parts.py, event_parts17.py, event_parts18.py.
"""
import hashlib


def half(salt, key):
    """'a' or 'b': the part of key under salt."""
    return 'ab'[int(hashlib.sha1((salt + key).encode()).hexdigest(), 16) % 2]


def splitter(salt):
    """The one-argument part function (key -> 'a' or 'b') of salt."""
    return lambda key: half(salt, key)


def devset_docs(path):
    """The document ids (first column) of a dev-set TSV file, once each, in file order (no comments, no blank lines)."""
    docs = []
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        d = line.split('\t')[0].strip()
        if d not in docs:
            docs.append(d)
    return docs


def write_parts_file(path, header, docs, part):
    """Writes path: the header line ('# doc<TAB>part: ...'), then doc<TAB>part(doc) per document; prints the counts."""
    with open(path, 'w', encoding='utf-8') as out:
        out.write(header + '\n')
        for d in docs:
            out.write(f'{d}\t{part(d)}\n')
    print(len(docs), 'documents;', sum(part(d) == 'a' for d in docs), 'in a')
