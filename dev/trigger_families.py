#!/usr/bin/env python3
"""Session 13: derivational families of the trigger lexicon, counted on the unlabelled audit corpus.

For each candidate lemma (a nominalisation or participial adjective of a listed verb, the verb of a listed noun, a
prefixed verb) counts its tokens by tagger lemma in the audit corpus of dev/trigger_audit.py (KIND ADG left out this
session), per source, and how many stand within 6 tokens of a PERSON or ORGANIZATION; with --contexts, writes up to K
hash-sampled sentences per lemma (corpus text: keep that file out of the repository; DaDoEval documents are counted
but never sampled).

  python3 dev/trigger_families.py AUDIT.jsonl OUT.tsv [--contexts CTX.txt] [--k 10] [LEMMA ...]
"""
import collections
import hashlib
import json
import sys

# (type, candidate lemma, listed relative, relation)
FAMILIES = [
    ('FOUNDING', 'istituzione', 'istituire', 'noun of verb'),
    ('REMOVAL', 'epurazione', 'epurare', 'noun of verb'),
    ('REMOVAL', 'sospensione', 'sospendere', 'noun of verb'),
    ('REMOVAL', 'dimissionario', 'dimissione', 'adjective of noun'),
    ('ALLIANCE', 'ingresso', 'entrare', 'noun of verb'),
    ('ALLIANCE', 'unione', 'unire', 'noun of verb'),
    ('ALLIANCE', 'riunire', 'unire', 'prefixed verb'),
    ('APPOINTMENT', 'neoeletto', 'eleggere', 'compound participle'),
    ('APPOINTMENT', 'rielezione', 'rieleggere', 'noun of verb'),
    ('APPOINTMENT', 'promozione', 'promuovere', 'noun of verb'),
    ('APPOINTMENT', 'riconferma', 'riconfermare', 'noun of verb'),
    ('APPOINTMENT', 'nominato', 'nominare', 'participle'),
    ('APPOINTMENT', 'intronizzazione', 'intronizzare', 'noun of verb'),
    ('DEATH', 'fucilazione', 'fucilare', 'noun of verb'),
    ('DEATH', 'impiccagione', 'impiccare', 'noun of verb'),
    ('DEATH', 'suicidio', 'suicidarsi', 'noun of verb'),
    ('DEATH', 'sterminio', 'sterminare', 'noun of verb'),
    ('DEATH', 'decapitazione', 'decapitare', 'noun of verb'),
    ('DEATH', 'crocifissione', 'crocifiggere', 'noun of verb'),
    ('DEATH', 'lapidazione', 'lapidare', 'noun of verb'),
    ('DEATH', 'strangolamento', 'strangolare', 'noun of verb'),
    ('DEATH', 'annegamento', 'annegare', 'noun of verb'),
    ('DEATH', 'massacro', 'massacrare', 'noun of verb'),
    ('DEATH', 'strage', 'massacro', 'synonym noun'),
    ('DEATH', 'martirizzare', 'martirio', 'verb of noun'),
    ('DEATH', 'trucidazione', 'trucidare', 'noun of verb'),
    ('DEFEAT', 'annientamento', 'annientare', 'noun of verb'),
    ('DEFEAT', 'capitolazione', 'capitolare', 'noun of verb'),
    ('DEFEAT', 'sconfitto', 'sconfiggere', 'participle'),
    ('DEFEAT', 'repressione', 'reprimere', 'noun of verb'),
    ('EXPULSION', 'cacciata', 'cacciare', 'noun of verb'),
    ('EXILE', 'espatrio', 'espatriare', 'noun of verb'),
    ('EXILE', 'esule', 'esilio', 'person noun'),
    ('EXILE', 'esiliato', 'esiliare', 'participle'),
    ('ARREST', 'arrestato', 'arrestare', 'participle'),
    ('ARREST', 'cattura', 'catturare', 'noun of verb'),
    ('OPPOSITION', 'ammutinarsi', 'ammutinamento', 'verb of noun'),
    ('OPPOSITION', 'rivoltare', 'rivolta', 'verb of noun'),
    ('OPPOSITION', 'combattimento', 'combattere', 'noun of verb'),
    ('OPPOSITION', 'opporre', 'opposizione', 'verb of noun'),
    ('OPPOSITION', 'opponere', 'opposizione', 'lemmatiser form of opporre'),
    ('OPPOSITION', 'ribellare', 'ribellione', 'verb of noun'),
    ('DISSOLUTION', 'disgregare', 'disgregazione', 'verb of noun'),
    ('DISSOLUTION', 'smantellamento', 'smantellare', 'noun of verb'),
    ('DISSOLUTION', 'separazione', 'scissione', 'synonym noun'),
    ('REINSTATEMENT', 'riammissione', 'riammettere', 'noun of verb'),
    ('REINSTATEMENT', 'reintegro', 'reintegrare', 'noun of verb'),
    ('REINSTATEMENT', 'rientro', 'rientrare', 'noun of verb'),
    ('FOUNDING', 'formare', 'formazione', 'verb of noun (FOUNDING reading)'),
    ('FOUNDING', 'fondatore', 'fondare', 'agent noun'),
    ('ACCUSATION', 'accusatore', 'accusare', 'agent noun'),
    ('REMOVAL', 'destituito', 'destituire', 'participle'),
    ('REMOVAL', 'estromettere', 'estromissione', 'verb of noun'),
    ('REMOVAL', 'dimissione', 'dimettere', 'noun of verb'),
    ('REMOVAL', 'revoca', 'revocare', 'noun of verb'),
    ('REMOVAL', 'congedo', 'congedare', 'noun of verb'),
]


