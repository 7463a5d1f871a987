"""Corpus-wide, frequency-ranked recall/precision audit of the DATE entities (session 11). Unlabelled use of the corpora:
nothing is annotated, nothing of the corpus text is written into the repository.

  python3 dev/time_audit.py prepare /tmp/audit            # ENEIDE AMD paragraphs as files + document-date lists
  java -jar extractor-cli/target/extractor.jar extract --threads 2 --document-dates /tmp/audit/dg-dates.tsv \\
       --output /tmp/audit/out-dg /work/shared/data/dadoeval-degasperi/Test_Release/same-genre \\
       /work/shared/data/dadoeval-degasperi/Test_Release/cross-genre
  java -jar extractor-cli/target/extractor.jar extract --threads 2 --document-dates /tmp/audit/en-dates.tsv \\
       --output /tmp/audit/out-en /tmp/audit/en
  python3 dev/time_audit.py report /tmp/audit [TOP]        # the two rankings (TOP shapes each, default 40)

Recall side: every temporal-looking token that no DATE entity covers — month and weekday names, years 1000-2029,
"anno"/"anni" (not a count of years: "tanti anni", "24 anni", unless "fa", "dopo", "prima"... follow), "secolo",
seasons, feasts, "scorso", "prossimo" before a unit, month, weekday or season, "fa" after a time unit, "sono" of "or
sono", a day number word or "primo" before a month, a Roman numeral before "secolo"/"sec." — grouped by the shape of
its context (WIDTH tokens either side, env, default 1; generalised to word classes: MONTH, WEEKDAY, YEAR, NUM,
SEASON, FEAST, ROMAN, Cap for another capitalised word, w for another word; function words and the temporal words
themselves stay literal) and ranked by the number of documents holding that shape. Precision side: DATE entities whose text holds no digit, month, season, feast, number
word, century name or Roman numeral, grouped by their generalised text, ranked the same way. A third table sums the
recall side by the class of the uncovered token.
Each shape is printed with its document count, its token count and up to three examples (document, a short context;
printed only, for the hand check: never paste them into the repository).
"""
import csv, glob, json, os, re, sys
from collections import defaultdict

DATA = '/work/shared/data/'
DG = DATA + 'dadoeval-degasperi/'
MONTHS = {'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre',
          'novembre', 'dicembre'}
WEEKDAYS = {'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'}
SEASONS = {'primavera', 'estate', 'autunno', 'inverno'}
FEASTS = {'natale', 'pasqua', 'capodanno', 'ferragosto', 'epifania', 'pentecoste', 'ognissanti', 'carnevale',
          'quaresima', 'avvento', 'befana'}
DEICTIC = {'scorso', 'scorsa', 'scorsi', 'scorse', 'prossimo', 'prossima', 'prossimi', 'prossime'}
DAYWORDS = {'primo', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici',
            'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove', 'venti',
            'ventuno', 'ventidue', 'ventitré', 'ventiquattro', 'venticinque', 'ventisei', 'ventisette', 'ventotto',
            'ventinove', 'trenta', 'trentuno'}
NUMWORDS = DAYWORDS | {'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta', 'cento', 'mille',
                       'secondo', 'terzo', 'quarto', 'quinto', 'sesto', 'settimo', 'ottavo', 'nono', 'decimo',
                       'trecento', 'quattrocento', 'cinquecento', 'seicento', 'settecento', 'ottocento', 'novecento',
                       'duecento', 'mezzo'}
FUNCTION = {'a', 'ad', 'al', 'allo', 'alla', 'ai', 'agli', 'alle', "all'", 'di', 'del', 'dello', 'della', 'dei',
            'degli', 'delle', "dell'", "d'", 'da', 'dal', 'dallo', 'dalla', 'dai', 'dagli', 'dalle', "dall'", 'in',
            'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', "nell'", 'su', 'sul', 'sulla', "sull'", 'per', 'pel',
            'con', 'tra', 'fra', 'il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'un', 'uno', 'una', "un'", 'e', 'ed', 'o',
            'che', 'ogni', 'questo', 'questa', "quest'", 'quello', 'quella', "quell'", 'stesso', 'stessa', 'fino',
            'dopo', 'prima', 'verso', 'entro', 'circa', 'oltre', 'sino', 'fine', 'inizio', 'metà', 'mese', 'anno',
            'anni', 'giorno', 'giorni', 'secolo', 'secoli', 'settimana', 'or', 'sono', 'fa', 'data', 'corrente',
            'corr', 'u', 's', 'c', 'p', 'v', 'a.', 'tutto', 'tutti', 'ultimo', 'ultimi', 'primi', 'stato', 'è', 'non',
            'si', 'ha', 'era', 'sera', 'mattina', 'notte', 'oggi', 'ieri', 'domani', 'indomani', 'sec', 'decennio'}
