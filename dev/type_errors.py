#!/usr/bin/env python3
"""Pooled LOCATION or PERSON error table over every hand-annotated names dev part except the unseen half S-b, and
the same table on a KIND CoNLL file (session 13; dev/org_errors.py generalised to a type argument).

Runs the shipped pipeline once (`extractor eval names --errors`) over the gold of parts A-R and S-a (or, with --conll,
over KIND CoNLL files), groups each document's errors (FP = predicted, not in the gold; FN = gold, not predicted) into
clusters of overlapping spans, keeps the clusters with a mention of TYPE on either side and classifies each cluster as
dev/org_errors.py does: missed, spurious, too long / too short (the extra or missing words listed), shifted, type
confusion (same span, gold -> predicted type), type + boundary, split/merge; and by surface class of the gold mention
of TYPE (else the predicted one), see loc_class() and per_class() below (first match wins). The S-b gold is written by
dev/names_s_parts.py into the work folder and deleted unread (as in dev/org_errors.py).

Usage: python3 dev/type_errors.py ../shared/data WORK_DIR --type LOC|PER [--jar JAR] [--list N] [--gold-dir DIR]
           [--conll FILE ...] [--words] [--with-t] [--with-u-a]
  --with-t (session 20) pools part T-a too, as dev/org_errors.py --with-t does (T-b written and deleted unread).
  --with-u-a (session 23) pools part U-a too (U-b written and deleted unread); the whole-part gold-u.tsv is never pooled.
  prints the table (surface class x error class), the counts by part (by file with --conll) and up to N examples per
  error class (default 0; examples print corpus text: read them on screen, never commit them). --words prints the
  most frequent extra/missing words of the boundary errors (also corpus text, screen only).
"""
import argparse, os, re, subprocess, sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import org_errors  # noqa: E402

TYPES = {'LOC': 'LOCATION', 'PER': 'PERSON', 'ORG': 'ORGANIZATION'}

COUNTRIES = set('''italia austria germania francia inghilterra gran bretagna russia spagna portogallo svizzera belgio
olanda paesi bassi polonia ungheria boemia cecoslovacchia jugoslavia serbia croazia slovenia romania bulgaria grecia
turchia albania stati uniti america usa u.s.a. urss unione sovietica giappone cina india egitto libia etiopia abissinia
eritrea somalia tunisia algeria marocco argentina brasile messico canada australia irlanda scozia danimarca svezia
norvegia finlandia lettonia lituania estonia ucraina bielorussia georgia armenia persia iran iraq israele palestina
siria libano giordania cile perù uruguay venezuela colombia cuba vietnam corea afghanistan pakistan indonesia
lussemburgo montenegro bosnia erzegovina macedonia moldavia austria-ungheria inghilterra regno unito cecoslovacchia
mongolia kazakistan sudan congo kenya nigeria sudafrica ghana filippine birmania thailandia cambogia laos
slovacchia cecoslovacchia vaticano'''.split()) | {'gran bretagna', 'stati uniti', 'unione sovietica', 'paesi bassi',
                                                  'regno unito', 'santa sede', 'città del vaticano', 'stati uniti d\'america'}
