"""Pooled MISSED / SPURIOUS / wrong-VALUE table of the date dev sets, by construction (session 13).

Reads the dump that `TemporalErrorDump` writes (every date dev-set file but blind16's held-out part b, without and with
document dates), matches gold and system expressions as `TemporalEvaluation` does (overlap; each gold takes the unused
system date of largest overlap) and counts the errors by the construction of the expression. Nothing of the corpus text
is written into the repository: the dump lives outside it, and the examples printed with --examples are for the hand
check only.

  mvn -o -q -B -pl extractor-core -am test-compile        # or any test run
  mvn -o -q -B package -DskipTests
  java -cp extractor-cli/target/extractor.jar:extractor-core/target/test-classes \\
       it.storia.extractor.time.TemporalErrorDump /tmp/time-dump.tsv
  python3 dev/time_pooled_errors.py /tmp/time-dump.tsv [--examples N] [--class NAME]
"""
import csv, re, sys
from collections import Counter, defaultdict

MONTH = r'(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|genn?\.|febb?r?\.|apr\.|giu\.|lug\.|ag\.|sett?\.|ott\.|nov\.|dic\.)'
WEEKDAY = r'(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)'
SEASON = r'(?:primavera|estate|autunno|inverno|semestre|trimestre)'
FEAST = r'(?:natale|pasqua|capodanno|ferragosto|epifania|pentecoste|ognissanti|carnevale|quaresima|avvento|befana|san|santo|morti)'
NUMWORD = (r'(?:primo|uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|'
           r'sedici|diciassette|diciotto|diciannove|venti|ventuno|ventidue|ventitr[eé]|ventiquattro|venticinque|ventisei|'
           r'ventisette|ventotto|ventinove|trenta|trentuno)')
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
CENTNAME = r'(?:duecento|trecento|quattrocento|cinquecento|seicento|settecento|ottocento|novecento|secolo|sec\.)'
UNIT = r'(?:anno|anni|mese|mesi|giorno|giorni|settimana|settimane|secolo|indomani|data)'


