"""Session 16: the pooled date errors by the class of their cause, with the number of dev-set files each class occurs in.

Reads the dump of `TemporalErrorDump` (every date dev-set file but the held-out parts b of blind16 and blind17, without
and with document dates; a `para` column gives each expression's blank-line paragraph) and matches gold and system as
`time_pooled_errors.py` does. Every MISSED, SPURIOUS and wrong-VALUE expression gets one class (first match wins):

  span error carried into the value   the matched system span differs from the gold's
  missing document year               without document dates, an excerpt that writes no four-digit year
  deictic (scorso/prossimo/fa/u.s.)   counted from the time of writing: "l'anno scorso", "tre anni fa", "il 3 u.s."
  relative (anaphoric)                counted from the narrative: "l'anno successivo", "quell'anno", "il giorno dopo"
  underspecified (XXXX)               the system or the gold leaves the year (or month) open
  granularity / mod                   same start, different precision or mod
  the year before / the year after    a yearless date one year off the gold's
  anchor from another paragraph       a yearless date off by more, whose last dated system expression before it is in
                                      an earlier paragraph (or there is none)
  anchor in the same paragraph        the same, anchored within its own paragraph
  other                               day or month wrong

Nothing of the corpus text is written into the repository; --examples prints contexts for the hand check only.

  python3 dev/time_error_classes.py /tmp/time-dump.tsv [--examples N] [--class NAME] [--sets]
"""
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, __import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from time_pooled_errors import YEAR, cls, match, read  # noqa: E402

DEICTIC = re.compile(r"\b(?:scors[oaie]|passat[oaie]|prossim[oaie]|ventur[oaie]|corrente|corr\.|u\.\s?s\.|p\.\s?v\.|"
                     r"m\.\s?c\.|a\.\s?c\.|c\.\s?m\.|fa|or\s*sono|orsono|addietro|quest['oa]|questo|nuovo|vecchio|"
                     r"in corso|decors[oa])\b|quest'", re.I)


def value_class(g, s, writes_year, years, syss):
    gv, sv = g['value'], s['value']
    if (g['begin'], g['end']) != (s['begin'], s['end']):
        return 'span error carried into the value'
    if years == 'without' and not writes_year:
        return 'missing document year'
    c = cls(g['text'], g['left'])
    if c == 'relative / deictic':
        return ('deictic (scorso/prossimo/fa/u.s.)' if DEICTIC.search(g['text'].replace('’', "'"))
                else 'relative (anaphoric)')
    if sv.startswith('XXXX') or gv.startswith('XXXX') or '-XX' in sv or '-XX' in gv:
        return 'underspecified (XXXX)'
    if gv == sv or sv.startswith(gv) or gv.startswith(sv):
        return 'granularity / mod'
    m1, m2 = re.match(r'(?:BC)?([0-9]{4})', gv), re.match(r'(?:BC)?([0-9]{4})', sv)
    if m1 and m2 and gv[4:] == sv[4:]:
        diff = int(m2.group(1)) - int(m1.group(1))
        if diff == -1:
            return 'the year before (system one year early)'
        if diff == 1:
            return 'the year after (system one year late)'
        before = [x for x in syss if x['end'] <= s['begin'] and re.match(r'(?:BC)?[0-9]{4}', x['value'])]
        if not before or int(before[-1]['para']) < int(s['para']):
            return 'anchor from another paragraph'
        return 'anchor in the same paragraph'
    return 'other (day or month wrong)'


def main():
    path = sys.argv[1]
    examples = int(sys.argv[sys.argv.index('--examples') + 1]) if '--examples' in sys.argv else 0
    only = sys.argv[sys.argv.index('--class') + 1] if '--class' in sys.argv else None
    docs = read(path)
    for years in ('without', 'with'):
        counts, sets, ex = Counter(), defaultdict(set), defaultdict(list)
        tot = Counter()
        for (y, st, doc), (docdate, golds, syss) in docs.items():
            if y != years:
                continue
            syss = sorted(syss, key=lambda x: x['begin'])
            writes_year = any(re.search(YEAR, x['text']) for x in golds + syss)
            missed, pairs, spurious = match(golds, syss)
            tot['gold'] += len(golds)
            tot['sys'] += len(syss)
            tot['found'] += len(golds) - len(missed)
            tot['sys_ok'] += len(syss) - len(spurious)
            tot['matched'] += len(pairs)
            for g in missed:
                k = 'MISSED ' + cls(g['text'], g['left'])
                counts[k] += 1
                sets[k].add(st)
                ex[k].append(f"{st} {doc}: …{g['left'][-35:]}[{g['text']}]{g['right'][:25]}… {g['value']}")
            for s in spurious:
                k = 'SPURIOUS ' + cls(s['text'], s['left'])
                counts[k] += 1
                sets[k].add(st)
                ex[k].append(f"{st} {doc}: …{s['left'][-35:]}[{s['text']}]{s['right'][:25]}… {s['value']}")
            for g, s in pairs:
                if g['value'] == s['value'] and (g['mod'] or '') == (s['mod'] or ''):
                    tot['value_ok'] += 1
                    continue
                k = 'VALUE ' + value_class(g, s, writes_year, years, syss)
                counts[k] += 1
                sets[k].add(st)
                ex[k].append(f"{st} {doc} ({docdate or '-'}): …{g['left'][-40:]}[{g['text']}]{g['right'][:25]}… "
                             f"sys {s['text']!r} {s['value']} {s['mod']} gold {g['value']} {g['mod']}")
        print(f"== {years} document dates: gold {tot['gold']}, system {tot['sys']}, "
              f"P {tot['sys_ok'] / tot['sys']:.3f} R {tot['found'] / tot['gold']:.3f}, "
              f"values {tot['value_ok'] / tot['matched']:.3f} ({tot['value_ok']}/{tot['matched']})")
        for kind in ('VALUE', 'MISSED', 'SPURIOUS'):
            keys = sorted((k for k in counts if k.startswith(kind)), key=lambda k: -counts[k])
            print(f"  {kind}: {sum(counts[k] for k in keys)}")
            for k in keys:
                line = f"    {counts[k]:4d}  in {len(sets[k]):2d} sets  {k[len(kind) + 1:]}"
                if '--sets' in sys.argv:
                    line += '  [' + ' '.join(sorted(sets[k])) + ']'
                print(line)
        if examples:
            for k, lines in sorted(ex.items()):
                if only and only not in k:
                    continue
                print(f"-- {k} ({len(lines)})")
                for line in lines[:examples]:
                    print('   ' + line)
        print()


if __name__ == '__main__':
    main()
