#!/usr/bin/env python3
"""Pooled ORGANIZATION error table over every hand-annotated names dev part except the unseen half S-b (session 12).

Runs the shipped pipeline once (`extractor eval names --gold ... --errors`) over the gold of parts A-R and S-a, groups
each document's errors (FP = predicted, not in the gold; FN = gold, not predicted) into clusters of overlapping spans,
keeps the clusters with an ORGANIZATION on either side, and classifies each cluster:
  missed          a gold organisation, nothing predicted over it
  spurious        a predicted organisation over no gold mention
  too long        one gold and one predicted organisation, the prediction contains the gold (the extra words listed)
  too short       the gold contains the prediction (the missing words listed)
  shifted         overlapping organisations, neither contains the other
  ORG->LOC, ...   the same span with another type (gold -> predicted)
  type+boundary   another type over a different extent
  split/merge     more than one mention on a side
and by surface class (the gold organisation's text, else the predicted one's; see CLASSES below, first match wins;
a text inside quotation marks is a newspaper or title). The S-b gold is written by dev/names_s_parts.py into the work
folder and deleted unread.

Usage: python3 dev/org_errors.py ../shared/data WORK_DIR [--jar JAR] [--list N] [--parts a,b,...] [--gold-dir DIR]
  prints the table (error class x surface class), the counts by part, and up to N examples per error class
  (default 0; examples print corpus text: read them on screen, never commit them). --gold-dir scores other gold
  files (same names, e.g. a corrected copy) with the texts of the committed set.
"""
import argparse, contextlib, glob, io, os, re, shutil, subprocess, sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import names_corpus_texts, names_s_parts, names_t_parts, names_u_parts  # noqa: E402

NAMES = 'extractor-core/src/test/resources/devset/names'
LINE = re.compile(r"^(FP|FN) (\S+) (\w+) \[(\d+),(\d+)\) '(.*)'$")
HEADER = re.compile(r'^names \(.*\) on (\S+): ')

