#!/usr/bin/env python3
"""Draws the candidate sentences of the ninth held-out event set (fixed seeds, blind to the extractor's output).

Selection is by a BROAD list of relation words for the 13 event types (synonyms a historian uses: removed, ousted,
overthrown, dismissed, sacked, installed, chosen, exiled, fled, killed, hanged, captured, detained, allied, joined,
fought, rebelled, beaten, charged, denounced, tried, created, instituted, abolished, suppressed, split ...), much
wider than the trigger lexicon, so that recall is measured on words the lexicon may not have, and precision on
words used in other senses. (A first version of the list had generic nouns such as giustizia, processo, accordo,
patto, lotta, elezioni, critica, costituzione: its draw, read before any annotation and never run through the
extractor, had about one event in seven excerpts, too few to annotate 100 events in the time, so those words were
dropped; the list is still much wider than the trigger lexicon.) Each part also has a seeded sample of sentences WITHOUT any broad-list word (precision on
ordinary prose).

Part A (the sample's genre: Soviet, Russian, communist-movement and other 20th-century political history):
  A1: WikiNEuRal-it *val* sentences referenced by no dev set, with a BROAD word and a word of 20th-century politics
      (sovietico, comunista, partito, fascismo, zar ...), no sport or film word;
  A0: WikiNEuRal-it *val* sentences with a politics word and NO broad word (same exclusions);
  A2: sentences of ENEIDE AMD *train/dev* paragraphs (Aldo Moro) of documents no dev set references, with a BROAD
      word and a capitalised word inside the sentence.
Part B: De Gasperi documents (DaDoEval test release) whose file name satisfies
  int(sha1(name).hexdigest(), 16) % 3 == 2 and whose id occurs in no dev set:
  B1: sentences with a BROAD word (with the sentence before as context);
  B0: sentences with NO broad word (alone).
Each pool is shuffled with its own seed and its first N items are taken, so a larger N only adds items.
The extractor is never run here. Usage:
  python3 dev/make_heldout9.py ../shared/data REPO_ROOT [OTHER_REPO_ROOT ...] > candidates.txt
Every REPO_ROOT's extractor-core/src/test/resources/devset (events, names, time) is scanned for references to
exclude; heldout9-mixed.txt itself is ignored. It was drawn on main fa23110 with the round-6 worktrees of the
names and time engineers as extra roots (their sets as of 09:12 of that day).
"""
import csv, glob, hashlib, io, os, random, re, sys

from corpus_refs import conllu_rows, detok

SEED = 97
N_WN, N_WN_NEG, N_ENEIDE, N_DG, N_DG_NEG = 78, 14, 36, 110, 12
BROAD = re.compile(r"\b("
    # removal, expulsion, reinstatement
    r"espuls\w*|espell\w+|radiat\w+|estromess\w*|estromett\w+|cacciat\w*|scacciat\w*|allontanat\w+|depost\w*|depose\w*|"
    r"deposizione|rovesci\w+|destitu\w+|esonerat\w+|esoner[oò]|licenzi\w+|silurat\w+|rimoss\w*|rimosse|rimozione|"
    r"dimess\w*|dimett\w+|dimise\w*|dimission\w+|abdic\w+|sostituit\w+|sostituì|epurat\w+|epurazion\w+|purg\w+|sospes[oaie]|"
    r"ritirat\w+|ritirò|ritiro|caduta|cadde|caddero|riammess\w*|reintegr\w+|riabilitat\w+|"
    # appointment
    r"nomin[aò]\w*|nominat\w+|elett[oaie]|rielett\w+|elezione|eless\w+|designat\w+|insediat\w+|incaricat\w+|"
    r"proclamat\w+|proclamò|incoron\w+|succe(?:sse|ssero|ssore|duto|duta|dere)|subentr\w+|promoss[oa]|affidat[oa]|"
    # exile, arrest
    r"esili\w*|deportat\w*|deportazion\w+|confinat\w*|confino|bandit[oaie]|fugg\w+|fuga|espatri\w+|"
    r"arrest\w+|catturat\w+|catturò|imprigion\w+|incarcer\w+|detenut\w+|internat[oaie]|prigionier\w+|rapit\w*|"
    # death
    r"mor[iì]|morirono|mort[oaie]|morte|uccis\w*|uccid\w*|assassin\w+|fucilat\w*|fucilazion\w+|giustiziat\w+|giustiziò|"
    r"impiccat\w*|decapitat\w*|suicid\w+|massacr\w+|caduto|caduti|trucidat\w+|"
    # alliance, opposition, defeat
    r"alleat\w*|allea\w+|alleanz\w+|coalizz\w+|unir\w*|unì|unirono|aderì|aderirono|"
    r"oppos[eo]\w*|oppon\w+|contrastat\w+|contrastò|combatt\w+|lottò|lottarono|ribell\w+|rivolt[ae]|insors\w+|insurre\w+|"
    r"sollevò|sollevarono|sollevazion\w+|attaccò|attaccarono|sconfi\w+|battut[oaie]|vins[eo]|vinsero|disfatt\w+|"
    # accusation
    r"accus[aòo]\w*|accusat\w+|denunciat\w+|denunciò|condannat\w+|condannò|processat\w+|imputat\w+|incriminat\w+|"
    # founding, dissolution
    r"fondat\w+|fondò|fondarono|fondazione|fondator\w+|creat[oaie]|creò|crearono|istituit\w+|istituì|costituit\w+|costituì|costituirono|sciol\w+|scioglim\w+|"
    r"scission\w+|sciss[oaie]|dissol\w+|soppress\w+|soppresse|abolit\w+|abolì|liquidat\w+)\b", re.I)
