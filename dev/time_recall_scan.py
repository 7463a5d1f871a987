"""Recall at scale (session 14): every temporal-looking token of large unlabelled text that lies in no DATE span,
grouped by a construction key (the tokens around it, numbers masked), frequency-ranked with document counts. Unlabelled
use of the corpora: nothing is annotated, nothing of the corpus text is written into the repository (the contexts are
printed for the hand check only).

  python3 dev/time_recall_scan.py prepare /tmp/scan        # KIND ADG/WN/FIC as files of GROUP sentences, dg-dates.tsv
  java -jar extractor.jar extract --threads 2 --document-dates /tmp/scan/dg-dates.tsv --output /tmp/scan/out-dg \\
       /work/shared/data/dadoeval-degasperi/Test_Release/same-genre /work/shared/data/dadoeval-degasperi/Test_Release/cross-genre
  java -jar extractor.jar extract --threads 2 --output /tmp/scan/out-kind /tmp/scan/kind
  python3 dev/time_recall_scan.py report /tmp/scan [TOP] [SAMPLES]    # keys by documents, hash-sampled contexts
  python3 dev/time_recall_scan.py report /tmp/scan 40 5 --key 'KEY'   # the contexts of one key
  python3 dev/time_recall_scan.py families /tmp/scan [SAMPLES]        # the families read by hand, uncovered / all
  python3 dev/time_recall_scan.py families17 /tmp/scan [SAMPLES]      # session 17: the classes of the dev-set misses
  python3 dev/time_recall_scan.py recall /tmp/scan [RUN]               # covered / all candidates by corpus and class

Held-out parts are left out of the scan (never read): the DaDoEval documents of blind16's, blind18's, blind19's and
blind20's parts b and the KIND sentences of blind17's part b passages (from `blind16-parts.tsv`, `blind17-parts.tsv`,
`blind18-parts.tsv`, `blind19-parts.tsv`, `blind20-parts.tsv` and `corpus-refs.tsv`).

Candidates: a number 1-31, a two-digit or four-digit number within three tokens of a month name, a weekday or
"anno/anni/secolo/mese/giorno" (not a count: a number right before a unit is a duration or an age unless "fa", "dopo",
"prima", "or", "addietro" follow it); a four-digit number 1000-2029 anywhere; an apostrophe year ('27); a dateline (a line
that opens with a capitalised word, a comma and a number 1-31); month names, weekdays, season words, holidays; "u.s.",
"p.v.", "c.m." (also spaced: "u. s."). The key is the candidate's class in brackets with WIDTH (env, default 2) tokens
either side, each generalised: numbers masked by shape (D = 1-31, NN = other 1-2 digits, YEAR = 1000-2029, N = other),
MONTH, WEEKDAY, SEASON, FEAST, ROMAN, Cap (another capitalised word), w (another word); function words, units and the
temporal words themselves stay literal. Contexts are sampled by the sha1 of document and offset (deterministic).
"""
import collections, csv, glob, hashlib, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_refs import kind_detok, kind_sentences  # noqa: E402
from time_audit import MONTHS, WEEKDAYS, SEASONS, FEASTS, DEICTIC, NUMWORDS, FUNCTION  # noqa: E402

DATA = '/work/shared/data/'
DG = DATA + 'dadoeval-degasperi/'
KIND = ['ADG_dev', 'ADG_test', 'ADG_train', 'WN_dev', 'WN_test', 'WN_train', 'FIC_dev', 'FIC_test', 'FIC_train']
GROUP = 40
RES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'extractor-core', 'src', 'test', 'resources',
                   'devset', 'time')
WIDTH = int(os.environ.get('WIDTH', '2'))
TOKEN = re.compile(r"\w+['’]|['’]\d\d\b|\w+|[^\w\s]")
UNITS = {'anno', 'anni', 'secolo', 'secoli', 'mese', 'mesi', 'giorno', 'giorni'}
COUNTED = UNITS | {'settimane', 'ore', 'minuti', 'volte', 'anno', 'anni'}  # a number before them is a count or an age
ABBR = re.compile(r'\b(?:u\.\s?s\.|p\.\s?v\.|c\.\s?m\.|a\.\s?c\.)', re.I)