# (class, head words: the first name word of the span, folded to lower case; other words: anywhere in the span)
CLASSES = [
    ('newspapers and titles', {'popolo', 'corriere', 'gazzetta', 'avanti', 'avanti!', 'unità', 'osservatore',
                               'messaggero', 'stampa', 'tribuna', 'giornale', 'voce', 'civiltà', 'reichspost', 'times',
                               'pravda', 'izvestija', 'risorgimento', 'momento', 'brennero', 'stimmen', 'nachrichten',
                               'zeitung', 'quotidiano', 'rivista', 'ansa', 'stefani', 'agenzia', 'settimana', 'azione',
                               'libertà', 'popolo!', 'studium', 'piccolo', 'cultur', 'theologische', 'theologie',
                               'archiv', 'borghese', 'lavoro', 'notizie', 'tempo', 'indipendente', 'trentino', 'alto'},
     {'gazzetta', 'corriere', 'zeitung', 'giornale', 'tagblatt', 'rundschau'}),
    ('international bodies', {'onu', 'nato', 'ced', 'ceca', 'ueo', 'oece', 'euratom', 'unrra', 'comintern',
                              'cominform', 'internazionale', 'intesa', 'nazioni', 'società delle nazioni', 'patto',
                              'alleanza', 'comunità', 'mercato', 'alleati', 'lega delle nazioni', 'unesco', 'fao',
                              'consiglio d\'europa', 'corte internazionale', 'assemblea atlantica', 'quattro', 'nove',
                              'otto', 'aiea', 'benelux'},
     {'nazioni', 'europea', 'europeo', 'atlantico', 'atlantica', 'internazionale', 'mondiale', 'interalleata',
      'd\'europa', 'europa'}),
    ('churches and religious bodies', {'chiesa', 'santa', 'vaticano', 'curia', 'ordine', 'gesuiti', 'congregazione',
                                       'sinodo', 'concilio', 'compagnia di gesù', 'diocesi', 'episcopato',
                                       'francescani', 'domenicani', 'cappuccini', 'propaganda', 'sant\'uffizio',
                                       'santo', 'capitolo', 'clero', 'papato', 'seminario', 'abbazia'},
     {'vescovile', 'ecclesiastico', 'ecclesiastica', 'cattolica', 'cattolico', 'evangelica', 'ortodossa'}),
    ('ministries and offices', {'ministero', 'ufficio', 'commissariato', 'segreteria', 'presidenza', 'direzione',
                                'prefettura', 'luogotenenza', 'capitanato', 'intendenza', 'tesoro', 'esteri', 'interni',
                                'dicastero', 'sottosegretariato', 'ispettorato', 'questura', 'comando', 'stato maggiore',
                                'gabinetto', 'cancelleria', 'ministeri', 'amministrazione', 'agenzia', 'ente', 'istituto',
                                'servizio', 'opera', 'cassa', 'banca d\'italia', 'corte dei conti', 'avvocatura',
                                'ragioneria', 'dipartimento', 'interno', 'interni', 'affari', 'lavori', 'finanze',
                                'bilancio', 'est', 'll.pp.', 'giustizia', 'difesa', 'agricoltura', 'industria'},
     {'ministero', 'ministeri'}),
    ('parties and factions', {'partito', 'democrazia', 'fronte', 'opposizione', 'blocco', 'movimento', 'volkspartei',
                              'centro', 'bolscevichi', 'menscevichi', 'popolari', 'club', 'destra', 'sinistra',
                              'fascio', 'fasci', 'socialdemocrazia', 'uomo qualunque', 'qualunque', 'concentrazione',
                              'alleanza', 'lega', 'unione', 'psi', 'pci', 'dc', 'psdi', 'pli', 'pri', 'msi', 'pcus',
                              'kpd', 'spd', 'nsdap', 'cdu', 'corrente', 'gruppo', 'direttorio', 'soviet'},
     {'partito', 'popolare', 'socialista', 'comunista', 'liberale', 'repubblicano', 'democratico', 'cristiana',
      'cristiano', 'fascista', 'nazionale fascista', 'bolscevico', 'cristiano-sociale', 'azionista', 'radicale',
      'monarchico', 'qualunquista', 'laburista', 'conservatore', 'socialdemocratico', 'bolscevichi', 'partito'}),
    ('companies', {'banca', 'cassa', 'ferrovie', 'compagnia', 'fiat', 'montecatini', 'lockheed', 'società', 'industria',
                   'impresa', 'eni', 'iri', 'edison', 'pirelli', 'ansaldo', 'breda', 'finmeccanica', 'rai', 'alitalia',
                   'cooperativa', 'consorzio', 'ditta', 'fabbrica', 'azienda', 'credito'},
     {'s.p.a.', 'spa', 'banca', 'bank', 'company', 'ltd', 'inc.'}),
    ('unions and associations', {'associazione', 'federazione', 'confederazione', 'sindacato', 'sindacati',
                                 'circolo', 'camera del lavoro', 'gioventù', 'fuci', 'coltivatori', 'verband',
                                 'volksbund', 'accademia', 'università', 'collegio', 'scuola', 'lega', 'unione', 'azione',
                                 'cgil', 'cisl', 'uil', 'acli', 'laureati', 'croce', 'comitato', 'società',
                                 'cooperative', 'conferenza episcopale', 'movimento', 'ordine', 'facoltà', 'istituti',
                                 'volkslesehalle', 'assoc', 'dame'},
     {'associazione', 'sindacato', 'federazione', 'lavoratori', 'cattolici', 'universitari', 'laureati'}),
    ('military', {'esercito', 'armata', 'marina', 'aeronautica', 'divisione', 'reggimento', 'brigata', 'wehrmacht',
                  'luftwaffe', 'corpo', 'battaglione', 'flotta', 'guardia', 'milizia', 'ss', 'gestapo', 'ceka', 'nkvd',
                  'ogpu', 'gpu', 'carabinieri', 'alpini', 'legione', 'truppe'},
     {'armata', 'esercito', 'divisione', 'reggimento', 'brigata'}),
]
STATE_HEADS = {'governo', 'stato', 'camera', 'senato', 'parlamento', 'consiglio', 'assemblea', 'costituente', 'dieta',
               'giunta', 'comune', 'municipio', 'regione', 'provincia', 'corte', 'tribunale', 'consulta', 'repubblica',
               'reichsrat', 'landtag', 'reichstag', 'duma', 'presidium', 'politburo', 'commissione', 'congresso',
               'magistratura', 'polizia', 'corona', 'nazione', 'paese', 'stati', 'sovnarkom', 'comitato', 'conferenza',
               'convenzione', 'delegazione', 'deputazione', 'rappresentanza', 'cortes', 'bundestag', 'bundesrat',
               'gran consiglio', 'podestà', 'municipalità', 'stati generali', 'impero', 'regno', 'landesausschuss',
               'cons.', 'commissioni', 'comitati', 'stavka', 'sovieti', 'pontificato'}
