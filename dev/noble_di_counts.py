#!/usr/bin/env python3
"""Counts of persons written "Given-name (ordinal)? di|d'|da Place" (session 14, branch xdi; read on screen only).

  kind ROOT              KIND train files (WN/ADG/FIC_train, labelled, not dev): a B-PER word, optional regnal
                         ordinals, then "di"/"da"/"d'" and a capitalised word: is the whole one PER in the labels, or
                         PER + LOC/PER/ORG? Also writes the given names (first words of multi-word KIND train persons,
                         seen twice or more) to OUT_DIR/first.txt.
  audit TEXTS OUT_DIR    the names audit corpus (`dev/names_audit.py prepare`): the construction with a given name of
                         persons.tsv (first word of a multi-word alias) or of first.txt, no capitalised word before it
                         other than a title (rules.tsv `title` + saints/ruler titles); writes OUT_DIR/rows.json and
                         OUT_DIR/docs.txt (run `extractor extract --output OUT_DIR/json $(cat OUT_DIR/docs.txt)`).
  table OUT_DIR          what the pipeline's JSON gives over each audit match (whole PERSON or not), hash-ordered.
"""
import collections, glob, hashlib, json, os, re, sys

R = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'extractor-core', 'src', 'main', 'resources', 'it',
                 'storia', 'extractor', 'ner')
ORD = re.compile(r'^[IVX]+$')


def sentences(path):
    s = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            if s:
                yield s
            s = []
            continue
        f = line.split('\t')
        s.append((f[0], f[-1]))
    if s:
        yield s


def kind(root, out):
    first, conv, ex = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    for name in ['WN_train', 'ADG_train', 'FIC_train']:
        for s in sentences(os.path.join(root, 'kind', 'evalita-2023', name + '.tsv')):
            toks, labs = [t for t, _ in s], [l for _, l in s]
            for i, (t, l) in enumerate(s):
                if l == 'B-PER' and i + 1 < len(s) and labs[i + 1] == 'I-PER' and t[:1].isupper() \
                        and '.' not in t and len(t) > 2:
                    first[t] += 1
            for i in range(len(s)):
                if labs[i] != 'B-PER' or (i and labs[i - 1] != 'O'):
                    continue
                j = i + 1
                while j < len(s) and ORD.match(toks[j]):
                    j += 1
                if j + 1 < len(s) and toks[j] in ('di', 'da', "d'", 'd’') and toks[j + 1][:1].isupper():
                    k = 'one PER' if labs[j] == 'I-PER' and labs[j + 1] == 'I-PER' else 'PER + ' + labs[j + 1]
                    key = (name, 'ordinal' if j > i + 1 else 'no ordinal', k)
                    conv[key] += 1
                    ex[key].append(' '.join(toks[max(0, i - 2):j + 3]))
    for k in sorted(conv):
        print(k, conv[k], ' || '.join(ex[k][:20]))
    os.makedirs(out, exist_ok=True)
    open(os.path.join(out, 'first.txt'), 'w', encoding='utf-8').write(
        '\n'.join(sorted(w for w, c in first.items() if c >= 2)))


def audit(texts, out):
    first = set()
    for line in open(os.path.join(R, 'persons.tsv'), encoding='utf-8'):
        if line.startswith('#') or '\t' not in line:
            continue
        for a in re.split(r'[\t|]', line.strip()):
            w = a.split()
            if len(w) >= 2 and w[0][:1].isupper() and '.' not in w[0] and len(w[0]) > 2:
                first.add(w[0])
    f = os.path.join(out, 'first.txt')
    if os.path.exists(f):
        first |= {w.strip() for w in open(f, encoding='utf-8') if w.strip()}
    titles = {l.split('\t')[1].strip().lower() for l in open(os.path.join(R, 'rules.tsv'), encoding='utf-8')
              if l.startswith('title\t')}
    titles |= {'santo', 'san', 'santa', "sant'", 's.', 'beato', 'papa', 're', 'regina', 'conte', 'contessa', 'duca',
               'duchessa', 'principe', 'imperatore'}
    names = '|'.join(sorted(map(re.escape, first), key=len, reverse=True))
    rx = re.compile(r"(?:(\w+\.?|[Ss]ant')\s+)?\b(" + names + r")((?:\s+[IVX]+)?)\s+(di|da|d'|d’)\s?([A-Z]\w+)")
    rows = []
    for path in sorted(glob.glob(os.path.join(texts, '*.txt'))):
        t = open(path, encoding='utf-8').read()
        for m in rx.finditer(t):
            prev = m.group(1) or ''
            if prev[:1].isupper() and prev.lower() not in titles:
                continue
            k = ('title' if prev.lower() in titles else '') + ('+ordinal' if m.group(3) else '') or 'bare'
            k += ' ' + m.group(4).replace('’', "'")
            rows.append((k, path, m.group(0), m.start(2), m.end()))
    print(len(first), 'given names;', len(rows), 'matches;', dict(collections.Counter(r[0] for r in rows)))
    json.dump(rows, open(os.path.join(out, 'rows.json'), 'w'))
    open(os.path.join(out, 'docs.txt'), 'w').write('\n'.join(sorted({r[1] for r in rows})))


def table(out):
    rows = json.load(open(os.path.join(out, 'rows.json')))
    c = collections.Counter()
    for k, path, surf, b, e in sorted(rows, key=lambda r: hashlib.sha1((r[1] + r[2]).encode()).hexdigest()):
        d = json.load(open(os.path.join(out, 'json', os.path.basename(path)[:-4] + '.json'), encoding='utf-8'))
        ents = [x for x in d['entities'] if x['begin'] < e and b < x['end']]
        whole = any(x['type'] == 'PERSON' and x['begin'] <= b and x['end'] >= e for x in ents)
        c[(k, 'whole PERSON' if whole else 'other')] += 1
        print(k, '|', os.path.basename(path), '|', surf, '|',
              '; '.join('%s %r' % (x['type'][:3], x['text']) for x in ents) or 'NONE')
    for k in sorted(c):
        print(k, c[k])


if __name__ == '__main__':
    {'kind': lambda: kind(sys.argv[2], sys.argv[3]), 'audit': lambda: audit(sys.argv[2], sys.argv[3]),
     'table': lambda: table(sys.argv[2])}[sys.argv[1]]()