def cls(text, left=''):
    """The construction of an expression (gold or system text), first match wins."""
    t = text.lower().replace('’', "'").replace('‘', "'")
    l = left.lower()[-25:]
    if re.search(r'\b(?:ore|mattin|sera|notte|pomeriggio|mezzogiorno|mezzanotte)\b|\b[0-9]{1,2}[.,:][0-9]{2}\b(?!\.)', t) \
            and not re.search(YEAR, t):
        return 'time of day'
    if re.search(r'\b(?:dal|dall\'|tra|fra|da)\b.*\b(?:al|all\'|a|e|ed)\b', t) or re.search(r'[0-9]\s*[-/–]\s*\'?[0-9]', t) \
            or re.search(MONTH + r'\s*(?:-|e|/)\s*' + MONTH, t):
        return 'range'
    if re.search(r'\b(?:quei|quel|quell\'|quegli|questi|in\s+quei|nei)\s+(?:giorni|tempi|mesi|momenti|anni)\b', t):
        return 'vague ("in quei giorni")'
    if re.search(WEEKDAY, t):
        return 'weekday (+ day)' if re.search(r'[0-9]|' + MONTH, t) else 'weekday alone'
    if re.search(r'\b' + FEAST + r'\b', t):
        return 'holiday / named day'
    if re.search(r'\banni\b', t) and re.search(r"(?:venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta|dieci|'?[0-9]0\b)", t) \
            and not re.search(r'\b(?:fa|dopo|prima|or|sono|più)\b', t):
        return 'decade'
    if re.search(r'\b' + CENTNAME + r'|\b[IVX]{1,5}\b', text) or re.search(CENTNAME, t):
        return 'century'
    if re.search(r"\b(?:scors[oaie]|passat[oaie]|prossim[oaie]|corrente|corr\.|u\.\s?s\.|p\.\s?v\.|m\.\s?c\.|a\.\s?c\.|fa\b|or\s*sono|orsono|quest|successiv|seguent|dopo\b|prima\b|precedent|stess[oa]\b|medesim|quell|tardi\b|addietro|indomani|nuovo\b|vecchio\b|in corso|tale data|decors)", t) \
            and not re.search(YEAR, t):
        return 'relative / deictic'
    if re.search(r'\bgiorno\s+[0-9]', t) or re.fullmatch(r'[0-9]{1,2}°?', t.strip()):
        return 'bare day ("il giorno 12", "ai 23")'
    if re.search(r'\b[0-9]{1,2}\s*[°º]|\b1\.o\b|\bprimo\b\s+' + MONTH, t):
        return 'ordinal day ("1°")'
    if re.search(r'^' + NUMWORD + r'\s+' + MONTH, t):
        return 'day as a word ("cinque agosto")'
    if re.search(r'[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}', t):
        return 'numeric date'
    if re.search(SEASON, t):
        return 'season / part of year'
    if re.search(r'\b[0-9]{1,2}\s+(?:di\s+)?' + MONTH, t) or re.search(r'\b[0-9]{1,2}\s*' + MONTH, t):
        return 'day-month-year' if re.search(YEAR + r"|'[0-9]{2}", t) else 'bare day-month'
    if re.search(r'\b(?:fine|inizio|metà|primi|ultimi|principio|mezzo)\b', t) and re.search(MONTH, t):
        return 'month with mod'
    if re.search(MONTH, t):
        return 'month-year' if re.search(YEAR + r"|'[0-9]{2}", t) else 'month alone'
    if re.search(r"'\s?[0-9]{2}\b", t) and not re.search(YEAR, t):
        return "abbreviated year ('27)"
    if re.search(r'\b(?:fine|inizio|metà|primi|ultimi|principio)\b', t) and re.search(YEAR, t):
        return 'year with mod'
    if re.search(YEAR + r'|\b[0-9]{3}\b', t):
        if re.search(r'\b(?:a\.\s?c|d\.\s?c|cristo)', t):
            return 'year with era'
        if re.search(r'\banno\b', t) or re.search(r'\b(?:nel|del|dal|al|il|sul|entro il|verso il|fino al|nell\'anno)\s*$', l):
            return 'year with cue (nel/del/anno)'
        return 'year without a cue'
    if re.search(r'\b' + UNIT + r'\b', t):
        return 'relative / deictic'
    return 'other'


def read(path):
    """{(years, set, doc): (docdate, golds, syss)} in file order."""
    docs = {}
    with open(path, encoding='utf-8', newline='') as f:
        r = csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
        for row in r:
            key = (row['years'], row['set'], row['doc'])
            d = docs.setdefault(key, (row['docdate'], [], []))
            row['begin'], row['end'] = int(row['begin']), int(row['end'])
            (d[1] if row['kind'] == 'GOLD' else d[2]).append(row)
    return docs


def match(golds, syss):
    """TemporalEvaluation.add: MISSED golds, (gold, sys) pairs, SPURIOUS sys."""
    used = [False] * len(syss)
    missed, pairs = [], []
    for g in golds:
        best, best_ov = -1, 0
        for i, s in enumerate(syss):
            ov = min(g['end'], s['end']) - max(g['begin'], s['begin'])
            if ov > 0 and not used[i] and ov > best_ov:
                best, best_ov = i, ov
        if not any(min(g['end'], s['end']) > max(g['begin'], s['begin']) for s in syss):
            missed.append(g)
        if best >= 0:
            used[best] = True
            pairs.append((g, syss[best]))
    spurious = [s for s in syss if not any(min(g['end'], s['end']) > max(g['begin'], s['begin']) for g in golds)]
    return missed, pairs, spurious


def value_cause(g, s, writes_year, years):
    """Session 12's automatic value-error causes, extended: which kind of wrong value."""
    gv, sv = g['value'], s['value']
    if (g['begin'], g['end']) != (s['begin'], s['end']):
        return 'span error carried into the value'
    if years == 'without' and not writes_year:
        return 'missing document year (the excerpt writes no year)'
    c = cls(g['text'], g['left'])
    if c == 'relative / deictic':
        return 'relative or deictic expression'
    if gv == sv:
        return 'mod only'
    if sv.startswith('XXXX'):
        return 'XXXX left (no year found)'
    m1, m2 = re.match(r'(?:BC)?([0-9]{4})', gv), re.match(r'(?:BC)?([0-9]{4})', sv)
    if m1 and m2 and gv[4:] == sv[4:]:
        diff = int(m2.group(1)) - int(m1.group(1))
        if abs(diff) == 1:
            return 'yearless date: year before' if diff < 0 else 'yearless date: year after'
        return 'yearless date: wrong anchor year (off by more than one)'
    return 'other (granularity, day, month)'