HISTORICAL = set('''impero regno repubblica granducato ducato principato contea marca sacro prussia austria-ungheria
jugoslavia urss cecoslovacchia bisanzio roma gallia germania dacia pannonia illiria mesopotamia babilonia persia
macedonia cartagine etruria lombardo-veneto serenissima reich rsi'''.split())
CONTINENTS = set('''europa asia africa america oceania occidente oriente levante mezzogiorno nord sud est ovest
balcani mitteleuropa eurasia scandinavia medio estremo vicino terzo'''.split())
REGIONS = set('''trentino alto adige tirolo tirolo sudtirolo südtirol venezia giulia friuli veneto lombardia piemonte
liguria toscana emilia romagna marche umbria lazio abruzzo molise campania puglia puglie basilicata calabria sicilia
sardegna valle d'aosta istria dalmazia carinzia carniola stiria bucovina galizia moravia slesia baviera sassonia
renania vestfalia alsazia lorena provenza bretagna normandia catalogna andalusia castiglia siberia caucaso crimea
ucraina transcaucasia turkestan anatolia macedonia tracia epiro tessaglia bosnia valsugana giudicarie fiemme fassa
vallagarina anaunia solandro venosta pusteria ladinia cadore carso polesine ciociaria maremma sannio irpinia
venezia tridentina bassa atesina'''.split())
GEO = set('''fiume mare lago golfo monte monti valle val passo isola isole alpi appennino appennini mar canale stretto
colle capo penisola pianura altopiano laguna oceano baia riviera piave isonzo adige tevere po arno brenta
danubio reno volga don dnepr vistola elba oder tamigi senna nilo garda brennero adriatico tirreno mediterraneo
baltico atlantico pacifico dolomiti carpazi urali ghiacciaio cima punta sorgente foce delta bacino costa'''.split())
STREETS = set('''via piazza corso viale largo vicolo palazzo castello teatro chiesa duomo cattedrale basilica
ponte porta stazione villa rocca torre museo cimitero campo piazzale borgo quartiere rione fortezza forte caserma
ospedale monastero convento abbazia santuario cappella arco foro'''.split())
STATE_NOUNS = set('''stato stati paese paesi nazione nazioni patria terra regione regioni provincia provincie province
comune comuni città capitale continente impero regno repubblica colonie colonia territorio territori'''.split())
FOREIGN = re.compile(r"[kwyjxäöüßčšžřěłńśźćőűåøæñ]|sch|burg\b|berg\b|dorf\b|stadt\b|heim\b|hof\b|feld\b|brück|"
                     r"thal\b|tal\b|haus\b|ville\b|land\b|grad\b|ow\b|ev\b|sk\b|ice\b|ová\b|ei\b|aa|ee|oo|gh|th|cz|sz|"
                     r"ij|ou\b|eaux?\b|^the\b|\bsaint\b|\bsainte\b|\bsan\b(?= [a-z]+o\b)", re.I)
DEMONYM = re.compile(r"(ano|ana|ani|ane|ese|esi|ino|ina|ini|ine|ico|ica|ici|iche|ista|isti|ismo|eo|ea|ei|ee|co|ca|"
                     r"ci|che|ota|oti|ita|iti|iota|ioti)$")

TITLES = set('''papa re regina imperatore imperatrice zar principe principessa duca duchessa conte contessa marchese
barone cardinale vescovo arcivescovo monsignor mons. mons don padre fra frate suor suora santo santa san s. ss.
beato beata dott. dott dr. dr prof. prof professor professore on. on onorevole avv. avv ing. ing sig. sig signor
signora signorina gen. generale maresciallo colonnello capitano tenente ammiraglio ministro presidente segretario
sindaco podestà deputato senatore cav. comm. gr. uff. mr. mr mrs. sir lord lady herr frau dottor dottore maestro
avvocato cancelliere luogotenente governatore pontefice sua santità eccellenza compagno compagna madame monsieur
miss mister don. kaiser könig fürst graf freiherr baron hofrat pater'''.split())


def core_words(text):
    return [w for w in org_errors.words(text) if w not in org_errors.ARTICLES]


def loc_class(text, gold_type=None):
    """The surface class of a place's text."""
    w = core_words(text)
    low = ' '.join(w)
    head = w[0] if w else ''
    if not text[:1].isupper() and not text[:1].isdigit() and text[:1] not in '«"“':
        return 'lower-case or demonym-derived words'
    if head in STREETS:
        return 'streets, squares, buildings'
    if head in GEO or any(x in GEO for x in w[1:2]) and len(w) <= 3:
        return 'rivers, mountains, seas, valleys'
    if len(w) == 1 and head in STATE_NOUNS or head in {'stati', 'paesi', 'nazioni', 'regioni', 'province'} \
            and len(w) == 1:
        return '"Stato"/"Paese"-like nouns'
    if low in COUNTRIES or head in COUNTRIES and len(w) <= 2:
        return 'countries and states'
    if head in HISTORICAL or low in HISTORICAL:
        return 'historical states and names'
    if head in CONTINENTS or low in CONTINENTS:
        return 'continents and macro-regions'
    if low in REGIONS or head in REGIONS or head in {'provincia', 'regione', 'contea', 'distretto', 'circolo'}:
        return 'regions and provinces'
    if len(w) == 1 and DEMONYM.search(head) and text[:1].isupper() and head.endswith(('ani', 'esi', 'ini', 'ici')):
        return 'lower-case or demonym-derived words'
    if FOREIGN.search(text):
        return 'foreign-language names'
    if gold_type == 'PERSON':
        return 'person names (gold) typed LOC'
    if gold_type == 'ORGANIZATION':
        return 'organisations (gold) typed LOC'
    if len(w) == 1:
        return 'cities and other one-word places'
    return 'other multi-word places'