def held_out():
    """(DaDoEval file-name prefixes of blind16-b, blind18-b, blind19-b and blind20-b, {KIND file: set of 0-based
    sentences of blind17-b passages})."""
    dg, kind = set(), collections.defaultdict(set)
    refs = {}
    for line in open(os.path.join(RES, 'corpus-refs.tsv'), encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if len(p) > 1:
            refs[p[0]] = p[1]
    for name in ('blind16-parts.tsv', 'blind17-parts.tsv', 'blind18-parts.tsv', 'blind19-parts.tsv',
                 'blind20-parts.tsv'):
        for line in open(os.path.join(RES, name), encoding='utf-8'):
            p = line.rstrip('\n').split('\t')
            if len(p) < 2 or p[1] != 'b':
                continue
            if p[0].startswith('dg-'):
                dg.add(p[0][3:])
            ref = refs.get(p[0], '')
            m = re.match(r'kind/evalita-2023/(\w+)\.tsv sentences=(\d+)-(\d+)', ref)
            if m:
                kind[m.group(1)].update(range(int(m.group(2)), int(m.group(3)) + 1))
    return dg, kind


def prepare(d):
    dg_out, kind_out = held_out()
    os.makedirs(d + '/kind', exist_ok=True)
    os.makedirs(d + '/dg', exist_ok=True)
    n = collections.Counter()
    for g in ('same-genre', 'cross-genre'):
        for f in sorted(glob.glob(DG + f'Test_Release/{g}/*.txt')):
            base = os.path.basename(f)
            if base[:8] in dg_out:
                n['dg held out'] += 1
                continue
            with open(f, encoding='utf-8') as src, open(f'{d}/dg/{base}', 'w', encoding='utf-8') as out:
                out.write(src.read())
            n['dg'] += 1
    with open(d + '/dg-dates.tsv', 'w', encoding='utf-8') as dates:
        for g in ('same-genre', 'cross-genre'):
            for line in open(DG + f'Gold-test/GoldStandard_{g}.tsv', encoding='utf-8'):
                p = line.rstrip('\n').split('\t')
                if len(p) > 1 and re.fullmatch(r'\d{4}', p[1]):
                    dates.write(f'{p[0]}\t{p[1]}\n')
    for k in KIND:
        sents = kind_sentences(DATA + f'kind/evalita-2023/{k}.tsv')
        skip = kind_out.get(k, set())
        n['kind held-out sentences'] += len(skip)
        for i in range(0, len(sents), GROUP):
            text = '\n'.join(kind_detok(s) for j, s in enumerate(sents[i:i + GROUP], i) if j not in skip)
            with open(f'{d}/kind/{k}-{i // GROUP:04d}.txt', 'w', encoding='utf-8') as out:
                out.write(text)
            n['kind ' + k[:k.index('_')]] += 1
    print(dict(n), file=sys.stderr)


def cls(t):
    t = t.replace('’', "'")
    lo = t.lower()
    if lo in MONTHS:
        return 'MONTH'
    if lo in WEEKDAYS:
        return 'WEEKDAY'
    if lo in SEASONS:
        return 'SEASON'
    if lo in FEASTS:
        return 'FEAST'
    if re.fullmatch(r"'\d\d", t):
        return "'YY"
    if re.fullmatch(r'\d+', t):
        v = int(t)
        if len(t) <= 2 and 1 <= v <= 31:
            return 'D'
        if len(t) <= 2:
            return 'NN'
        if len(t) == 4 and 1000 <= v <= 2029:
            return 'YEAR'
        return 'N'
    if re.fullmatch(r'[IVXL]+', t) and len(t) <= 5:
        return 'ROMAN'
    if lo in FUNCTION or lo in DEICTIC or lo in NUMWORDS or lo in UNITS or not re.match(r'\w', t):
        return lo
    return 'Cap' if t[0].isupper() else 'w'


def candidates(text, toks):
    """(index, class) of every candidate token."""
    out = []
    low = [t.replace('’', "'").lower() for t, _, _ in toks]
    near = lambda i: any(x in MONTHS or x in WEEKDAYS or x in UNITS for x in low[max(0, i - 3):i + 4])  # noqa: E731
    for i, (t, b, e) in enumerate(toks):
        lo = low[i]
        c = None
        if lo in MONTHS:
            c = 'MONTH'
        elif lo in WEEKDAYS:
            c = 'WEEKDAY'
        elif lo in SEASONS:
            c = 'SEASON'
        elif lo in FEASTS:
            c = 'FEAST'
        elif re.fullmatch(r"'\d\d", lo):
            c = "'YY"
        elif re.fullmatch(r'\d{4}', t) and 1000 <= int(t) <= 2029:
            c = 'YEAR'
        elif re.fullmatch(r'\d{1,2}', t):
            line_start = text.rfind('\n', 0, b) + 1
            head = text[line_start:b]
            if 1 <= int(t) <= 31 and re.fullmatch(r"[A-ZÀ-Ý][\w'’ .-]{1,30},\s*", head):
                c = 'DATELINE'
            elif near(i) and not (low[i + 1:i + 2] and low[i + 1] in COUNTED
                                  and low[i + 2:i + 3] not in (['fa'], ['dopo'], ['prima'], ['or'], ['addietro'])):
                c = 'D' if 1 <= int(t) <= 31 else 'NN'
        if c:
            out.append((i, c))
    return out


def documents(d):
    for f in sorted(glob.glob(d + '/out-*/*.json')):
        doc = json.load(open(f, encoding='utf-8'))
        text = open(doc['source'], encoding='utf-8').read()
        spans = [(e['begin'], e['end']) for e in doc['entities'] if e['type'] == 'DATE']
        yield os.path.basename(f)[:-5], text, spans


def corpus_of(name):
    return 'dg' if re.match(r'[0-9a-f]{8}-', name) else name.split('_')[0]


def ctx(text, b, e, n=70):
    return ' '.join((text[max(0, b - n):b] + '[[' + text[b:e] + ']]' + text[e:e + n]).split())


def report(d, top, samples, only=None):
    rows = collections.defaultdict(lambda: [set(), 0, [], collections.Counter()])
    byclass = collections.defaultdict(lambda: [set(), 0])
    ndocs = collections.Counter()
    for name, text, spans in documents(d):
        ndocs[corpus_of(name)] += 1
        toks = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
        found = list(candidates(text, toks))
        for m in ABBR.finditer(text):
            k = len([1 for t in toks if t[1] < m.start()])
            if k < len(toks):
                found.append((k, 'ABBR:' + re.sub(r'\s', '', m.group().lower())))
        for i, c in found:
            t, b, e = toks[i]
            if any(sb <= b and e <= se for sb, se in spans):
                continue
            left = [cls(x[0]) for x in toks[max(0, i - WIDTH):i]]
            if c.startswith('ABBR:'):
                right = [cls(x[0]) for x in toks[i + 4:i + 4 + WIDTH]]
            else:
                right = [cls(x[0]) for x in toks[i + 1:i + 1 + WIDTH]]
            if c == 'DATELINE':
                left = ['^Cap,']
            key = ' '.join(left + ['[' + c + ']'] + right)
            if only and key != only:
                continue
            r = rows[key]
            r[0].add(name)
            r[1] += 1
            r[3][corpus_of(name)] += 1
            h = hashlib.sha1(f'{name}:{b}'.encode()).hexdigest()
            r[2].append((h, name, ctx(text, b, e)))
            byclass[c.split(':')[0]][0].add(name)
            byclass[c.split(':')[0]][1] += 1
    print(f'# documents {dict(ndocs)}')
    print('\n## uncovered candidates by class: documents tokens class')
    for c, (docs, n) in sorted(byclass.items(), key=lambda kv: -len(kv[1][0])):
        print(f'    {len(docs):5d} {n:6d}  {c}')
    ranked = sorted(rows.items(), key=lambda kv: (-len(kv[1][0]), -kv[1][1], kv[0]))
    print(f'\n## keys: {len(ranked)}; rank documents tokens per-corpus key')
    for r, (k, (docs, n, ex, per)) in enumerate(ranked[:top], 1):
        print(f'{r:4d} {len(docs):5d} {n:6d}  {dict(per)}  {k}')
        for _, name, c in sorted(ex)[:samples]:
            print(f'             {name[:14]}: {c}')


WD = '(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)'
MO = '(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)'
FAMILIES = {  # the constructions read by hand after the ranking (session 14); uncovered = in no DATE span
    'weekday + day, no month': re.compile(r'(?i)(?<!\w)' + WD + r'\s{1,2}(?:,\s*)?(?:3[01]|[12][0-9]|0?[1-9])(?!\s*[°º])'
                                          r'(?![\w.,:][0-9])(?![\w])(?!\s{1,3}(?:di\s+|d\')?' + MO + ')'),
    'day + corrente/u.s./p.v./c.m.': re.compile(r'(?i)(?<!\w)(?:3[01]|[12][0-9]|0?[1-9])\s{1,2}'
                                                r'(?:u\.\s?s\.|p\.\s?v\.|c\.\s?m\.|corr\.|corrente)'),
    'dateline without period': re.compile(r'(?m)(?:^|(?<=[.!?»]\s))[A-Z][a-zà-ù]{2,20}(?: [A-Z][a-zà-ù]{2,20})?,'
                                          r'\s{1,2}(?:3[01]|[12][0-9]|0?[1-9])(?=\s{1,2}(?:sera|mattina|notte)?\s*[A-Z«"“])'),
    'weekday + scorso/prossimo': re.compile(r'(?i)(?<!\w)' + WD + r'\s{1,2}(?:scors|passat|prossim|ventur)[oa]'),
    'month heading ("Aprile.")': re.compile(r'(?m)(?:^|(?<=[.!?]\s))(?:Gennaio|Febbraio|Marzo|Aprile|Maggio|Giugno|'
                                            r'Luglio|Agosto|Settembre|Ottobre|Novembre|Dicembre)\.'),
    'di + month (not a year, not deictic)': re.compile(r'(?<!\w)(?:di|d\')\s{0,2}' + MO + r'(?!\w)'
                                                       r'(?!\s{1,3}(?:[0-9]|scors|prossim|dello|dell))'),
}


def families(d, samples):
    """Uncovered / all occurrences of each construction family, with documents per corpus and sampled contexts."""
    res = collections.defaultdict(lambda: [set(), 0, 0, [], collections.Counter()])
    for name, text, spans in documents(d):
        for f, rx in FAMILIES.items():
            for m in rx.finditer(text):
                r = res[f]
                r[2] += 1
                if any(sb <= m.start() < se or sb < m.end() <= se for sb, se in spans):
                    continue
                r[0].add(name)
                r[1] += 1
                r[4][corpus_of(name)] += 1
                r[3].append((hashlib.sha1(f'{name}:{m.start()}'.encode()).hexdigest(), name,
                             ctx(text, m.start(), m.end(), 60)))
    for f in FAMILIES:
        docs, n, tot, ex, per = res[f]
        print(f'{f}: uncovered {n} of {tot} in {len(docs)} documents {dict(per)}')
        for _, name, c in sorted(ex)[:samples]:
            print(f'             {name[:14]}: {c}')


FAMILIES17 = {  # session 17: the classes of the pooled dev-set misses, counted over the same unlabelled text
    'fine/inizio/metà del mese (no month named)': re.compile(
        r"(?i)(?<!\w)(?:fine|principio|inizio|metà|primi\s+giorni|ultimi\s+giorni)\s+(?:del|di\s+questo|del\s+corrente|"
        r"dello\s+stesso|del\s+prossimo)\s+mese(?!\s+(?:di|d'|del|scorso|passato|prossimo|venturo|successivo|seguente)\b)"),
    'mese scorso/prossimo': re.compile(
        r"(?i)(?<!\w)(?:mese\s+(?:scorso|passato|prossimo|venturo|decorso)|(?:scorso|passato|prossimo|venturo|decorso)\s+"
        r"mese)(?!\s+(?:di|d')\b)"),
    'tale data / questa data': re.compile(r"(?i)(?<!\w)(?:tale|questa|detta|codesta)\s+data(?!\w)"),
    'weekday + scorso/prossimo + apposed day month': re.compile(
        r'(?i)(?<!\w)' + WD + r'\s{1,2}(?:scors|passat|prossim|ventur)[oa]\s*,?\s*(?:3[01]|[12][0-9]|0?[1-9])\s+' + MO),
    'ordinal day with a space ("1 ° maggio")': re.compile(r'(?i)(?<![\w.])(?:3[01]|[12][0-9]|[1-9])\s+[°º]\s*' + MO),
    'feast word (Natale, Pasqua, ...)': re.compile(
        r'(?<!\w)(?:Natale|Pasqua|Capodanno|Ferragosto|Epifania|Pentecoste|Ognissanti|San Silvestro)(?!\w)'),
    'giorno dei morti / liturgical day': re.compile(
        r"(?i)(?<!\w)(?:giorno|giornata)\s+dei\s+(?:morti|defunti)|(?:sabato|venerdì)\s+santo|lunedì\s+dell'angelo|"
        r"domenica\s+(?:in\s+albis|delle\s+palme|di\s+pasqua)"),
    'ai primi / agli ultimi di + month': re.compile(
        r"(?i)(?<!\w)(?:primi|ultimi)\s+(?:giorni\s+)?(?:di|d'|del)\s*" + MO),
    "l'ultimo anno/secolo/mese": re.compile(r"(?i)(?<!\w)(?:l'|nell'|dell'|nel|del|il)\s*ultimo\s+(?:anno|secolo|mese)(?!\w)"),
    'day + u.s./p.v. variants (u.sc., p.p., c.a., m.s.)': re.compile(
        r'(?i)(?<!\w)(?:3[01]|[12][0-9]|0?[1-9])\s{1,2}(?:u\.\s?sc?\.|p\.\s?p\.|c\.\s?a\.|m\.\s?s\.|s\.\s?m\.|c\.\s?m\.|'
        r'u\.\s?s\.|p\.\s?v\.|corr\.|corrente)'),
    'abbreviated month': re.compile(
        r'(?i)(?<!\w)(?:3[01]|[12][0-9]|0?[1-9])\s{1,2}(?:genn?|febb?r?|mar|apr|magg?|giu|lugl?|ago|sett?|ott|nov|dic)'
        r'\.(?=\s)'),
    "in quei giorni / in quel tempo": re.compile(r"(?i)(?<!\w)(?:in|a)\s+quei\s+giorni(?!\w)"),
    'fra/tra N mesi/anni (forward count)': re.compile(
        r"(?i)(?<!\w)(?:fra|tra)\s+(?:un|una|due|tre|quattro|cinque|sei|qualche|pochi|[0-9]{1,2})\s+(?:anni|anno|mesi|mese|"
        r"settimane|giorni)(?!\w)"),
}


def families17(d, samples):
    """Session 17: covered / all occurrences of each class of FAMILIES17 by corpus (dg, ADG, WN, FIC), with documents."""
    res = collections.defaultdict(lambda: [collections.Counter(), collections.Counter(), collections.defaultdict(set),
                                           collections.defaultdict(set), []])
    for name, text, spans in documents(d):
        c = corpus_of(name)
        for f, rx in FAMILIES17.items():
            for m in rx.finditer(text):
                r = res[f]
                r[0][c] += 1
                r[2][c].add(name)
                if any(sb <= m.start() < se or sb < m.end() <= se for sb, se in spans):
                    continue
                r[1][c] += 1
                r[3][c].add(name)
                r[4].append((hashlib.sha1(f'{name}:{m.start()}'.encode()).hexdigest(), name,
                             ctx(text, m.start(), m.end(), 60)))
    print('class: corpus uncovered/all (documents uncovered/all)')
    for f in FAMILIES17:
        all_, unc, dall, dunc, ex = res[f]
        cells = ', '.join(f'{c} {unc[c]}/{all_[c]} ({len(dunc[c])}/{len(dall[c])})' for c in sorted(all_))
        print(f'{f}: {cells or "none"}')
        for _, name, c in sorted(ex)[:samples]:
            print(f'             {name[:14]}: {c}')


def recall(d, outdir):
    """Session 17: covered / all candidates by corpus and class (the scan's recall), for the output folders out-*
    (or OUTDIR-dg and OUTDIR-kind: `recall /tmp/scan new` reads /tmp/scan/new-dg and /tmp/scan/new-kind)."""
    tot, cov = collections.Counter(), collections.Counter()
    runs = [d + f'/{outdir}-dg', d + f'/{outdir}-kind'] if outdir else sorted(glob.glob(d + '/out-*'))
    for run in runs:
        for f in sorted(glob.glob(run + '/*.json')):
            doc = json.load(open(f, encoding='utf-8'))
            text = open(doc['source'], encoding='utf-8').read()
            spans = [(e['begin'], e['end']) for e in doc['entities'] if e['type'] == 'DATE']
            c = corpus_of(os.path.basename(f)[:-5])
            toks = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
            for i, k in candidates(text, toks):
                _, b, e = toks[i]
                for key in ((c, k), (c, 'all')):
                    tot[key] += 1
                    cov[key] += any(sb <= b and e <= se for sb, se in spans)
    for key in sorted(tot):
        print(f'{key[0]:4s} {key[1]:9s} covered {cov[key]:5d} of {tot[key]:5d}  {cov[key] / tot[key]:.3f}')


if __name__ == '__main__':
    if sys.argv[1] == 'prepare':
        prepare(sys.argv[2])
    elif sys.argv[1] == 'recall':
        recall(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    elif sys.argv[1] == 'families17':
        families17(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0)
    elif sys.argv[1] == 'families':
        families(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 0)
    else:
        args = sys.argv[2:]
        key = None
        if '--key' in args:
            key = args[args.index('--key') + 1]
            args = args[:args.index('--key')]
        report(args[0], int(args[1]) if len(args) > 1 else 40, int(args[2]) if len(args) > 2 else 3, key)
