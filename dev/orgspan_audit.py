#!/usr/bin/env python3
"""Audit helper of session 15 (branch orgspan): long official names and treaty heads over the unlabelled audit corpus.

  python3 dev/orgspan_audit.py select AUDIT_DIR/texts LIST      # counts the constructions, writes the documents
                                                                 # that contain one (the only ones a change can touch)
  python3 dev/orgspan_audit.py diff BEFORE_JSON AFTER_JSON TEXTS  # every changed PER/ORG/LOC entity with its context
                                                                 # (screen only: no corpus text is committed)
AUDIT_DIR comes from `python3 dev/names_audit.py prepare ../shared/data AUDIT_DIR`; the JSON folders from
`java -jar JAR extract --threads 1 --output DIR $(sed 's|^|TEXTS/|' LIST)` with each jar. Deterministic.
"""
import collections
import json
import os
import re
import sys

HEADS = ('Commissariato|Commissione|Comitato|Consiglio|Conferenza|Istituto|Società|Ministero|Ufficio|Associazione|'
         'Federazione|Lega|Cassa|Segretariato|Consorzio')
TOPIC = re.compile(r"\b(%s)((?: \S+){0,6}) (per|sulla|sul|sullo|sui|sugli|sulle) "
                   r"(?:(?:il|lo|la|i|gli|le) |l['’])?([a-zàèéìòù]+)" % HEADS)
TREATY = re.compile(r"\b(Trattato|Trattati|Accordo|Accordi|Concordato|Patti|Patto|Vertice|Statuto)\b")


def select(texts, out):
    occ, docs_by = collections.Counter(), collections.Counter()
    treaty, treaty_docs = collections.Counter(), collections.Counter()
    docs = []
    for f in sorted(os.listdir(texts)):
        s = open(os.path.join(texts, f), encoding='utf-8').read()
        a, b = TOPIC.findall(s), TREATY.findall(s)
        occ.update(x[0] for x in a)
        docs_by.update({x[0] for x in a})
        treaty.update(b)
        treaty_docs.update(set(b))
        if a or b:
            docs.append(f)
    print('head + link (within 7 tokens) + lower-case word:', sum(occ.values()), dict(occ.most_common()))
    print('  documents by head:', dict(docs_by.most_common()))
    print('treaty heads:', dict(treaty.most_common()), 'documents:', dict(treaty_docs.most_common()))
    print('documents with either:', len(docs))
    with open(out, 'w', encoding='utf-8') as w:
        w.write(''.join(d + '\n' for d in docs))


def entities(path):
    d = json.load(open(path, encoding='utf-8'))
    return {(e['type'], e['begin'], e['end'], e['text']) for e in d['entities']
            if e['type'] in ('PERSON', 'ORGANIZATION', 'LOCATION')}


def diff(before, after, texts):
    rows = []
    for f in sorted(os.listdir(before)):
        if not f.endswith('.json'):
            continue
        x, y = entities(os.path.join(before, f)), entities(os.path.join(after, f))
        t = open(os.path.join(texts, f[:-5] + '.txt'), encoding='utf-8').read()
        for sign, es in (('+', y - x), ('-', x - y)):
            for e in sorted(es, key=lambda e: e[1]):
                rows.append((f, sign, e, t[max(0, e[1] - 60):e[2] + 40].replace('\n', ' ')))
    print('changed entities', len(rows), 'in', len({r[0] for r in rows}), 'documents')
    for f, sign, e, ctx in rows:
        print(f, sign, e[0][:3], repr(e[3]), '|', ctx)


if __name__ == '__main__':
    if len(sys.argv) == 4 and sys.argv[1] == 'select':
        select(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == 'diff':
        diff(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit(__doc__)