WIDTH = int(os.environ.get('WIDTH', '1'))  # context tokens either side of a recall shape
TOKEN = re.compile(r"\w+['’]|\w+|[^\w\s]")
ROMAN = re.compile(r'^[IVXL]+$')


def norm(t):
    return t.replace('’', "'")


def cls(tok):
    """The word class of a context token (the literal lower-case word for function and temporal words)."""
    t = norm(tok)
    lo = t.lower()
    if lo in MONTHS:
        return 'MONTH'
    if lo in WEEKDAYS:
        return 'WEEKDAY'
    if lo in SEASONS:
        return 'SEASON'
    if lo in FEASTS:
        return 'FEAST'
    if re.fullmatch(r'\d{4}', t) and 1000 <= int(t) <= 2029:
        return 'YEAR'
    if re.fullmatch(r'\d+', t):
        return 'NUM'
    if ROMAN.match(t) and len(t) <= 5:
        return 'ROMAN'
    if lo in FUNCTION or lo in DEICTIC or lo in NUMWORDS or not re.match(r'\w', t):
        return lo
    return 'Cap' if t[0].isupper() else 'w'


UNITS = {'anno', 'anni', 'mese', 'mesi', 'giorno', 'giorni', 'settimana', 'settimane', 'tempo', 'secolo', 'secoli',
         'decennio', 'decenni', 'lustro', 'lustri', 'ore', 'ora', "anni'", "cent'anni"}
QUANT = {'tanti', 'molti', 'lunghi', 'pochi', 'alcuni', 'parecchi', 'troppi', 'qualche', 'più', 'pochissimi', 'brevi',
         'lunghissimi', 'ultimi', 'questi', 'quegli', 'quei', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto',
         'nove', 'dieci', 'venti', 'trenta', 'quaranta', 'cinquanta', 'cento', 'mille', 'tutti', 'vari', 'diversi'}
RELATIVE = {'fa', 'dopo', 'prima', 'or', 'addietro', 'avanti', 'più', 'innanzi', 'sono', 'indietro'}


def targets(toks):
    """Indices of the temporal-looking tokens of a token list ((text, begin, end) triples). A count of years ("tanti
    anni", "24 anni", "trent'anni") is a duration unless a relative word follows it; "fa" counts only after a time unit
    ("tre mesi fa", "tempo fa"), "prossimo" and the like only before a unit, a month, a weekday or a season."""
    out = []
    for i, (t, _, _) in enumerate(toks):
        lo = norm(t).lower()
        nxt = [norm(x[0]).lower() for x in toks[i + 1:i + 4]]
        prev = norm(toks[i - 1][0]).lower() if i else ''
        prev3 = [norm(x[0]).lower() for x in toks[max(0, i - 3):i]]
        if lo in ('anno', 'anni') and (prev in QUANT or re.fullmatch(r"\d+|\w+'", prev)) \
                and not (nxt[:1] and nxt[0] in RELATIVE):
            continue
        if lo == 'fa' and not any(x in UNITS for x in prev3):
            continue
        if lo.startswith('prossim') and not (nxt[:1] and (nxt[0] in UNITS or nxt[0] in MONTHS or nxt[0] in WEEKDAYS
                                                          or nxt[0] in SEASONS)):
            continue
        if (lo in MONTHS or lo in WEEKDAYS or lo in SEASONS or lo in FEASTS or lo in DEICTIC
                or lo in ('anno', 'anni', 'secolo', 'fa')
                or (re.fullmatch(r'\d{4}', t) and 1000 <= int(t) <= 2029)
                or (lo == 'sono' and prev == 'or')
                or (lo in DAYWORDS and any(x in MONTHS for x in nxt))
                or (ROMAN.match(t) and nxt[:1] and nxt[0] in ('secolo', 'sec'))):
            out.append(i)
    return out


def shape(toks, i, width=2):
    left = [cls(t[0]) for t in toks[max(0, i - width):i]]
    right = [cls(t[0]) for t in toks[i + 1:i + 1 + width]]
    return ' '.join(left + ['[' + cls(toks[i][0]) + ']'] + right)


