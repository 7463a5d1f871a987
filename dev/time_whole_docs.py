"""Session 16: the De Gasperi date golds scored on the WHOLE DaDoEval documents instead of their excerpts.

The dev sets annotate excerpts (`texts/dg-ID.txt`: runs of date-bearing sentences, blank-line separated). The hidden
evaluation most likely runs on whole documents, where the resolver sees every year the document writes (the time of
writing is estimated from all of them) and the narrative anchors between the excerpt's runs. This script maps each
excerpt run into its DaDoEval document (exact substring, else whitespace-insensitive), moves the gold offsets there,
and scores the system's DATE entities of an `extract --output` run over the whole documents (only those inside the
mapped runs; overlap matching as `TemporalEvaluation`). blind16's held-out part b is left out (never read). Nothing of
the corpus text is written into the repository; --examples prints contexts for the hand check only.

  python3 dev/time_whole_docs.py prepare OUT                 # OUT/docs/ID.txt (whole documents), OUT/map.json, OUT/dates.tsv
  java -jar extractor.jar extract --threads 2 --output OUT/sys-without OUT/docs
  java -jar extractor.jar extract --threads 2 --document-dates OUT/dates.tsv --output OUT/sys-with OUT/docs
  python3 dev/time_whole_docs.py score OUT [--examples N]    # whole documents vs excerpts, per set and pooled
  python3 dev/time_whole_docs.py dump OUT DUMP.tsv           # the TemporalErrorDump format, for time_error_classes.py
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, '..', 'extractor-core', 'src', 'test', 'resources', 'devset', 'time')
DG = '/work/shared/data/dadoeval-degasperi/Test_Release/'
SETS = ['tune', 'heldout', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind10',
        'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'blind16']


def two_columns(name):
    out = {}
    for line in open(os.path.join(RES, name), encoding='utf-8'):
        if line.startswith('#'):
            continue
        p = line.rstrip('\n').split('\t')
        if len(p) >= 2:
            out[p[0]] = p[1]
    return out


def golds():
    """{set: {doc: [(begin, end, text, value, mod)]}} of the dg- documents (blind16: part a only)."""
    parts16 = two_columns('blind16-parts.tsv')
    out = collections.OrderedDict()
    for st in SETS:
        path = os.path.join(RES, st + '.tsv')
        if not os.path.exists(path):
            continue
        docs = collections.OrderedDict()
        for line in open(path, encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            p = line.rstrip('\n').split('\t')
            if not p[0].startswith('dg-') or st == 'blind16' and parts16.get(p[0]) != 'a':
                continue
            docs.setdefault(p[0], [])
            if len(p) >= 5 and p[1].isdigit():
                docs[p[0]].append((int(p[1]), int(p[2]), p[3], p[4], p[5] if len(p) > 5 else ''))
        out[st] = docs
    return out


def full_path(doc):
    hits = glob.glob(DG + '*/' + doc[3:] + '*.txt')
    return hits[0] if len(hits) == 1 else None


def locate(run, full):
    """Offset of run in full, and a function mapping run offsets to full offsets; None when not found."""
    i = full.find(run)
    if i >= 0:
        return lambda k: i + k
    # whitespace-insensitive: match the non-space characters
    ns_full = [(j, c) for j, c in enumerate(full) if not c.isspace()]
    s_full = ''.join(c for _, c in ns_full)
    ns_run = [(j, c) for j, c in enumerate(run) if not c.isspace()]
    s_run = ''.join(c for _, c in ns_run)
    i = s_full.find(s_run)
    if i < 0 or not s_run:
        return None
    pos = {j: ns_full[i + n][0] for n, (j, _) in enumerate(ns_run)}

    def f(k):
        while k not in pos and k > 0:
            k -= 1
        return pos.get(k, ns_full[i][0])
    return f


def prepare(out):
    os.makedirs(os.path.join(out, 'docs'), exist_ok=True)
    years = two_columns('years.tsv')
    mapping, missing = {}, collections.Counter()
    for st, docs in golds().items():
        for doc, gl in docs.items():
            path = full_path(doc)
            if path is None:
                missing['no file'] += 1
                continue
            full = open(path, encoding='utf-8').read()
            excerpt = open(os.path.join(RES, 'texts', doc + '.txt'), encoding='utf-8').read()
            runs, start = [], 0
            for m in re.finditer(r'\n\s*\n|\Z', excerpt):
                runs.append((start, m.start()))
                start = m.end()
            regions, moved = [], []
            ok = True
            maps = []
            for b, e in runs:
                run = excerpt[b:e].strip()
                if not run:
                    continue
                b = excerpt.index(run, b)
                f = locate(run, full)
                if f is None:
                    ok = False
                    break
                maps.append((b, b + len(run), f))
                regions.append((f(b - b), f(len(run) - 1) + 1))
            if not ok:
                missing['run not found'] += 1
                continue
            for gb, ge, text, value, mod in gl:
                for b, e, f in maps:
                    if b <= gb and ge <= e:
                        fb, fe = f(gb - b), f(ge - 1 - b) + 1
                        moved.append([fb, fe, full[fb:fe], value, mod])
                        break
                else:
                    ok = False
            if not ok:
                missing['gold outside runs'] += 1
                continue
            with open(os.path.join(out, 'docs', doc + '.txt'), 'w', encoding='utf-8') as w:
                w.write(full)
            mapping[doc] = {'set': st, 'regions': regions, 'gold': moved, 'year': years.get(doc)}
    with open(os.path.join(out, 'map.json'), 'w', encoding='utf-8') as w:
        json.dump(mapping, w)
    with open(os.path.join(out, 'dates.tsv'), 'w', encoding='utf-8') as w:
        for doc, m in mapping.items():
            if m['year']:
                w.write(f"{doc}\t{m['year']}\n")
    print(f"{len(mapping)} documents mapped; left out: {dict(missing)}")


def score_docs(mapping, sysdir, examples=None):
    per = collections.defaultdict(collections.Counter)
    for doc, m in mapping.items():
        path = os.path.join(sysdir, doc + '.json')
        if not os.path.exists(path):  # an extract run over the corpus folders names the output by the file name
            hits = glob.glob(os.path.join(sysdir, doc[3:] + '*.json'))
            if len(hits) != 1:
                continue
            path = hits[0]
        ents = [e for e in json.load(open(path, encoding='utf-8'))['entities'] if e['type'] == 'DATE']
        ents = [e for e in ents if any(b <= e['begin'] and e['end'] <= en for b, en in m['regions'])]
        used = [False] * len(ents)
        c = per[m['set']]
        c['gold'] += len(m['gold'])
        c['sys'] += len(ents)
        for gb, ge, text, value, mod in m['gold']:
            best, ov_best = -1, 0
            for i, e in enumerate(ents):
                ov = min(ge, e['end']) - max(gb, e['begin'])
                if ov > 0 and not used[i] and ov > ov_best:
                    best, ov_best = i, ov
            if any(min(ge, e['end']) > max(gb, e['begin']) for e in ents):
                c['found'] += 1
            if best >= 0:
                used[best] = True
                e = ents[best]
                c['matched'] += 1
                if e.get('value') == value and (e.get('mod') or '') == (mod or ''):
                    c['value_ok'] += 1
                elif examples is not None:
                    examples.append(f"{m['set']} {doc} ({m['year'] or '-'}): [{text}] sys {e.get('value')} "
                                    f"{e.get('mod') or ''} gold {value} {mod}")
        c['sys_ok'] += sum(1 for e in ents if any(min(ge2, e['end']) > max(gb2, e['begin']) for gb2, ge2, *_ in m['gold']))
    return per


def line(name, c):
    p = c['sys_ok'] / c['sys'] if c['sys'] else 0
    r = c['found'] / c['gold'] if c['gold'] else 0
    v = c['value_ok'] / c['matched'] if c['matched'] else 0
    return f"{name:10s} gold {c['gold']:4d}  P {p:.3f}  R {r:.3f}  values {v:.3f} ({c['value_ok']}/{c['matched']})"


def score(out, n_examples):
    mapping = json.load(open(os.path.join(out, 'map.json'), encoding='utf-8'))
    for mode in ('without', 'with'):
        sysdir = os.path.join(out, 'sys-' + mode)
        if not os.path.isdir(sysdir):
            continue
        ex = []
        per = score_docs(mapping, sysdir, ex)
        print(f"== whole documents, {mode} document years ({sysdir})")
        total = collections.Counter()
        for st in SETS:
            if st in per:
                print('  ' + line(st, per[st]))
                total.update(per[st])
        print('  ' + line('pooled', total))
        for x in ex[:n_examples]:
            print('    ' + x)


def system_dates(sysdir, doc, regions):
    path = os.path.join(sysdir, doc + '.json')
    if not os.path.exists(path):
        hits = glob.glob(os.path.join(sysdir, doc[3:] + '*.json'))
        if len(hits) != 1:
            return None
        path = hits[0]
    ents = [e for e in json.load(open(path, encoding='utf-8'))['entities'] if e['type'] == 'DATE']
    return [e for e in ents if any(b <= e['begin'] and e['end'] <= en for b, en in regions)]


def dump(out, target):
    """The gold and system dates of the whole documents in TemporalErrorDump's columns (context from the document)."""
    mapping = json.load(open(os.path.join(out, 'map.json'), encoding='utf-8'))

    def clean(x):
        return x.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ')
    with open(target, 'w', encoding='utf-8') as w:
        w.write('set\tyears\tdoc\tdocdate\tkind\tbegin\tend\ttext\tvalue\tmod\tleft\tright\tpara\n')
        for mode in ('without', 'with'):
            for doc, m in mapping.items():
                ents = system_dates(os.path.join(out, 'sys-' + mode), doc, m['regions'])
                if ents is None:
                    continue
                full = open(os.path.join(out, 'docs', doc + '.txt'), encoding='utf-8').read()
                date = m['year'] if mode == 'with' and m['year'] else ''
                rows = [('GOLD', b, e, v, md) for b, e, _, v, md in m['gold']]
                rows += [('SYS', e['begin'], e['end'], e.get('value') or '', e.get('mod') or '') for e in ents]
                for kind, b, e, v, md in rows:
                    w.write('\t'.join([m['set'], mode, doc, date, kind, str(b), str(e), clean(full[b:e]), v, md,
                                        clean(full[max(0, b - 60):b]), clean(full[e:e + 60]), '0']) + '\n')


if __name__ == '__main__':
    if sys.argv[1] == 'prepare':
        prepare(sys.argv[2])
    elif sys.argv[1] == 'dump':
        dump(sys.argv[2], sys.argv[3])
    else:
        score(sys.argv[2], int(sys.argv[sys.argv.index('--examples') + 1]) if '--examples' in sys.argv else 0)
