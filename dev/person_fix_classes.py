#!/usr/bin/env python3
"""Classes of the pooled PERSON misses of the names parts by what could fix them (session 15, branch perfind;
docs/names.md, "Session 15: persons the name finder missed").

Reads the work folder of dev/type_errors.py (WORK/errors.txt and WORK/texts, parts A-R and S-a; S-b is never in it)
and puts every gold PERSON that the pipeline does not give exactly (missed, typed otherwise, span cut or split) into the
first class that applies, a heuristic read from the text around it:
  a        a person's verb or participle (rules.tsv person-verb, person-object-verb, a few more participles) among the
           four words after the name, or a person-object-verb right before it;
  a-title  a title or kin noun among the two words before it;
  b        the silver counts (models/bin/name-types.tsv.gz) make it a person (thresholds of name-types.properties);
  c?       the same string elsewhere in the document is not an error (a rough sign of a PERSON reading there);
  d        a span error (the pipeline has a PERSON over part of it) or an "X di/da Place", hyphen, "il Epithet",
           "S. Name" shape typed otherwise;
  f        none of these.
Usage: python3 dev/type_errors.py ../shared/data WORK --type PER [--jar JAR]; python3 dev/person_fix_classes.py WORK [--list]
--list prints each item with its context (corpus text: screen only, never commit it).
"""
import collections, gzip, os, re, sys, unicodedata

W = sys.argv[1]
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
rules = collections.defaultdict(set)
for line in open(os.path.join(ROOT, 'extractor-core/src/main/resources/it/storia/extractor/ner/rules.tsv'), encoding='utf-8'):
    if line.startswith('#') or '\t' not in line: continue
    c, w = line.rstrip('\n').split('\t')[:2]
    rules[c].add(w.lower())
def fold(s):
    s = unicodedata.normalize('NFD', s); s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')
    return re.sub(r'\s+', ' ', s.lower().replace('’', "'"))
counts = {}
for line in gzip.open(os.path.join(ROOT, 'models/bin/name-types.tsv.gz'), 'rt', encoding='utf-8'):
    f = line.rstrip('\n').split('\t'); counts[f[0]] = list(map(int, f[1:]))
def counts_per(name):
    c = counts.get(fold(name))
    if not c: return False
    per = c[0] + (c[6] if ' ' not in name else 0)
    tot = per + c[1] + c[2]
    return tot >= 2 and per > c[1] and per > c[2] and per / tot >= 0.75
PV = rules['person-verb'] | rules['person-object-verb']
PART = {'costretto','ucciso','esiliato','deceduto','morto','nato','incaricato','eletto','nominato','condannato','arrestato','deposto','sconfitto','assassinato','giustiziato','catturato','imprigionato','fatto','tradito','abbandonato','considerato'}
TITLE = rules['title'] | rules['kin-noun']
errs = collections.defaultdict(list)
for line in open(W + '/errors.txt', encoding='utf-8'):
    m = re.match(r"(FP|FN) (\S+) (\w+) \[(\d+),(\d+)\) '(.*)'$", line.rstrip('\n'))
    if m: errs[m.group(2)].append((m.group(1), m.group(3), int(m.group(4)), int(m.group(5)), m.group(6)))
out = collections.Counter(); ex = collections.defaultdict(list)
for doc, es in errs.items():
    try: text = open(f'{W}/texts/{doc}.txt', encoding='utf-8').read()
    except FileNotFoundError: continue
    fps = [e for e in es if e[0] == 'FP']
    for e in es:
        if e[0] != 'FN' or e[1] != 'PERSON': continue
        _, _, b, en, name = e
        over = [f for f in fps if f[2] < en and b < f[3]]
        kind = 'missed' if not over else ('typed ' + over[0][1] if over[0][1] != 'PERSON' else 'span')
        if over and over[0][1] != 'PERSON' and (over[0][2], over[0][3]) != (b, en): kind += '+bound'
        after = re.findall(r"[\w']+|[,;.]", text[en:en+60])[:5]
        before = re.findall(r"[\w'-]+", text[max(0,b-40):b])[-3:]
        cls = 'f'
        aw = [w.lower() for w in after]
        pre = [w.lower() for w in before]
        if kind == 'span' or re.search(r" (di|da|d'|de'|dei) |-| il | l'|^(S\.|San|Santo|Santa) ", name) and kind != 'missed':
            cls = 'd'
        if any(w in PV or w in PART for w in aw[:4]) or (pre and pre[-1] in rules['person-object-verb']):
            cls = 'a' if cls == 'f' else cls
        if cls == 'f' and any(p.lstrip('ex-') in TITLE or p in TITLE for p in pre[-2:]):
            cls = 'a-title'
        if cls == 'f' and counts_per(name): cls = 'b'
        if cls == 'f':
            # same name PERSON elsewhere in doc and not an FN there
            for m2 in re.finditer(re.escape(name), text):
                if m2.start() == b: continue
                if not any(x[0]=='FN' and x[2]==m2.start() for x in es) and not any(x[0]=='FP' and x[2] <= m2.start() < x[3] for x in es):
                    # occurrence not an error: predicted as gold says; assume PERSON if gold person elsewhere
                    cls = 'c?'; break
        out[(cls, kind)] += 1; ex[(cls, kind)].append(f'{doc} {name!r} | {" ".join(before)} [{name}] {" ".join(after)}')
for k, v in sorted(out.items()): print(k, v)
if '--list' in sys.argv[2:]:
    for k in sorted(ex):
        print('==', k)
        for s in ex[k]: print('  ', s)