ROMAN = re.compile(r"\b[IVXL]{1,6}\b")


def per_class(text, gold_type=None, left_word=''):
    """The surface class of a person's text; `left_word` the word just before the span (a title outside it)."""
    w = org_errors.words(text)
    first = w[0] if w else ''
    if not text[:1].isupper() and text[:1] not in '«"“':
        return 'lower-case or derived words'
    if first in {'s.', 'san', 'santo', 'santa', 'sant\'', 'ss.', 'beato', 'beata'} or ROMAN.search(text) \
            or first in {'papa', 're', 'regina', 'imperatore', 'zar'}:
        return 'saints, popes, kings (numerals)'
    if first in TITLES:
        return 'titles inside the span'
    if re.search(r"(?:^|\s)[A-ZÀ-Ý][a-z]?\.(?:\s|$|-)|^[A-ZÀ-Ý]\.[A-ZÀ-Ý]\.", text):
        return 'initials'
    if '-' in text.replace(' - ', ' '):
        return 'names in hyphen chains'
    if re.search(r"(iano|iana|iani|ismo|ista|isti|iste|iane)$", text.split()[-1] if text.split() else ''):
        return 'lower-case or derived words'
    if gold_type == 'LOCATION':
        return 'places (gold) typed PER'
    if gold_type == 'ORGANIZATION':
        return 'organisations (gold) typed PER'
    if left_word and left_word.lower() in TITLES:
        return 'after a title'
    if FOREIGN.search(text):
        return 'foreign names'
    if len(text.split()) == 1:
        return 'single surnames or names'
    return 'other multi-word names'


def extra(outer, inner):
    """The words of the outer mention (an error tuple) outside the inner one, marked as left|right."""
    o, i = outer, inner
    left = o[6][:max(0, i[4] - o[4])].strip()
    right = o[6][len(o[6]) - max(0, o[5] - i[5]):].strip() if o[5] > i[5] else ''
    return (left + ' |' if left else '') + ('| ' + right if right else '')


def classify(group):
    gold = [e for e in group if e[1] == 'FN']
    pred = [e for e in group if e[1] == 'FP']
    if not gold:
        return 'spurious', ''
    if not pred:
        return 'missed', ''
    if len(gold) > 1 or len(pred) > 1:
        return 'split/merge', ''
    g, p = gold[0], pred[0]
    if (g[4], g[5]) == (p[4], p[5]):
        return '%s->%s' % (g[3][:3], p[3][:3]), ''
    if g[3] != p[3]:
        return 'type+boundary %s->%s' % (g[3][:3], p[3][:3]), ''
    if p[4] <= g[4] and g[5] <= p[5]:
        return 'too long', extra(p, g)
    if g[4] <= p[4] and p[5] <= g[5]:
        return 'too short', extra(g, p)
    return 'shifted', ''


def run_conll(jar, files):
    errors = []
    for f in files:
        cmd = ['java', '-Xmx1g', '-jar', jar, 'eval', 'names', '--conll', f, '--errors']
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        name = os.path.basename(f).rsplit('.', 1)[0]
        for line in out.splitlines():
            m = org_errors.LINE.match(line)
            if m:
                errors.append((name, m.group(1), m.group(2), m.group(3), int(m.group(4)), int(m.group(5)),
                               m.group(6)))
    return errors, None


