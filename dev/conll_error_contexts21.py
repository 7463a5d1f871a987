#!/usr/bin/env python3
"""Session 21 (branch orgmoro21): the context of each error line of `extractor eval names --conll FILE --errors`.

  python3 dev/conll_error_contexts21.py FILE.tsv ERRORS.txt [REGEX] [--sentences N]

Rebuilds the documents as EntityEvaluator.readConll does (tokens joined by spaces, a blank line after each sentence,
N = 40 sentences a document, the eval's default) and prints every FP/FN line (those matching REGEX, if given) with
60 characters before and 40 after the mention, the mention in [[ ]]. Reads silver or dev CoNLL files only: never
point it at an unread half's gold. Prints the number of lines whose mention text does not match on stderr.
"""
import re
import sys


def documents(path, per_doc):
    sentences, cur = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                if cur:
                    sentences.append(cur)
                    cur = []
                continue
            cur.append(line.split('\t')[0])
    if cur:
        sentences.append(cur)
    return [''.join(' '.join(s) + '\n\n' for s in sentences[i:i + per_doc])
            for i in range(0, len(sentences), per_doc)]


def main(argv):
    per_doc = 40
    if '--sentences' in argv:
        k = argv.index('--sentences')
        per_doc = int(argv[k + 1])
        del argv[k:k + 2]
    conll, errors = argv[1], argv[2]
    pattern = re.compile(argv[3]) if len(argv) > 3 else None
    docs = documents(conll, per_doc)
    bad = 0
    with open(errors, encoding='utf-8') as f:
        for line in f:
            m = re.match(r"(FP|FN) \S+#(\d+) (\S+) \[(\d+),(\d+)\) '(.*)'", line)
            if not m or pattern and not pattern.search(line):
                continue
            d = docs[int(m.group(2))]
            b, e = int(m.group(4)), int(m.group(5))
            bad += d[b:e] != m.group(6)
            before = d[max(0, b - 60):b].replace('\n', ' ')
            after = d[e:e + 40].replace('\n', ' ')
            print(f"{line.rstrip()[:90]:90} | {before}[[ {d[b:e]} ]]{after}")
    print('mismatch', bad, file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv)
