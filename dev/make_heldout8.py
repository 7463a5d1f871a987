#!/usr/bin/env python3
"""Draws the candidate sentences of the eighth held-out event set (fixed seed, blind to the extractor's output).

Part A (the sample's genre: Soviet, Russian, communist-movement and other 20th-century political history):
  A1: WikiNEuRal-it *val* sentences referenced by no dev set of the repository, with a word of a broad
      list of relation verbs and nouns (much wider than the trigger lexicon: births, marriages, wars, treaties,
      votes, arrests ...) and a word of 20th-century politics (sovietico, comunista, partito, fascismo, zar ...),
      no sport or film word;
  A2: sentences of ENEIDE AMD *train/dev* paragraphs (Aldo Moro, 20th-century Italian politics) of documents no dev
      set references, with a word of a narrower list (STRONG, below) and a capitalised word inside the sentence.
Part B: De Gasperi documents (DaDoEval test release) whose file name satisfies
  int(sha1(name).hexdigest(), 16) % 3 == 2 and whose id occurs in no dev set; every sentence (with the sentence before
  it as context; a seeded sample of them) with a word of a narrower list (STRONG).
The extractor is never run here. Usage: python3 dev/make_heldout8.py ../shared/data REPO_ROOT > candidates.txt
The draw depends on the dev sets present (their ids are excluded; heldout8-mixed.txt itself is ignored): it was made
on main 2bcb28c; dev sets added later change it.
"""
import csv, glob, hashlib, io, os, random, re, sys

from corpus_refs import conllu_rows, detok

SEED = 83
N_WN, N_ENEIDE, N_DG = 60, 25, 90
RELATION = re.compile(r"\b(elett\w*|elezion\w*|nomin\w+|espuls\w+|espell\w+|arrest\w+|mor[iì]\b|morì|mort[oaie]\b|"
    r"uccis\w*|uccid\w*|fucilat\w*|giustiziat\w*|esili\w*|deportat\w*|confinat\w*|fond[aò]\w*|sciol\w+|scioglim\w+|"
    r"alleat\w*|alleanz\w+|oppos\w+|oppon\w+|combatt\w+|sconfi\w+|battut\w+|accus\w+|condann\w+|dimess\w*|dimission\w+|"
    r"destitu\w+|rimoss\w*|sostitu\w+|succedu\w+|succe(?:sse|ssore)\b|incoron\w+|proclam\w+|spos[aò]\w*|nacque|nato|"
    r"firm[aò]\w*|trattato|invas\w+|invad\w+|conquist\w+|occup\w+|abdic\w+|depost\w*|assassin\w+|rapit\w*|incarcer\w+|"
    r"liberat\w*|fugg\w+|trad[iì]\w*|guid[aò]\w*|vins\w+|vint\w+|pers[eo]\b|ritir\w+|ribell\w+|insurre\w+|rivolt\w+|"
    r"dichiar\w+ guerra|assedi\w+|cedut\w+|annes\w+|esonerat\w+|congedat\w+|licenziat\w+|riammess\w+|reintegrat\w+|"
    r"process\w+|imprigion\w+|epur\w+|purg\w+|sospes\w+|nominat\w+|designat\w+|dimett\w+|aderì|aderi\w+|"
    r"sciopero|rivoluzion\w+|golpe|colpo di stato|dimise|dimisero|rieletto|eletta|rovesci\w+|caduta)\b", re.I)
GENRE = re.compile(r"\b(sovietic\w*|urss|unione sovietica|russ[oaie]|russia|comunis\w+|bolscevic\w+|menscevic\w+|"
    r"socialis\w+|fascis\w+|antifascis\w+|nazis\w+|partigian\w+|partito|partiti|governo|ministr[oi]|"
    r"rivoluzion\w+|comintern|politburo|cremlino|armata rossa|guerra mondiale|resistenza|dittatur\w+|regime|"
    r"parlamento|deputat\w+|senat\w+|segretario|sindacat\w+|repubblica|lenin\w*|trotsk\w*|stalin\w*|zar\w*|"
    r"democristian\w+|marxis\w+|anarchic\w+|golpe)\b", re.I)