def context(text, b, e, n=50):
    return ' '.join((text[max(0, b - n):b] + '[[' + text[b:e] + ']]' + text[e:e + n]).split())


def prepare(d):
    os.makedirs(d + '/en', exist_ok=True)
    with open(d + '/en-dates.tsv', 'w', encoding='utf-8') as dates:
        for s in ('train', 'dev', 'test'):
            with open(DATA + f'eneide-amd/paragraphs_{s}.csv', encoding='utf-8', newline='') as fh:
                for r in csv.DictReader(fh):
                    name = r['doc_id'].replace('.html', '.txt')
                    with open(f'{d}/en/{name}', 'w', encoding='utf-8') as out:
                        out.write(r['text'])
                    if re.fullmatch(r'\d{4}(-\d\d){0,2}', r['publication_date'] or ''):
                        dates.write(f"{name}\t{r['publication_date']}\n")
    with open(d + '/dg-dates.tsv', 'w', encoding='utf-8') as dates:
        for g in ('same-genre', 'cross-genre'):
            for line in open(DG + f'Gold-test/GoldStandard_{g}.tsv', encoding='utf-8'):
                p = line.rstrip('\n').split('\t')
                if len(p) > 1 and re.fullmatch(r'\d{4}', p[1]):
                    dates.write(f'{p[0]}\t{p[1]}\n')


def documents(d):
    for f in sorted(glob.glob(d + '/out-*/*.json')):
        doc = json.load(open(f, encoding='utf-8'))
        src = doc['source']
        text = open(src, encoding='utf-8').read()
        dates = [(e['begin'], e['end'], e['text'], e.get('value')) for e in doc['entities'] if e['type'] == 'DATE']
        yield os.path.basename(f)[:-5], text, dates


def report(d, top):
    miss = defaultdict(lambda: [set(), 0, []])
    spur = defaultdict(lambda: [set(), 0, []])
    ndocs = 0
    plain = re.compile(r'\d|(?<!\w)(?:' + '|'.join(sorted(MONTHS | SEASONS | FEASTS | NUMWORDS, key=len, reverse=True))
                       + r')(?!\w)|(?<![\w])[IVXL]+(?![\w])', re.I)
    for name, text, dates in documents(d):
        ndocs += 1
        toks = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
        for i in targets(toks):
            t, b, e = toks[i]
            if any(db <= b and e <= de for db, de, _, _ in dates):
                continue
            k = shape(toks, i, WIDTH)
            m = miss[k]
            m[0].add(name)
            m[1] += 1
            if len(m[2]) < 3 and name not in [x[0] for x in m[2]]:
                m[2].append((name, context(text, b, e)))
        for db, de, dt, val in dates:
            if plain.search(dt):
                continue
            inner = [cls(m.group()) for m in TOKEN.finditer(dt)]
            k = '[' + ' '.join(inner) + ']'
            s = spur[k]
            s[0].add(name)
            s[1] += 1
            if len(s[2]) < 3 and name not in [x[0] for x in s[2]]:
                s[2].append((name, f'{context(text, db, de)} = {val}'))
    print(f'# {ndocs} documents')
    byclass = defaultdict(lambda: [set(), 0])
    for k, (docs, n, _) in miss.items():
        c = re.search(r'\[(.*?)\]', k).group(1)
        byclass[c][0].update(docs)
        byclass[c][1] += n
    print('\n## UNCOVERED tokens by class: documents tokens class')
    for c, (docs, n) in sorted(byclass.items(), key=lambda kv: (-len(kv[1][0]), kv[0])):
        print(f'    {len(docs):4d} {n:5d}  {c}')
    for title, table in (('UNCOVERED temporal-looking tokens (recall)', miss),
                         ('DATE spans with no month, year or number word (precision)', spur)):
        rows = sorted(table.items(), key=lambda kv: (-len(kv[1][0]), -kv[1][1], kv[0]))
        print(f'\n## {title}: {len(rows)} shapes, {sum(v[1] for v in table.values())} tokens; '
              f'rank documents tokens shape')
        for r, (k, (docs, n, ex)) in enumerate(rows[:top], 1):
            print(f'{r:3d} {len(docs):4d} {n:5d}  {k}')
            for name, c in ex:
                print(f'             {name}: {c}')


if __name__ == '__main__':
    if sys.argv[1] == 'prepare':
        prepare(sys.argv[2])
    else:
        report(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 40)
