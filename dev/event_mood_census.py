#!/usr/bin/env python3
"""Gold modality of future-tense and conditional gold events in the event dev sets (session 13, branch evforms).

Resolves the referenced corpus lines of every event dev set (as CorpusSentences does), finds each gold trigger as
EventDevSet does (n-th whole-word occurrence in the paragraph above the gold line), and classifies its tense from
the trigger word and the three words before it: `future` when the trigger ends in a future ending
(-rà, -ranno) or one of the three words before it is a future auxiliary (sarà, saranno, verrà, verranno, ...);
`conditional` likewise with -rebbe, -rebbero, -rei ... Prints, per class, the gold modality counts and (with -v)
each event with its context. Sets 18 and 19 are left out unless named (they are final checks); of set 19 only part a is read.
Usage: python3 dev/event_mood_census.py DATA [-v] [FILE ...]
"""
import csv, io, os, re, sys, hashlib
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_refs import conllu, detok, kind_sentences, kind_detok

DEV = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'extractor-core/src/test/resources/devset/events')
FUT_AUX = {'sarà', 'saranno', 'verrà', 'verranno', 'avrà', 'avranno', 'sarò', 'saremo', 'verremo'}
COND_AUX = {'sarebbe', 'sarebbero', 'verrebbe', 'verrebbero', 'avrebbe', 'avrebbero', 'avrei', 'sarei',
            'potrebbe', 'potrebbero', 'dovrebbe', 'dovrebbero', 'vorrebbe', 'vorrebbero', 'potrei', 'dovrei', 'vorrei'}
FUT_END = re.compile(r'.{2,}r(à|anno)$')
COND_END = re.compile(r'.{2,}r(ei|ebbe|emmo|ebbero)$')
WORD = re.compile(r"[\w]+", re.U)
cache = {}


def resolve(data, ref):
    f = ref.split()
    kv = dict(x.split('=', 1) for x in f[1:])
    path = os.path.join(data, f[0])
    if f[0].endswith('.conllu') and 'sent_id' in kv:
        if path not in cache:
            d, sid = {}, None
            for line in open(path, encoding='utf-8'):
                if line.startswith('# sent_id = '):
                    sid = line[12:].strip()
                elif line.startswith('# text = ') and sid is not None:
                    d[sid] = line[9:].rstrip('\n')
                    sid = None
            cache[path] = d
        text = cache[path][kv['sent_id']]
    elif f[0].endswith('.conllu'):
        if path not in cache:
            cache[path] = conllu(path)
        text = detok(cache[path][int(kv['sentence'])])
    elif f[0].endswith('.tsv'):
        if path not in cache:
            cache[path] = kind_sentences(path)
        text = kind_detok(cache[path][int(kv['sentence'])])
    else:
        if path not in cache:
            raw = open(path, encoding='utf-8', newline='').read().replace('\r\r', '\r')
            cache[path] = {r[0]: r[2] for r in csv.reader(io.StringIO(raw)) if r and r[0] != 'doc_id'}
        b, e = map(int, kv['chars'].split('-'))
        text = cache[path][kv['doc']][b:e]
    if not hashlib.sha256(text.encode()).hexdigest().startswith(kv['sha256']):
        raise SystemExit(f'sha mismatch for {ref}')
    return text


def part19(ident):
    """Session 13's split of set 19 (EventDevSet.part19): only part a is ever read here."""
    return 'a' if int(hashlib.sha1(('s13ab:' + ident).encode()).hexdigest(), 16) % 2 == 0 else 'b'


def golds(data, name):
    lines, ident = [], name
    for line in open(os.path.join(DEV, name), encoding='utf-8').read().split('\n'):
        if line.startswith('#') or line.startswith('@'):
            continue
        if line.startswith('=== '):
            lines, ident = [], line[4:].strip()
            continue
        if line.startswith('> '):
            text = '\n'.join(lines)
            p = text.rfind('\n\n')
            if not name.startswith('heldout19') or part19(ident) == 'a':
                yield line[2:], text, 0 if p < 0 else p + 2
            continue
        if line.startswith('< '):
            line = resolve(data, line[2:])
        lines.append(line)


def classify(spec, text, start):
    head = spec.split('|')[0].split()
    trig, nth = head[1], 1
    if '#' in trig:
        trig, nth = trig.split('#')[0], int(trig.split('#')[1])
    ms = [m for m in re.finditer(r'(?<![\w])' + re.escape(trig) + r'(?![\w])', text[start:])]
    m = ms[nth - 1]
    b = start + m.start()
    before = [w.lower() for w in WORD.findall(text[max(start, b - 60):b])][-3:]
    words = [w.lower() for w in WORD.findall(trig)]
    mod = next((p.split('=')[1].strip() for p in spec.split('|')[1:] if p.strip().startswith('mod=')), 'asserted')
    if any(FUT_END.match(w) for w in words) or FUT_AUX & set(before):
        cls = 'future'
    elif any(COND_END.match(w) for w in words) or COND_AUX & set(before):
        cls = 'conditional'
    else:
        cls = None
    return cls, mod, text[max(start, b - 60):b + len(m.group()) + 30].replace('\n', ' ')


if __name__ == '__main__':
    data = sys.argv[1]
    verbose = '-v' in sys.argv
    files = [a for a in sys.argv[2:] if a != '-v'] or sorted(
        f for f in os.listdir(DEV) if f.endswith('.txt') and not f.startswith(('heldout18', 'heldout19')))
    counts = defaultdict(Counter)
    for f in files:
        for spec, text, start in golds(data, f):
            cls, mod, ctx = classify(spec, text, start)
            if cls:
                counts[cls][mod] += 1
                if verbose:
                    print(f'{f}\t{cls}\t{mod}\t{spec.split("|")[0]}\t…{ctx}…')
    for cls, c in counts.items():
        print(cls, sum(c.values()), dict(c.most_common()))