# the sparse political prose of Moro and De Gasperi: only sentences with a word of this narrower list (still wider
# than the trigger lexicon: trials, suspensions, internments, successions ...); with the broad list held-out 7's
# De Gasperi part gave 8 events in 34 excerpts
STRONG = re.compile(r"\b(elett[oaie]|rielett\w+|elezione d[ei]\w*|nomin[aò]\w*|nominat\w+|espuls\w+|espell\w+|"
    r"arrest\w+|mor[iì]|mort[oaie]|uccis\w*|uccid\w*|fucilat\w*|giustiziat\w*|esiliat\w*|deportat\w*|confinat\w*|"
    r"internat[oaie]|fond[aò](?:t[oaie]|rono|re|zione)?|sciolt[oaie]|sciols\w+|scioglimento|dimess\w*|dimission\w+|dimise\w*|dimett\w+|"
    r"destitu\w+|rimoss\w*|sostituit\w+|succedut\w+|succes(?:se|sore)|incoron\w+|proclam\w+|abdic\w+|depost\w*|"
    r"assassin\w+|incarcer\w+|imprigion\w+|condannat\w+|processat\w+|sospes[oaie]|esonerat\w+|congedat\w+|"
    r"licenziat\w+|riammess\w+|reintegrat\w+|accusat\w+|designat\w+|sconfitt\w+|sconfi(?:sse|ssero))\b", re.I)
NOT_GENRE = re.compile(r"\b(campionat\w+|finale|finali|set|gara|gare|torneo|squadra|medagli\w+|gran premio|play-?off|"
    r"film|album|singolo|stagione|match|partita|gol|punti|regia|attore|attrice|serie|episodio|canzone|disco|"
    r"romanzo|fumetto|videogioco|olimpiad\w+|calcio|calciator\w+|allenator\w+)\b", re.I)


def used_ids(repo):
    ids, refs, docs = set(), set(), set()
    for path in glob.glob(f'{repo}/extractor-core/src/test/resources/devset/**/*', recursive=True):
        if os.path.isfile(path) and not path.endswith('heldout8-mixed.txt'):
            text = open(path, encoding='utf-8', errors='replace').read()
            ids.update(m.lower() for m in re.findall(r'\b[0-9a-fA-F]{8}', text))
            for f, n in re.findall(r'wikineural-it/(\w+)\.conllu sentence=(\d+)', text):
                refs.add((f, int(n)))
            docs.update(re.findall(r'doc=(document_\d+\.html)', text))
    return ids, refs, docs


def sentences(text):
    return [s for s in re.split(r'(?<=[.!?»])\s+(?=[«"A-ZÀÈÉÌÒÙ])', text) if s.strip()]


def named(s):
    return re.search(r'(?<!^)(?<![.!?] )\b[A-Z][a-zà-ù]{2,}|\b1[89]\d\d\b', s)


def main(data, repo):
    rnd = random.Random(SEED)
    ids, refs, used_docs = used_ids(repo)
    pool = []
    for n, rows in enumerate(conllu_rows(f'{data}/wikineural-it/val.conllu')):
        if ('val', n) in refs:
            continue
        toks = [(c[1], c[2]) for c in rows]
        s = detok([w for w, _ in toks])
        if RELATION.search(s) and GENRE.search(s) and not NOT_GENRE.search(s) and 60 <= len(s) <= 420:
            pool.append((n, s))
    paras = []
    for split in ['train', 'dev']:
        raw = open(f'{data}/eneide-amd/paragraphs_{split}.csv', encoding='utf-8', newline='').read()
        for row in csv.reader(io.StringIO(raw)):
            if row and row[0] != 'doc_id' and row[0] not in used_docs:
                for s in sentences(row[2]):
                    s = s.strip()
                    if 40 <= len(s) <= 420 and STRONG.search(s) and named(s):
                        paras.append((split, row[0], row[2].find(s), s))
    docs = sorted(glob.glob(f'{data}/dadoeval-degasperi/Test_Release/*/*.txt'))
    docs = [d for d in docs if int(hashlib.sha1(os.path.basename(d).encode()).hexdigest(), 16) % 3 == 2
            and os.path.basename(d)[:8].lower() not in ids]
    print(f'# pools: wikineural val {len(pool)}, eneide {len(paras)}, de gasperi docs {len(docs)}', file=sys.stderr)
    for n, s in sorted(rnd.sample(pool, min(N_WN, len(pool)))):
        print(f'=== h8-val-{n}')
        print(s)
        print()
    for split, doc, start, s in rnd.sample(paras, min(N_ENEIDE, len(paras))):
        print(f'=== h8-{split}-{doc[9:-5]}-{start}')
        print(s)
        print()
    dg = []
    for d in docs:
        text = open(d, encoding='utf-8').read()
        sents = sentences(text)
        for i, s in enumerate(sents):
            if 60 <= len(s) <= 420 and STRONG.search(s):
                context = sents[i - 1] + ' ' + s if i > 0 and len(sents[i - 1]) <= 420 else s
                dg.append((f'{os.path.basename(d)[:8]}-{text.find(s)}', context))
    print(f'# de gasperi candidate sentences {len(dg)}', file=sys.stderr)
    for ident, context in sorted(rnd.sample(dg, min(N_DG, len(dg)))):
        print(f'=== {ident}')
        print(context)
        print()

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
