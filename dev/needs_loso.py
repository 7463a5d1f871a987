"""Session 14: leave-one-set-out check of the needs=/except= relaxation decision (docs/events.md, "Session 14").

Input: OUT-events.tsv of NeedsRuleAudit (one line per event that removing one option adds or loses, by set; columns
line, type, lemma, kind, set, doc, gold|spurious|lost-gold|lost-spurious, event type, trigger, context). The decision
rule is the one used to relax: an option is dropped when, among the candidates it rejects, gold events are at least
--min-precision (default 0.5) of the total and there are at least --min-gold of them (default 2). For each option
and each set S the rule is decided on the other sets only and its effect on S is counted (gold gained, spurious
added); a relaxation generalises when the held-out effect summed over sets is positive.

  python3 dev/needs_loso.py OUT-events.tsv [--lines 120,98,...] [--min-precision 0.5] [--min-gold 2]

Prints, per option: the pooled counts, the sets it would be relaxed without, and the held-out sum (gold, spurious).
Reads counts and set names only; no text is printed.
"""
import argparse
import collections
import csv
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('events')
    ap.add_argument('--lines', default='')
    ap.add_argument('--min-precision', type=float, default=0.5)
    ap.add_argument('--min-gold', type=int, default=2)
    a = ap.parse_args()
    wanted = {int(x) for x in a.lines.split(',') if x}
    counts = collections.defaultdict(lambda: collections.defaultdict(lambda: [0, 0]))
    names = {}
    csv.field_size_limit(sys.maxsize)
    with open(a.events, encoding='utf-8') as f:
        for row in csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
            line, typ, lemma, kind, s, _doc, cls = row[:7]
            line = (int(line), kind)
            names[line] = f'{typ} {lemma} {kind}'
            c = counts[line][s]
            if cls == 'gold':
                c[0] += 1
            elif cls == 'spurious':
                c[1] += 1
            elif cls == 'lost-gold':
                c[0] -= 1
    print('line\toption\tpooled gold/spurious\trelaxed (pooled)\theld-out: sets relaxed\theld-out gold\theld-out spurious')
    for line in sorted(counts):
        if wanted and line[0] not in wanted:
            continue
        per = counts[line]
        g = sum(v[0] for v in per.values())
        sp = sum(v[1] for v in per.values())
        if not wanted and g < a.min_gold:
            continue
        hg = hs = n = 0
        for s, (gs, ss) in per.items():
            og, os_ = g - gs, sp - ss
            if og >= a.min_gold and og / max(1, og + os_) >= a.min_precision:
                n += 1
                hg += gs
                hs += ss
        relaxed = g >= a.min_gold and g / max(1, g + sp) >= a.min_precision
        print(f'{line[0]}\t{names[line]}\t{g}/{sp}\t{"yes" if relaxed else "no"}\t{n} of {len(per)}\t{hg}\t{hs}')


if __name__ == '__main__':
    main()