def main():
    path = sys.argv[1]
    examples = int(sys.argv[sys.argv.index('--examples') + 1]) if '--examples' in sys.argv else 0
    only = sys.argv[sys.argv.index('--class') + 1] if '--class' in sys.argv else None
    docs = read(path)
    for years in ('without', 'with'):
        missed_c, spur_c, value_c, cause_c, golds_c = Counter(), Counter(), Counter(), Counter(), Counter()
        ex = defaultdict(list)
        tot = Counter()
        for (y, st, doc), (docdate, golds, syss) in docs.items():
            if y != years:
                continue
            # the excerpt writes a four-digit year somewhere: any gold or system expression holding one, or its context
            writes_year = any(re.search(YEAR, x['text']) for x in golds + syss)
            missed, pairs, spurious = match(golds, syss)
            tot['gold'] += len(golds)
            tot['sys'] += len(syss)
            tot['found'] += len(golds) - len(missed)
            tot['sys_ok'] += len(syss) - len(spurious)
            tot['matched'] += len(pairs)
            for g in golds:
                golds_c[cls(g['text'], g['left'])] += 1
            for g in missed:
                c = cls(g['text'], g['left'])
                missed_c[c] += 1
                ex['MISSED', c].append(f"{st} {doc}: …{g['left'][-35:]}[{g['text']}]{g['right'][:25]}… {g['value']}")
            for s in spurious:
                c = cls(s['text'], s['left'])
                spur_c[c] += 1
                ex['SPURIOUS', c].append(f"{st} {doc}: …{s['left'][-35:]}[{s['text']}]{s['right'][:25]}… {s['value']}")
            for g, s in pairs:
                if g['value'] == s['value'] and (g['mod'] or '') == (s['mod'] or ''):
                    tot['value_ok'] += 1
                    continue
                c = cls(g['text'], g['left'])
                cause = value_cause(g, s, writes_year, years)
                value_c[c] += 1
                cause_c[cause] += 1
                ex['VALUE', c].append(f"{st} {doc} ({docdate or '-'}): …{g['left'][-35:]}[{g['text']}]{g['right'][:20]}… "
                                      f"sys {s['text']!r} {s['value']} {s['mod']} gold {g['value']} {g['mod']} | {cause}")
        print(f"== {years} document dates: gold {tot['gold']}, system {tot['sys']}, "
              f"P {tot['sys_ok'] / tot['sys']:.3f} R {tot['found'] / tot['gold']:.3f}, "
              f"values {tot['value_ok'] / tot['matched']:.3f} ({tot['value_ok']}/{tot['matched']})")
        print(f"{'class':45s} {'gold':>5s} {'missed':>6s} {'spur':>5s} {'value':>5s}")
        for c in sorted(set(golds_c) | set(missed_c) | set(spur_c) | set(value_c),
                        key=lambda c: -(missed_c[c] + spur_c[c] + value_c[c])):
            print(f"{c:45s} {golds_c[c]:5d} {missed_c[c]:6d} {spur_c[c]:5d} {value_c[c]:5d}")
        print(f"{'all':45s} {sum(golds_c.values()):5d} {sum(missed_c.values()):6d} {sum(spur_c.values()):5d} "
              f"{sum(value_c.values()):5d}")
        print('wrong values by cause:')
        for cause, n in cause_c.most_common():
            print(f"  {n:4d}  {cause}")
        if examples:
            for (kind, c), lines in sorted(ex.items()):
                if only and c != only:
                    continue
                print(f"-- {kind} {c} ({len(lines)})")
                for line in lines[:examples]:
                    print('   ' + line)
        print()


if __name__ == '__main__':
    main()