PLURAL_COMMON = {'parlamenti', 'governi', 'cancellerie', 'potenze', 'stati', 'camere', 'nazioni'}
WORKS = {'concordato', 'patti', 'patto', 'libretto', 'scrittura', 'volksabstimmung', 'vertice', 'cooperazione',
         'dinastia', 'classe', 'lex', 'codice', 'new', 'de', 'fratelli', 'legion', 'légion', 'fiera', 'los'}
ARTICLES = {'il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'l’', 'del', 'della', 'dei', 'degli', 'delle', 'dello'}
WORD = re.compile(r"[\w.'’!-]+")


def words(text):
    return [w.lower() for w in WORD.findall(text)]


def surface_class(text, quoted, gold_type=None):
    """The surface class of an organisation's text; `quoted` when quotation marks surround it in the document;
    `gold_type` the type of the gold mention over it when that is no organisation (a person or place the
    pipeline typed ORGANIZATION falls in 'person names' or 'place names' when no body word marks it)."""
    w = words(text)
    core = [x for x in w if x not in ARTICLES] or w
    head = core[0] if core else ''
    if len(core) == 1 and re.fullmatch(r"[A-ZÀ-Ý][A-ZÀ-Ý.&'-]+( \(b\))?|[A-Z](\.[A-Z])+\.?", text.strip().lstrip("L'")):
        return 'acronyms'
    if re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]{2,6}(?: ?\(b\))?", text.strip()):
        return 'acronyms'
    if quoted:
        return 'newspapers and titles'
    lowered = ' '.join(core)
    if len(core) == 1 and head in STATE_HEADS | PLURAL_COMMON | {'chiesa'} or head in PLURAL_COMMON:
        return '"Governo"/"Stato"-like nouns'
    if head in WORKS:
        return 'works, treaties, events'
    for name, heads, others in CLASSES:
        if head in heads or any(lowered.startswith(h + ' ') for h in heads if ' ' in h):
            return name
    if head in STATE_HEADS or any(lowered.startswith(h + ' ') for h in STATE_HEADS if ' ' in h):
        return 'government and state bodies'
    for name, heads, others in CLASSES:
        if any(x in others for x in core[1:]):
            return name
    if gold_type == 'PERSON':
        return 'person names'
    if gold_type == 'LOCATION':
        return 'place names'
    return 'other'


def quoted(text, begin, end):
    before = text[max(0, begin - 2):begin].strip()
    after = text[end:end + 2].strip()
    return before[-1:] in ('«', '"', '“') and after[:1] in ('»', '"', '”')


def texts_folder(data, work):
    """WORK/texts, made afresh: the names parts' committed texts plus every corpus text their references name."""
    texts = os.path.join(work, 'texts')
    shutil.rmtree(texts, ignore_errors=True)
    os.makedirs(texts)
    for f in glob.glob(os.path.join(NAMES, '*.txt')):
        shutil.copy(f, texts)
    for refs in sorted(glob.glob(os.path.join(NAMES, 'texts-*.tsv'))):
        with contextlib.redirect_stdout(io.StringIO()):
            names_corpus_texts.main(data, refs, texts)
    return texts


