"""Session 19 (branch evrecall19): unlabelled text for reading new events, kept apart from the event dev sets.

  python3 dev/event_unlabelled19.py wn DATA OUT_DIR [--every 4] [--grep REGEX]   # WikiNEuRal-it test+val sentences
  python3 dev/event_unlabelled19.py guard DATA GUARD.txt          # shingles of every sentence an event set references

`wn` writes the WikiNEuRal-it test and val sentences whose key (`wn:PART:N`) falls in the hash sample (1 in --every,
salt `s19wn:`) and that no event dev set references, 40 to a file; with --grep, only those matching REGEX (case-insensitive: every
sentence with a form of the tried words, for reading what a lexicon change does to them). `guard` writes the 40-character shingles (letters
and digits only, lower case) of every corpus sentence that an event dev set references (the reference keys of every
fixture, parts a and b alike, are read; never their gold lines): `event_corpus_diff.py --guard GUARD.txt` counts a new
event whose sentence contains one of them but does not show it, so no sentence of an unread half reaches the screen
(the KIND ADG sentences of set 19 are De Gasperi text that DaDoEval also holds). Output holds corpus text: keep it out
of the repository.
"""
import argparse
import glob
import hashlib
import os
import re

from corpus_refs import conllu_rows, detok, kind_detok, kind_sentences

FIXTURES = 'extractor-core/src/test/resources/devset/events'
GROUP = 40
SHINGLE = 40


def references(repo):
    """{corpus path: set of sentence keys} over the reference lines of every event fixture."""
    refs = {}
    for path in glob.glob(os.path.join(repo, FIXTURES, '*.txt')):
        for line in open(path, encoding='utf-8'):
            if not line.startswith('< '):
                continue
            parts = line.split()
            key = next((p.split('=', 1)[1] for p in parts[2:] if p.startswith(('sentence=', 'sent_id=', 'doc='))), None)
            refs.setdefault(parts[1], set()).add(key)
    return refs


def norm(s):
    return re.sub(r'[^0-9a-zà-ÿ]', '', s.lower())


def referenced_texts(data, refs):
    for corpus, keys in refs.items():
        path = os.path.join(data, corpus)
        if corpus.startswith('wikineural-it/'):
            for n, rows in enumerate(conllu_rows(path)):
                if str(n) in keys:
                    yield detok([c[1] for c in rows])
        elif corpus.startswith('kind/'):
            for n, toks in enumerate(kind_sentences(path)):
                if str(n) in keys:
                    yield kind_detok(toks)
        elif corpus.startswith('UD_'):
            sid = None
            for line in open(path, encoding='utf-8'):
                if line.startswith('# sent_id'):
                    sid = line.split('=', 1)[1].strip()
                elif line.startswith('# text =') and sid in keys:
                    yield line.split('=', 1)[1].strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('what', choices=('wn', 'guard'))
    ap.add_argument('data')
    ap.add_argument('out')
    ap.add_argument('--every', type=int, default=4)
    ap.add_argument('--grep', default=None)
    a = ap.parse_args()
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    refs = references(repo)
    if a.what == 'guard':
        shingles = set()
        for text in referenced_texts(a.data, refs):
            t = norm(text)
            for i in range(0, max(1, len(t) - SHINGLE + 1)):
                shingles.add(t[i:i + SHINGLE])
        with open(a.out, 'w', encoding='utf-8') as f:
            f.write('\n'.join(sorted(shingles)) + '\n')
        print(f'{len(shingles)} shingles')
        return
    os.makedirs(a.out, exist_ok=True)
    texts = []
    for part in ('test', 'val'):
        keys = refs.get(f'wikineural-it/{part}.conllu', set())
        for n, rows in enumerate(conllu_rows(os.path.join(a.data, f'wikineural-it/{part}.conllu'))):
            key = f'wn:{part}:{n}'
            if str(n) in keys or int(hashlib.sha1(('s19wn:' + key).encode()).hexdigest(), 16) % a.every:
                continue
            text = detok([c[1] for c in rows])
            if a.grep is None or re.search(a.grep, text, re.IGNORECASE):
                texts.append(text)
    for i in range(0, len(texts), GROUP):
        with open(os.path.join(a.out, f'wn_{i // GROUP:04d}.txt'), 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(texts[i:i + GROUP]) + '\n')
    print(f'{len(texts)} sentences')


if __name__ == '__main__':
    main()
