#!/usr/bin/env python3
"""Corpus-wide, frequency-ranked audit of the names pipeline over large UNLABELLED genre text (session 11).

Instead of reading one dev set's errors, the pipeline runs over every DaDoEval De Gasperi document, the ENEIDE AMD
paragraphs (train, dev, test: Aldo Moro) and the KIND ADG_train and moro_train texts (tokens only: the label column is
never read; consecutive sentences are grouped into documents of 40, as `eval names --conll` does), and the audit
ranks what happens in many DOCUMENTS (the count is of documents, not of occurrences):
  (a) the same surface string given different types, or none, across documents;
  (b) capitalised word sequences inside a sentence (not its first word) that no entity touches;
  (c) entity spans with suspicious edges: a lower-case word, a preposition/article or punctuation at an edge, a title
      or role word inside the span or just before it;
  (d) ORG/LOC heads (Ministero, Camera, Partito, Provincia, Repubblica, ...): how their spans end (the words that
      follow the span when the next word is lower case "di"/"del"/... or capitalised).
Part S's documents (texts-s.tsv) are left out of the corpus, so that the audit never shows them.
Usage (from the repository root, after `mvn -o -q -B package -DskipTests`):
  python3 dev/names_audit.py prepare ../shared/data OUT_DIR      # writes OUT_DIR/texts/*.txt
  java -Xmx1g -jar extractor-cli/target/extractor.jar extract --threads 1 --output OUT_DIR/json OUT_DIR/texts/*.txt
  python3 dev/names_audit.py rank OUT_DIR [TOP] > OUT_DIR/ranking.txt
  python3 dev/names_audit.py contexts OUT_DIR SURFACE LABEL [N]  # the occurrences of SURFACE labelled LABEL (a type
      or NONE), grouped by the two words before them, with document counts and N examples each (the hand check)
"""
import collections, csv, glob, io, json, os, re, sys

from corpus_refs import kind_detok, kind_sentences

GROUP = 40
S_REFS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'extractor-core', 'src', 'test', 'resources',
                      'devset', 'names', 'texts-s.tsv')
KIND = ['kind/evalita-2023/ADG_train.tsv', 'kind/dataset/moro_train.tsv']


def s_documents():
    """The ENEIDE doc ids part S references (kept out of the audit)."""
    return set(re.findall(r'doc=(document_\d+\.html)', open(S_REFS, encoding='utf-8').read()))