def prepare(data, work, gold_dir, with_t=False, with_u_a=False):
    """The texts folder and the readable gold files: A-R, S-a, with_t T-a, with_u_a U-a (session 23). The whole-part
    gold of S, T and U is never pooled: their -b halves are written into WORK/parts and deleted unread. Part V (session
    25, gold-v.tsv) is never pooled here: neither half has been read."""
    texts = texts_folder(data, work)
    src = gold_dir or NAMES
    golds = [g for g in sorted(glob.glob(os.path.join(src, 'gold-*.tsv')))
             if os.path.basename(g) not in ('gold-s.tsv', 'gold-t.tsv', 'gold-u.tsv', 'gold-v.tsv')
             and not re.search(r'gold-[stuv]-[ab]', g)]
    parts = os.path.join(work, 'parts')
    shutil.rmtree(parts, ignore_errors=True)
    with contextlib.redirect_stderr(io.StringIO()):
        names_s_parts.write_parts(src, parts, 's', names_s_parts.text_keys(NAMES, 's'), names_s_parts.part)
        if with_t:
            names_t_parts.main(src, parts)
        if with_u_a:
            names_u_parts.main(src, parts)
    os.remove(os.path.join(parts, 'gold-s-b.tsv'))
    extra_golds = [os.path.join(parts, 'gold-s-a.tsv')]
    if with_t:
        os.remove(os.path.join(parts, 'gold-t-b.tsv'))
        extra_golds.append(os.path.join(parts, 'gold-t-a.tsv'))
    if with_u_a:
        os.remove(os.path.join(parts, 'gold-u-b.tsv'))
        extra_golds.append(os.path.join(parts, 'gold-u-a.tsv'))
    return texts, golds + extra_golds


def part_name(path):
    return os.path.basename(path)[len('gold-'):-len('.tsv')]


def run(jar, golds, texts, work):
    cmd = ['java', '-Xmx1g', '-jar', jar, 'eval', 'names', '--texts', texts, '--errors', '--gold'] + golds
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    with open(os.path.join(work, 'errors.txt'), 'w', encoding='utf-8') as w:
        w.write(out)
    errors, part = [], None
    for line in out.splitlines():
        m = HEADER.match(line)
        if m:
            part = part_name(m.group(1))
            continue
        m = LINE.match(line)
        if m:
            errors.append((part, m.group(1), m.group(2), m.group(3), int(m.group(4)), int(m.group(5)), m.group(6)))
    return errors


def clusters(errors):
    by_doc = defaultdict(list)
    for e in errors:
        by_doc[(e[0], e[2])].append(e)
    for key, es in by_doc.items():
        es.sort(key=lambda e: (e[4], e[5]))
        group, end = [], -1
        for e in es:
            if group and e[4] >= end:
                yield key, group
                group, end = [], -1
            group.append(e)
            end = max(end, e[5])
        if group:
            yield key, group


def extra(outer, inner, text):
    """The words of `outer` outside `inner` (both (begin, end)), marked as left|right."""
    left = text[outer[0]:inner[0]].strip()
    right = text[inner[1]:outer[1]].strip()
    return (left + ' |' if left else '') + ('| ' + right if right else '')


def classify(group, text):
    gold = [e for e in group if e[1] == 'FN']
    pred = [e for e in group if e[1] == 'FP']
    if not gold:
        return 'spurious', pred[0], ''
    if not pred:
        return 'missed', gold[0], ''
    if len(gold) > 1 or len(pred) > 1:
        return 'split/merge', next((g for g in gold if g[3] == 'ORGANIZATION'), gold[0]), ''
    g, p = gold[0], pred[0]
    if (g[4], g[5]) == (p[4], p[5]):
        return '%s->%s' % (g[3][:3], p[3][:3]), g, ''
    if g[3] != p[3]:
        return 'type+boundary %s->%s' % (g[3][:3], p[3][:3]), g, ''
    if p[4] <= g[4] and g[5] <= p[5]:
        return 'too long', g, extra((p[4], p[5]), (g[4], g[5]), text)
    if g[4] <= p[4] and p[5] <= g[5]:
        return 'too short', g, extra((g[4], g[5]), (p[4], p[5]), text)
    return 'shifted', g, ''