def h(s):
    return int(hashlib.sha1(('s13fam:' + s).encode()).hexdigest(), 16)


def main(args):
    jsonl, out = args[0], args[1]
    ctx_path, k, only = None, 10, []
    i = 2
    while i < len(args):
        if args[i] == '--contexts':
            ctx_path, i = args[i + 1], i + 2
        elif args[i] == '--k':
            k, i = int(args[i + 1]), i + 2
        else:
            only.append(args[i])
            i += 1
    fams = [f for f in FAMILIES if not only or f[1] in only]
    wanted = {f[1] for f in fams} | set(only)
    count = collections.Counter()
    near = collections.Counter()
    by_src = collections.defaultdict(collections.Counter)
    forms = collections.defaultdict(collections.Counter)
    samples = collections.defaultdict(list)
    texts = {}
    for line in open(jsonl, encoding='utf-8'):
        d = json.loads(line)
        src = d['id'].split('_')[0]
        toks = d.get('tokens', [])
        ents = [e for e in d.get('entities', []) if e['type'] in ('PERSON', 'ORGANIZATION')]
        ev = {e['trigger']['begin'] for e in d.get('events', [])}
        for s in d['sentences']:
            st = [t for t in toks if s['begin'] <= t['begin'] < s['end']]
            ent_tok = [j for j, t in enumerate(st) if any(e['begin'] <= t['begin'] < e['end'] for e in ents)]
            for j, t in enumerate(st):
                lemma = t.get('lemma', '').lower()
                if lemma not in wanted or t.get('pos') not in ('NOUN', 'VERB', 'ADJ', 'AUX'):
                    continue
                count[lemma] += 1
                by_src[lemma][src] += 1
                forms[lemma][t['text'].lower()] += 1
                if any(abs(j - e) <= 6 for e in ent_tok):
                    near[lemma] += 1
                if ctx_path and src != 'dadoeval':
                    samples[lemma].append((h(f"{lemma}:{d['id']}:{t['begin']}"), d['source'], s['begin'], s['end'],
                                           t['begin'], t['end'], t['begin'] in ev))
    with open(out, 'w', encoding='utf-8') as f:
        f.write('type\tlemma\tlisted relative\trelation\ttokens\tnear PER/ORG\tby source\ttop forms\n')
        for typ, lemma, rel, how in fams:
            f.write(f"{typ}\t{lemma}\t{rel}\t{how}\t{count[lemma]}\t{near[lemma]}\t"
                    f"{dict(by_src[lemma])}\t{' '.join(w for w, _ in forms[lemma].most_common(6))}\n")
    if ctx_path:
        with open(ctx_path, 'w', encoding='utf-8') as f:
            for lemma in sorted(samples):
                f.write(f'=== {lemma} ({count[lemma]})\n')
                for _, path, b, e, tb, te, is_ev in sorted(samples[lemma])[:k]:
                    if path not in texts:
                        texts[path] = open(path, encoding='utf-8').read()
                    t = texts[path]
                    f.write(f"{'E' if is_ev else '-'} {t[b:tb]}[[{t[tb:te]}]]{t[te:e]}\n".replace('\n', ' ') + '\n')


if __name__ == '__main__':
    main(sys.argv[1:])