GENRE = re.compile(r"\b(sovietic\w*|urss|unione sovietica|russ[oaie]|russia|comunis\w+|bolscevic\w+|menscevic\w+|"
    r"socialis\w+|fascis\w+|antifascis\w+|nazis\w+|partigian\w+|partito|partiti|governo|ministr[oi]|"
    r"rivoluzion\w+|comintern|politburo|cremlino|armata rossa|guerra mondiale|resistenza|dittatur\w+|regime|"
    r"parlamento|deputat\w+|senat\w+|segretario|sindacat\w+|repubblica|lenin\w*|trotsk\w*|stalin\w*|zar\w*|"
    r"democristian\w+|marxis\w+|anarchic\w+|golpe|presidente|colpo di stato|elezioni)\b", re.I)
NOT_GENRE = re.compile(r"\b(campionat\w+|finale|finali|set|gara|gare|torneo|squadra|medagli\w+|gran premio|play-?off|"
    r"film|album|singolo|stagione|match|partita|gol|punti|regia|attore|attrice|serie|episodio|canzone|disco|"
    r"romanzo|fumetto|videogioco|olimpiad\w+|calcio|calciator\w+|allenator\w+)\b", re.I)


def used_ids(roots):
    ids, refs, docs = set(), set(), set()
    for repo in roots:
        for path in glob.glob(f'{repo}/extractor-core/src/test/resources/devset/**/*', recursive=True):
            if os.path.isfile(path) and not path.endswith('heldout9-mixed.txt'):
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


def first(pool, n, seed):
    pool = sorted(pool)
    random.Random(seed).shuffle(pool)
    return sorted(pool[:n])


def dg_pools(docs, skip=lambda s: False):
    """The De Gasperi sentences of 60-800 characters of the given documents, as (id, text) pairs in two pools: with
    a BROAD word (with the sentence before as context when that is at most 420 characters) and without one (alone).
    Sentences for which skip(sentence) is true are left out."""
    dg, dg_neg = [], []
    for d in docs:
        text = open(d, encoding='utf-8').read()
        sents = sentences(text)
        for i, s in enumerate(sents):
            if not 60 <= len(s) <= 800 or skip(s):
                continue
            ident = f'{os.path.basename(d)[:8]}-{text.find(s)}'
            if BROAD.search(s):
                context = sents[i - 1] + ' ' + s if i > 0 and len(sents[i - 1]) <= 420 else s
                dg.append((ident, context))
            else:
                dg_neg.append((ident, s))
    return dg, dg_neg


def main(data, roots):
    ids, refs, used_docs = used_ids(roots)
    wn, wn_neg = [], []
    for n, rows in enumerate(conllu_rows(f'{data}/wikineural-it/val.conllu')):
        if ('val', n) in refs:
            continue
        s = detok([c[1] for c in rows])
        if not (60 <= len(s) <= 420) or NOT_GENRE.search(s) or not GENRE.search(s):
            continue
        (wn if BROAD.search(s) else wn_neg).append((n, s))
    paras = []
    for split in ['train', 'dev']:
        raw = open(f'{data}/eneide-amd/paragraphs_{split}.csv', encoding='utf-8', newline='').read()
        for row in csv.reader(io.StringIO(raw)):
            if row and row[0] != 'doc_id' and row[0] not in used_docs:
                for s in sentences(row[2]):
                    s = s.strip()
                    if 40 <= len(s) <= 420 and BROAD.search(s) and named(s):
                        paras.append((split, row[0], row[2].find(s), s))
    docs = sorted(glob.glob(f'{data}/dadoeval-degasperi/Test_Release/*/*.txt'))
    docs = [d for d in docs if int(hashlib.sha1(os.path.basename(d).encode()).hexdigest(), 16) % 3 == 2
            and os.path.basename(d)[:8].lower() not in ids]
    dg, dg_neg = dg_pools(docs)
    print(f'# pools: wikineural val {len(wn)} (no broad word {len(wn_neg)}), eneide {len(paras)}, '
          f'de gasperi docs {len(docs)}: sentences {len(dg)} (no broad word {len(dg_neg)})', file=sys.stderr)
    for n, s in first(wn, N_WN, SEED):
        print(f'=== h9-val-{n}\n{s}\n')
    for n, s in first(wn_neg, N_WN_NEG, SEED + 1):
        print(f'=== h9-val-{n}-neg\n{s}\n')
    for split, doc, start, s in first(paras, N_ENEIDE, SEED + 2):
        print(f'=== h9-{split}-{doc[9:-5]}-{start}\n{s}\n')
    for ident, context in first(dg, N_DG, SEED + 3):
        print(f'=== {ident}\n{context}\n')
    for ident, s in first(dg_neg, N_DG_NEG, SEED + 4):
        print(f'=== {ident}-neg\n{s}\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