def left_word(texts, doc, begin, cache={}):
    if texts is None:
        return ''
    if doc not in cache:
        cache[doc] = open(os.path.join(texts, doc + '.txt'), encoding='utf-8').read()
    before = cache[doc][max(0, begin - 30):begin].split()
    return before[-1] if before else ''


def table(errors, texts, typ, n_list, show_words, label):
    full = TYPES[typ]
    cells, by_part, examples = Counter(), Counter(), defaultdict(list)
    cls_total, err_total, words = Counter(), Counter(), Counter()
    fn = fp = 0
    for (part, doc), group in org_errors.clusters(errors):
        if not any(e[3] == full for e in group):
            continue
        fn += sum(1 for e in group if e[1] == 'FN' and e[3] == full)
        fp += sum(1 for e in group if e[1] == 'FP' and e[3] == full)
        kind, detail = classify(group)
        ref = next((e for e in group if e[1] == 'FN' and e[3] == full), next(e for e in group if e[3] == full))
        gold_other = next((e[3] for e in group if e[1] == 'FN' and e[3] != full), None)
        other = None if ref[1] == 'FN' else gold_other
        if typ == 'LOC':
            cls = loc_class(ref[6], other)
        elif typ == 'PER':
            cls = per_class(ref[6], other, left_word(texts, doc, ref[4]))
        else:
            cls = org_errors.surface_class(ref[6], False, other)
        cells[(kind, cls)] += 1
        cls_total[cls] += 1
        err_total[kind] += 1
        by_part[part] += 1
        if detail:
            for side in detail.split('|'):
                for x in side.split():
                    words[x.lower()] += 1
        examples[kind].append('%s %s %s | %s%s' % (part, doc, cls, ' / '.join(
            '%s %s %r' % (e[1], e[3][:3], e[6]) for e in group), ('  [' + detail + ']') if detail else ''))
    kinds = [k for k, _ in err_total.most_common()]
    classes = [c for c, _ in cls_total.most_common()]
    print('%s error clusters on %s: %d clusters, %d FN %s, %d FP %s'
          % (full, label, sum(err_total.values()), fn, typ, fp, typ))
    print('| surface class | ' + ' | '.join(kinds) + ' | all |')
    print('|---|' + '---|' * (len(kinds) + 1))
    for c in classes:
        print('| %s | %s | %d |' % (c, ' | '.join(str(cells[(k, c)]) for k in kinds), cls_total[c]))
    print('| all | %s | %d |' % (' | '.join(str(err_total[k]) for k in kinds), sum(err_total.values())))
    print()
    print('by part: ' + ', '.join('%s %d' % (p, by_part[p]) for p in sorted(by_part)))
    if show_words:
        print('boundary words: ' + ', '.join('%s %d' % kv for kv in words.most_common(30)))
    for k in kinds:
        for x in examples[k][:n_list]:
            print('  %-22s %s' % (k, x))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('data')
    ap.add_argument('work')
    ap.add_argument('--type', choices=sorted(TYPES), required=True)
    ap.add_argument('--jar', default='extractor-cli/target/extractor.jar')
    ap.add_argument('--list', type=int, default=0)
    ap.add_argument('--gold-dir')
    ap.add_argument('--conll', nargs='+', metavar='FILE')
    ap.add_argument('--words', action='store_true')
    ap.add_argument('--with-t', action='store_true', help='also part T-a (T-b written and deleted unread)')
    ap.add_argument('--with-u-a', action='store_true', help='also part U-a (session 23; U-b written and deleted unread)')
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    if args.conll:
        errors, texts = run_conll(args.jar, args.conll)
        label = ', '.join(os.path.basename(f) for f in args.conll)
    else:
        texts, golds = org_errors.prepare(args.data, args.work, args.gold_dir, args.with_t, args.with_u_a)
        errors = org_errors.run(args.jar, golds, texts, args.work)
        label = '%d parts (S-b, T-b left out)' % len(golds)
    table(errors, texts, args.type, args.list, args.words, label)


if __name__ == '__main__':
    main()
