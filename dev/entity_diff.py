#!/usr/bin/env python3
"""Name spans (PERSON/ORGANIZATION/LOCATION) that differ between two `extractor extract` JSON Lines outputs of the
same inputs in the same order (old jar, new jar), each with its context read from the document's `source` path, and
the counts by side and type (session 20, nerperson20). For reading a change on unlabelled text: the context is corpus
text, screen only, never commit.
Usage: python3 dev/entity_diff.py OLD.jsonl NEW.jsonl [--show N]
"""
import json, sys, collections
def load(p):
    docs = []
    for l in open(p, encoding='utf-8'):
        if l.startswith('{'):
            docs.append(json.loads(l))
    return docs
old, new = load(sys.argv[1]), load(sys.argv[2])
show = int(sys.argv[sys.argv.index('--show') + 1]) if '--show' in sys.argv else 10**9
n = 0; counts = collections.Counter()
for a, b in zip(old, new):
    try:
        text = open(b['source'], encoding='utf-8').read()
    except OSError:
        text = ''
    ea = {(e['type'], e['begin'], e['end']) for e in a['entities'] if e['type'] != 'DATE'}
    eb = {(e['type'], e['begin'], e['end']) for e in b['entities'] if e['type'] != 'DATE'}
    for side, s in (('-', ea - eb), ('+', eb - ea)):
        for t, bg, en in sorted(s, key=lambda x: x[1]):
            counts[(side, t)] += 1
            if n < show:
                ctx = text[max(0, bg - 60):en + 40].replace('\n', ' ') if text else ''
                print('%s %s %s [%s] | %s' % (side, t[:3], a.get('id'), text[bg:en] if text else '', ctx))
            n += 1
print(dict(counts))
