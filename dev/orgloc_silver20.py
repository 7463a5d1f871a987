#!/usr/bin/env python3
"""Session 20 (branch orgloc20): Moro and WikiNEuRal checks for ORGANIZATION/LOCATION changes beside the names parts.

  python3 dev/orgloc_silver20.py eneide DATA OUT_DIR   # ENEIDE AMD train+dev+test paragraphs no tracked file references
  python3 dev/orgloc_silver20.py moro DATA OUT.tsv     # KIND Moro train (silver, IO tags) as B-/I- tags for eval --conll
  python3 dev/orgloc_silver20.py wn DATA OUT_DIR       # WikiNEuRal-it test+val sentences no dev set references (1 in 3)
  python3 dev/orgloc_silver20.py diff OLD_DIR NEW_DIR  # changed PER/ORG/LOC mentions of two `extract --output` folders

`eneide` writes OUT_DIR/texts and OUT_DIR/gold.tsv (silver: ENEIDE's annotation, `extractor eval names --gold
OUT_DIR/gold.tsv --texts OUT_DIR/texts`) over every paragraph whose doc id no tracked test file names, as
dev/eneide_eval.py does for the test split (its row reader fails on the train file's bare \\r line ends). `moro`
turns KIND's Moro train file (IO tags, no B-) into B-/I- tags (adjacent mentions of one type merge) for `extractor eval
names --conll OUT.tsv`; Moro train is not the name finder's training data (models/NER.md), it is a count source of
models/bin/name-types.tsv.gz. `wn` writes 40 sentences a file, leaving out every sentence a names part (texts-*.tsv,
parts S and T included) or an event set references. `diff` prints each changed mention with 100 characters of
context (corpus text: read on screen, never commit). Outputs hold corpus text: keep them out of the repository.
"""
import csv, glob, hashlib, io, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_refs import conllu_rows, detok  # noqa: E402
from eneide_eval import referenced_text, u16  # noqa: E402
import event_unlabelled19  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = {'PER': 'PERSON', 'ORG': 'ORGANIZATION', 'LOC': 'LOCATION'}


def rows(path):
    raw = open(path, encoding='utf-8', newline='').read().replace('\r\r\n', '\n').replace('\r\r', '\n')
    return [r for r in csv.reader(io.StringIO(raw)) if r and r[0] != 'doc_id']


def eneide(data, out):
    root = os.path.join(data, 'eneide-amd')
    used = referenced_text()
    os.makedirs(os.path.join(out, 'texts'), exist_ok=True)
    gold, docs = [], {}
    for split in ('train', 'dev', 'test'):
        paras = {r[0]: r[2] for r in rows(os.path.join(root, 'paragraphs_%s.csv' % split))}
        kept = {d: t for d, t in paras.items() if d not in used}
        docs.update(kept)
        for d, b, e, surface, typ, _ in rows(os.path.join(root, 'annotations_%s.csv' % split)):
            if d in kept and typ in TYPES and kept[d][int(b):int(e)] == surface:
                t = kept[d]
                gold.append((d[:-5], u16(t[:int(b)]), u16(t[:int(e)]), TYPES[typ], surface))
    for d, t in docs.items():
        with open(os.path.join(out, 'texts', d[:-5] + '.txt'), 'w', encoding='utf-8') as f:
            f.write(t)
    with open(os.path.join(out, 'gold.tsv'), 'w', encoding='utf-8') as f:
        f.write('# doc\tbegin\tend\ttype\ttext (ENEIDE AMD train+dev+test, silver)\n')
        seen = set()
        for row in sorted(gold, key=lambda x: (x[0], x[1])):
            f.write('\t'.join(map(str, row)) + '\n')
            seen.add(row[0])
        for d in sorted(docs):
            if d[:-5] not in seen:
                f.write(d[:-5] + '\n')
    print('%d documents, %d mentions' % (len(docs), len(gold)))


def moro(data, out):
    prev = 'O'
    with open(out, 'w', encoding='utf-8') as w:
        for line in open(os.path.join(data, 'kind/dataset/moro_train.tsv'), encoding='utf-8'):
            line = line.rstrip('\n')
            if not line.strip():
                w.write('\n')
                prev = 'O'
                continue
            tok, tag = line.split('\t')[:2]
            w.write('%s\t%s\n' % (tok, 'O' if tag == 'O' else ('I-' if prev == tag else 'B-') + tag))
            prev = tag


def wn(data, out):
    refs = event_unlabelled19.references(REPO)
    for f in glob.glob(os.path.join(REPO, 'extractor-core/src/test/resources/devset/names/texts-*.tsv')):
        for line in open(f, encoding='utf-8'):
            if line.startswith('#') or '\t' not in line:
                continue
            ref = line.rstrip('\n').split('\t')[1].split()
            kv = dict(x.split('=', 1) for x in ref[1:] if '=' in x)
            if 'sentence' in kv:
                refs.setdefault(ref[0], set()).add(kv['sentence'])
    os.makedirs(out, exist_ok=True)
    texts = []
    for part in ('test', 'val'):
        keys = refs.get('wikineural-it/%s.conllu' % part, set())
        for n, rws in enumerate(conllu_rows(os.path.join(data, 'wikineural-it/%s.conllu' % part))):
            key = 's20ol:wn:%s:%d' % (part, n)
            if str(n) not in keys and int(hashlib.sha1(key.encode()).hexdigest(), 16) % 3 == 0:
                texts.append(detok([c[1] for c in rws]))
    for i in range(0, len(texts), 40):
        with open(os.path.join(out, 'wn_%04d.txt' % (i // 40)), 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(texts[i:i + 40]) + '\n')
    print('%d sentences' % len(texts))


def diff(old, new):
    n = docs = 0
    for f in sorted(glob.glob(os.path.join(old, '*.json'))):
        g = os.path.join(new, os.path.basename(f))
        if not os.path.exists(g):
            continue
        da, db = json.load(open(f, encoding='utf-8')), json.load(open(g, encoding='utf-8'))
        ea = {(e['type'], e['begin'], e['end'], e['text']) for e in da['entities'] if e['type'] != 'DATE'}
        eb = {(e['type'], e['begin'], e['end'], e['text']) for e in db['entities'] if e['type'] != 'DATE'}
        if ea == eb:
            continue
        docs += 1
        src = da.get('source')
        text = open(src, encoding='utf-8').read() if src and os.path.exists(src) else ''
        for sign, spans in (('-', ea - eb), ('+', eb - ea)):
            for typ, b, e, surface in sorted(spans, key=lambda z: z[1]):
                n += 1
                print('%s %s %s %-35s | %s' % (os.path.basename(f)[:-5], sign, typ[:3], surface,
                                               ' '.join(text[max(0, b - 60):e + 40].split())))
    print('# %d changed mentions in %d documents' % (n, docs))


if __name__ == '__main__':
    if len(sys.argv) != 4 or sys.argv[1] not in ('eneide', 'moro', 'wn', 'diff'):
        sys.exit(__doc__)
    {'eneide': eneide, 'moro': moro, 'wn': wn, 'diff': diff}[sys.argv[1]](sys.argv[2], sys.argv[3])