def prepare(root, out):
    d = os.path.join(out, 'texts')
    os.makedirs(d, exist_ok=True)
    n = collections.Counter()
    for genre in ('same-genre', 'cross-genre'):
        for f in sorted(glob.glob(os.path.join(root, 'dadoeval-degasperi', 'Test_Release', genre, '*.txt'))):
            text = open(f, encoding='utf-8').read()
            open(os.path.join(d, 'dg-%s.txt' % os.path.basename(f)[:8]), 'w', encoding='utf-8').write(text)
            n['dg'] += 1
    skip = s_documents()
    for split in ('train', 'dev', 'test'):
        raw = open(os.path.join(root, 'eneide-amd', 'paragraphs_%s.csv' % split), encoding='utf-8', newline='').read()
        for row in csv.reader(io.StringIO(raw)):
            if not row or row[0] == 'doc_id' or row[0] in skip:
                continue
            open(os.path.join(d, 'am-%s.txt' % re.sub(r'\D', '', row[0])), 'w', encoding='utf-8').write(row[2])
            n['am'] += 1
    for path in KIND:
        name = os.path.basename(path).split('.')[0].lower().replace('_', '')
        sents = kind_sentences(os.path.join(root, path))
        for i in range(0, len(sents), GROUP):
            text = '\n'.join(kind_detok(s) for s in sents[i:i + GROUP])
            open(os.path.join(d, 'k%s-%04d.txt' % (name, i // GROUP)), 'w', encoding='utf-8').write(text)
            n['k' + name] += 1
    print('documents: %s' % dict(n), file=sys.stderr)


WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žЀ-ӿ][\w’'.-]*")
CAP = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]")
PREPS = {'di', 'del', 'della', 'dei', 'degli', 'delle', 'dello', 'dell', "dell'", 'dell’', 'a', 'al', 'alla', 'ai',
         'agli', 'alle', 'da', 'dal', 'dalla', 'in', 'nel', 'nella', 'nei', 'con', 'su', 'per', 'tra', 'fra', 'e', 'ed',
         'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', "l'", 'l’', 'o'}
TITLES = {'on.', 'onorevole', 'sen.', 'senatore', 'dott.', 'dr.', 'prof.', 'professore', 'presidente', 'ministro',
          'mons.', 'monsignore', 'don', 'padre', 'sig.', 'signor', 'signore', 'avv.', 'ing.', 'comm.', 'gen.',
          'generale', 'conte', 'barone', 'cardinale', 'card.', 'papa', 're', 'regina', 'principe', 'duca', 'sindaco',
          'podestà', 'deputato', 'segretario', 'capo', 'maresciallo', 'ammiraglio', 'colonnello', 'capitano',
          'vescovo', 'arcivescovo', 'sua', 'santità', 'eccellenza', 'cav.', 'rag.', 'prof', 'dott', 'on', 'sen'}
HEADS = ['Ministero', 'Ministro', 'Camera', 'Senato', 'Partito', 'Provincia', 'Regione', 'Repubblica', 'Comune',
         'Consiglio', 'Comitato', 'Commissione', 'Governo', 'Assemblea', 'Direzione', 'Segreteria', 'Congresso',
         'Federazione', 'Unione', 'Associazione', 'Banca', 'Istituto', 'Università', 'Corte', 'Tribunale', 'Giunta',
         'Società', 'Lega', 'Movimento', 'Fronte', 'Comunità', 'Stato', 'Stati', 'Impero', 'Regno', 'Ufficio',
         'Confederazione', 'Conferenza', 'Alto', 'Chiesa', 'Santa', 'Sede', 'Prefettura', 'Questura', 'Luogotenenza']


def load(out):
    docs = {}
    for jf in sorted(glob.glob(os.path.join(out, 'json', '*.json'))):
        j = json.load(open(jf, encoding='utf-8'))
        name = os.path.basename(jf)[:-5]
        tf = os.path.join(out, 'texts', name + '.txt')
        if not os.path.exists(tf):
            continue
        text = open(tf, encoding='utf-8').read()
        ents = [(e['begin'], e['end'], e['type'], e['text']) for e in j['entities'] if e['type'] != 'DATE']
        sents = [(s['begin'], s['end']) for s in j['sentences']]
        docs[name] = (text, ents, sents)
    return docs


def sentence_starts(text, sents):
    """Offsets of the first word of each sentence, and of each line (KIND documents are one sentence a line)."""
    starts = set()
    for b, e in sents:
        m = WORD.search(text, b, e)
        if m:
            starts.add(m.start())
    for m in re.finditer(r'(?:^|\n)\W*', text):
        starts.add(m.end())
    return starts


def show(title, counter, examples, top, total):
    print('\n## %s (documents of %d)' % (title, total))
    for key, n in counter.most_common(top):
        ex = examples.get(key, [])
        print('%5d  %s    e.g. %s' % (n, key, ' | '.join(ex[:3])))


def rank(out, top=40):
    top = int(top)
    docs = load(out)
    total = len(docs)
    by_source = collections.Counter(re.sub(r'[-\d].*', '', n) for n in docs)
    print('# names audit: %d documents %s' % (total, dict(by_source)))

    # (a) surface -> labels per document (a label or NONE for a capitalised occurrence no entity covers)
    labels = collections.defaultdict(lambda: collections.defaultdict(set))
    for name, (text, ents, sents) in docs.items():
        covered = collections.defaultdict(set)
        for b, e, t, s in ents:
            labels[s][t].add(name)
            covered[s].add(b)
        for s in list(covered):
            for m in re.finditer(r'(?<![\w’\'])' + re.escape(s) + r'(?![\w’\'])', text):
                if not any(b <= m.start() < e for b, e, _, _ in ents):
                    labels[s]['NONE'].add(name)
    mixed = collections.Counter()
    ex = {}
    for s, by in labels.items():
        if len(by) > 1:
            counts = sorted(((len(v), k) for k, v in by.items()), reverse=True)
            minority = sum(n for n, _ in counts[1:])
            key = '%s  [%s]' % (s, ', '.join('%s %d' % (k, n) for n, k in counts))
            mixed[key] = minority
            ex[key] = sorted({d for _, k in counts[1:] for d in by[k]})[:3]
    show('(a) surface strings with different types or none (count = documents of the minority labels)', mixed, ex,
         top, total)

    # (b) capitalised sequences no entity touches (not the first word of a sentence or line)
    untagged = collections.defaultdict(set)
    for name, (text, ents, sents) in docs.items():
        starts = sentence_starts(text, sents)
        words = [m for m in WORD.finditer(text)]
        i = 0
        while i < len(words):
            m = words[i]
            if CAP.match(m.group()) and m.start() not in starts and len(m.group()) > 1:
                j = i
                while j + 1 < len(words) and CAP.match(words[j + 1].group()) \
                        and text[words[j].end():words[j + 1].start()].strip() in ('', "'", '’'):
                    j += 1
                b, e = m.start(), words[j].end()
                if not any(eb < e and b < ee for eb, ee, _, _ in ents):
                    untagged[text[b:e].rstrip('.')].add(name)
                i = j + 1
            else:
                i += 1
    c = collections.Counter({k: len(v) for k, v in untagged.items()})
    show('(b) capitalised sequences inside sentences with no entity', c, {k: sorted(v)[:3] for k, v in untagged.items()},
         top, total)

    # (c) suspicious edges
    edges = collections.defaultdict(set)
    for name, (text, ents, sents) in docs.items():
        for b, e, t, s in ents:
            ws = s.split()
            first, last = ws[0], ws[-1]
            if first.lower() in PREPS or last.lower() in PREPS:
                edges['%s preposition/article at an edge: %s' % (t, first if first.lower() in PREPS else last)].add(name)
            if re.match(r'^\W', s) or re.search(r'[^\w.)’\']$', s):
                edges['%s punctuation at an edge: %s' % (t, s)].add(name)
            if len(ws) > 1 and (first[0].islower() or last[0].islower()) and first.lower() not in PREPS \
                    and last.lower() not in PREPS:
                edges['%s lower-case word at an edge: %s' % (t, first if first[0].islower() else last)].add(name)
            inside = [w for w in ws if w.lower() in TITLES]
            if inside and t != 'LOCATION':
                edges['%s title inside: %s' % (t, inside[0].lower())].add(name)
            before = re.findall(r'(\S+)\s+$', text[max(0, b - 25):b])
            if before and before[0].lower() in TITLES and t != 'PERSON':
                edges['%s after a title: %s' % (t, before[0].lower())].add(name)
    c = collections.Counter({k: len(v) for k, v in edges.items()})
    show('(c) spans with suspicious edges', c, {k: sorted(v)[:3] for k, v in edges.items()}, top, total)

    # (d) heads: span type and what follows the span
    heads = collections.defaultdict(set)
    heads_ex = collections.defaultdict(list)
    for name, (text, ents, sents) in docs.items():
        for b, e, t, s in ents:
            h = s.split()[0]
            if h not in HEADS:
                continue
            nxt = re.match(r"\s*([\w’']+)(?:\s+([\w’']+))?", text[e:e + 40])
            follow = ''
            if nxt:
                w1, w2 = nxt.group(1), nxt.group(2) or ''
                if w1.lower() in PREPS and w2[:1].isupper():
                    follow = '+ %s Cap' % w1.lower()
                elif w1[:1].isupper():
                    follow = '+ Cap'
                elif re.match(r'[a-zà-ù]+(ale|ali|ano|ana|ani|ane|ese|esi|ico|ica|ici|iche|ista|isti|ino|ina)$', w1):
                    follow = '+ adjective?'
            key = '%s %s (%d words) %s' % (h, t, len(s.split()), follow)
            heads[key].add(name)
            if len(heads_ex[key]) < 3:
                heads_ex[key].append('%s: «%s»%s' % (name, s, text[e:e + 30].split('\n')[0]))
    c = collections.Counter({k: len(v) for k, v in heads.items() if '+' in k})
    show('(d) ORG/LOC heads whose span is followed by "of" + a capitalised word, a capitalised word or an adjective',
         c, heads_ex, top, total)
    c = collections.Counter({k: len(v) for k, v in heads.items()})
    show('(d2) all head spans by type and length', c, heads_ex, top, total)


def contexts(out, surface, label, n=3):
    docs = load(out)
    groups = collections.defaultdict(set)
    examples = collections.defaultdict(list)
    pat = re.compile(r'(?<![\w’\'])' + re.escape(surface) + r'(?![\w’\'])')
    for name, (text, ents, sents) in docs.items():
        for m in pat.finditer(text):
            got = [t for b, e, t, s in ents if b == m.start() and e == m.end()]
            touching = [t for b, e, t, s in ents if b < m.end() and m.start() < e]
            lab = got[0] if got else ('NONE' if not touching else 'PART')
            if lab != label:
                continue
            before = ' '.join(re.findall(r"[\w’'.]+", text[max(0, m.start() - 40):m.start()])[-2:]).lower()
            groups[before].add(name)
            if len(examples[before]) < int(n):
                examples[before].append(('%s: …%s[%s]%s…' % (name, text[max(0, m.start() - 50):m.start()], surface,
                                                             text[m.end():m.end() + 40])).replace('\n', ' '))
    total = set().union(*groups.values()) if groups else set()
    print('%s labelled %s: %d documents' % (surface, label, len(total)))
    for key, ds in sorted(groups.items(), key=lambda x: -len(x[1])):
        print('%5d  «%s»' % (len(ds), key))
        for e in examples[key]:
            print('         ' + e)


if __name__ == '__main__':
    if len(sys.argv) >= 4 and sys.argv[1] == 'prepare':
        prepare(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 5 and sys.argv[1] == 'contexts':
        contexts(*sys.argv[2:6])
    elif len(sys.argv) >= 3 and sys.argv[1] == 'rank':
        rank(*sys.argv[2:4])
    else:
        sys.exit(__doc__)
