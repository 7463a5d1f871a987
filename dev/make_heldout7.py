#!/usr/bin/env python3
"""Draws the candidate sentences of the seventh held-out event set (fixed seed, blind to the extractor's output).

Part A: De Gasperi documents (DaDoEval test release, same-genre and cross-genre) whose id prefix occurs nowhere in
the repository's dev sets; one sentence per document (plus the sentence before it as context) among the sentences
of 60-420 characters that contain a word of a broad list of relation verbs and nouns (much wider than the trigger
lexicon: births, marriages, wars, treaties, votes ...) and a capitalised word inside the sentence or a year 18xx/19xx.
Part B: WikiNEuRal-it test/val sentences not referenced by any dev set, with a PER tag, a 3-4 digit number, a word
of the same list, a history word (re, guerra, partito, governo ...) and no sport or film word (narrative history).
Part C: as part B without the number (part B's pool is small). The extractor is never run here.
Usage: python3 dev/make_heldout7.py ../shared/data REPO_ROOT > candidates.txt
"""
import glob, os, random, re, sys

from corpus_refs import conllu_rows, detok

SEED = 71
N_DG, N_WN, N_MORE = 34, 44, 60
RELATION = re.compile(r"\b(elett\w*|elezion\w*|nomin\w+|espuls\w+|espell\w+|arrest\w+|mor[iì]\b|morì|mort[oaie]\b|"
    r"uccis\w*|uccid\w*|fucilat\w*|giustiziat\w*|esili\w*|deportat\w*|confinat\w*|fond[aò]\w*|sciol\w+|scioglim\w+|"
    r"alleat\w*|alleanz\w+|oppos\w+|oppon\w+|combatt\w+|sconfi\w+|battut\w+|accus\w+|condann\w+|dimess\w*|dimission\w+|"
    r"destitu\w+|rimoss\w*|sostitu\w+|succedu\w+|succe(?:sse|ssore)\b|incoron\w+|proclam\w+|spos[aò]\w*|nacque|nato|"
    r"firm[aò]\w*|trattato|invas\w+|invad\w+|conquist\w+|occup\w+|abdic\w+|depost\w*|assassin\w+|rapit\w*|incarcer\w+|"
    r"liberat\w*|fugg\w+|trad[iì]\w*|guid[aò]\w*|vins\w+|vint\w+|pers[eo]\b|ritir\w+|ribell\w+|insurre\w+|rivolt\w+|"
    r"dichiar\w+ guerra|assedi\w+|cedut\w+|annes\w+|esonerat\w+|congedat\w+|licenziat\w+|riammess\w+|reintegrat\w+)\b",
    re.I)
HISTORY = re.compile(r"\b(re|regina|imperator\w+|impero|regno|papa|guerra|battaglia|esercito|partito|governo|ministro|"
    r"presidente|rivoluzion\w+|dinastia|secolo|trono|principe|duca|conte|vescovo|generale|truppe|repubblica|"
    r"parlamento|senato|console|sovrano|colpo di stato|dittatur\w+|monarchia|regime|rivolta|assedio|ribelli)\b", re.I)
NOT_HISTORY = re.compile(r"\b(campionat\w+|finale|finali|set|gara|gare|torneo|squadra|medagli\w+|gran premio|play-?off|"
    r"film|album|singolo|stagione|match|partita|gol|punti|regia|attore|attrice|serie|episodio|canzone|disco)\b", re.I)


def used_ids(repo):
    ids, refs = set(), set()
    for path in glob.glob(f'{repo}/extractor-core/src/test/resources/devset/**/*', recursive=True):
        if os.path.isfile(path):
            text = open(path, encoding='utf-8', errors='replace').read()
            ids.update(m.lower() for m in re.findall(r'\b[0-9a-fA-F]{8}', text))
            for f, n in re.findall(r'wikineural-it/(\w+)\.conllu sentence=(\d+)', text):
                refs.add((f, int(n)))
    return ids, refs


def sentences(text):
    return [s for s in re.split(r'(?<=[.!?»])\s+(?=[«"A-ZÀÈÉÌÒÙ])', text) if s.strip()]


def main(data, repo):
    rnd = random.Random(SEED)
    ids, refs = used_ids(repo)
    docs = sorted(glob.glob(f'{data}/dadoeval-degasperi/Test_Release/*/*.txt'))
    docs = [d for d in docs if os.path.basename(d)[:8].lower() not in ids]
    rnd.shuffle(docs)
    picked = 0
    for d in docs:
        text = open(d, encoding='utf-8').read()
        sents = sentences(text)
        cands = [i for i, s in enumerate(sents) if 60 <= len(s) <= 420 and RELATION.search(s)
                 and re.search(r'(?<!^)(?<![.!?] )\b[A-Z][a-zà-ù]{2,}|\b1[89]\d\d\b', s)]
        if not cands:
            continue
        i = rnd.choice(cands)
        start = text.find(sents[i])
        print(f'=== {os.path.basename(d)[:8]}-{start}')
        if i > 0 and len(sents[i - 1]) <= 420:
            print(sents[i - 1] + ' ' + sents[i])
        else:
            print(sents[i])
        print()
        picked += 1
        if picked == N_DG:
            break
    pool, relaxed = [], []
    for f in ['test', 'val']:
        for n, rows in enumerate(conllu_rows(f'{data}/wikineural-it/{f}.conllu')):
            toks = [(c[1], c[2]) for c in rows]
            if (f, n) in refs:
                continue
            words = [w for w, _ in toks]
            s = detok(words)
            if any(t.endswith('PER') for _, t in toks) and re.search(r'\b\d{3,4}\b', s) and RELATION.search(s) \
                    and HISTORY.search(s) and not NOT_HISTORY.search(s) and 60 <= len(s) <= 420:
                pool.append((f, n, s))
            elif any(t.endswith('PER') for _, t in toks) and RELATION.search(s) and HISTORY.search(s) \
                    and not NOT_HISTORY.search(s) and 60 <= len(s) <= 420:
                relaxed.append((f, n, s))
    print(f"# pools {len(pool)} {len(relaxed)}", file=sys.stderr)
    first = rnd.sample(pool, N_WN)
    for f, n, s in first:
        print(f'=== h7-{f}-{n}')
        print(s)
        print()
    # part C (part B gave too few events for 60 gold events and its pool has only ~47 sentences): N_MORE sentences
    # of the same filter without the number
    for f, n, s in rnd.sample(relaxed, N_MORE):
        print(f'=== h7-{f}-{n}')
        print(s)
        print()


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