def contexts(regex, golds, texts):
    """Prints every match of REGEX in the pooled parts' texts with the gold mentions over it (screen only)."""
    spans, docs = defaultdict(list), {}
    for g in golds:
        for line in open(g, encoding='utf-8'):
            f = line.rstrip('\n').split('\t')
            if line.startswith('#') or len(f) < 4:
                if len(f) >= 1 and f[0] and not line.startswith('#'):
                    docs[f[0]] = part_name(g)
                continue
            docs[f[0]] = part_name(g)
            spans[f[0]].append((int(f[1]), int(f[2]), f[3]))
    for doc in sorted(docs):
        text = open(os.path.join(texts, doc + '.txt'), encoding='utf-8').read()
        for m in re.finditer(regex, text):
            over = ['%s %r' % (t[:3], text[b:e]) for b, e, t in spans[doc] if b < m.end() and m.start() < e]
            print('%-5s %-22s %-40s | %s' % (docs[doc], doc, ' '.join(text[max(0, m.start() - 30):m.end() + 20].split()),
                                            '; '.join(over) or 'NONE'))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('data')
    ap.add_argument('work')
    ap.add_argument('--jar', default='extractor-cli/target/extractor.jar')
    ap.add_argument('--list', type=int, default=0)
    ap.add_argument('--gold-dir')
    ap.add_argument('--contexts', metavar='REGEX')
    ap.add_argument('--with-t', action='store_true', help='also part T-a (session 19; T-b written and deleted unread)')
    ap.add_argument('--with-u-a', action='store_true', help='also part U-a (session 23; U-b written and deleted unread)')
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    texts, golds = prepare(args.data, args.work, args.gold_dir, args.with_t, args.with_u_a)
    if args.contexts:
        contexts(args.contexts, golds, texts)
        return
    errors = run(args.jar, golds, texts, args.work)
    table, by_part, examples = Counter(), Counter(), defaultdict(list)
    cls_total, err_total = Counter(), Counter()
    fn_org = fp_org = 0
    for (part, doc), group in clusters(errors):
        if not any(e[3] == 'ORGANIZATION' for e in group):
            continue
        fn_org += sum(1 for e in group if e[1] == 'FN' and e[3] == 'ORGANIZATION')
        fp_org += sum(1 for e in group if e[1] == 'FP' and e[3] == 'ORGANIZATION')
        text = open(os.path.join(texts, doc + '.txt'), encoding='utf-8').read()
        kind, ref, detail = classify(group, text)
        org = next((e for e in group if e[1] == 'FN' and e[3] == 'ORGANIZATION'),
                   next(e for e in group if e[3] == 'ORGANIZATION'))
        gold_other = next((e[3] for e in group if e[1] == 'FN' and e[3] != 'ORGANIZATION'), None)
        cls = surface_class(org[6], quoted(text, org[4], org[5]), None if org[1] == 'FN' else gold_other)
        table[(kind, cls)] += 1
        cls_total[cls] += 1
        err_total[kind] += 1
        by_part[(part, kind)] += 1
        examples[kind].append('%s %s %s | %s%s' % (part, doc, cls, ' / '.join(
            '%s %s %r' % (e[1], e[3][:3], e[6]) for e in group), ('  [' + detail + ']') if detail else ''))
    kinds = [k for k, _ in err_total.most_common()]
    classes = [c for c, _ in cls_total.most_common()]
    print('ORGANIZATION error clusters over %d parts (S-b, T-b left out): %d clusters, %d FN ORG, %d FP ORG'
          % (len(golds), sum(err_total.values()), fn_org, fp_org))
    print('| surface class | ' + ' | '.join(kinds) + ' | all |')
    print('|---|' + '---|' * (len(kinds) + 1))
    for c in classes:
        print('| %s | %s | %d |' % (c, ' | '.join(str(table[(k, c)]) for k in kinds), cls_total[c]))
    print('| all | %s | %d |' % (' | '.join(str(err_total[k]) for k in kinds), sum(err_total.values())))
    print()
    parts = sorted({p for p, _ in by_part})
    print('by part: ' + ', '.join('%s %d' % (p, sum(v for (q, _), v in by_part.items() if q == p)) for p in parts))
    for k in kinds:
        for x in examples[k][:args.list]:
            print('  %-22s %s' % (k, x))


if __name__ == '__main__':
    main()
