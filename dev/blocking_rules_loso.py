"""Session 22: the blocking rules of the event stage, each disabled alone, pooled and leave-one-set-out.

Input: OUT.tsv of BlockingRuleAudit (docs/events.md, "Session 22"): a header line with the bundled matched /
spurious / missed counts by set, then one line per rule (needs= and except= options of triggers.tsv, negated=true
rules of patterns.txt) with its exact rescoring delta by set (set:dTP/dFP when the rule is disabled).

For each rule and each held-out set S (the 23 readable held-out sets; the dev set is never a decision set) the rule is
disabled when disabling it raises the pooled F1 of the other held-out sets; its effect on S is then counted. A rule
"carries" when the held-out decisions disable it in every set it touches and the summed held-out effect raises F1
and helps (dTP > 0 or dFP < 0 net) on more of the touched sets than it hurts.

  python3 dev/blocking_rules_loso.py OUT.tsv [--all] [--tsv dev/blocking_rules22.tsv]

Prints the rules with a positive pooled F1 delta (all rules with --all) and the held-out result; reads counts and set
names only, no text. --tsv writes the whole table (counts only) for the repository.
"""
import argparse
import re


def f1(tp, fp, fn):
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def parse(path):
    base, rules = {}, []
    with open(path, encoding='utf-8') as f:
        head = f.readline()
        for s, tp, fp, fn in re.findall(r'(\w+):(\d+)/(\d+)/(\d+)', head.split('by set')[1]):
            base[s] = (int(tp), int(fp), int(fn))
        cols = f.readline().rstrip('\n').split('\t')
        for line in f:
            r = dict(zip(cols, line.rstrip('\n').split('\t')))
            r['delta'] = {s: (int(a), int(b)) for s, a, b in re.findall(r'(\w+):(-?\d+)/(-?\d+)', r['delta_by_set'])}
            rules.append(r)
    return base, rules


def pooled(base, delta, sets):
    tp = sum(base[s][0] for s in sets)
    fp = sum(base[s][1] for s in sets)
    fn = sum(base[s][2] for s in sets)
    dtp = sum(delta.get(s, (0, 0))[0] for s in sets)
    dfp = sum(delta.get(s, (0, 0))[1] for s in sets)
    return f1(tp, fp, fn), f1(tp + dtp, fp + dfp, fn - dtp)


def loso(base, r):
    held = [s for s in base if s != 'dev']
    touched = [s for s in held if r['delta'].get(s, (0, 0)) != (0, 0)]
    disabled_in, htp, hfp, helps, hurts = 0, 0, 0, 0, 0
    for s in touched:
        others = [x for x in held if x != s]
        before, after = pooled(base, r['delta'], others)
        if after > before:
            disabled_in += 1
            dtp, dfp = r['delta'][s]
            htp += dtp
            hfp += dfp
            b, a = pooled(base, r['delta'], [s])
            if a > b:
                helps += 1
            elif a < b:
                hurts += 1
    return touched, disabled_in, htp, hfp, helps, hurts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('table')
    ap.add_argument('--all', action='store_true')
    ap.add_argument('--tsv')
    a = ap.parse_args()
    base, rules = parse(a.table)
    held = [s for s in base if s != 'dev']
    f0 = pooled(base, {}, held)[0]
    out = []
    for r in rules:
        touched, n, htp, hfp, helps, hurts = loso(base, r)
        _, fd = pooled(base, r['delta'], held)
        r.update(touched=len(touched), disabled_in=n, htp=htp, hfp=hfp, helps=helps, hurts=hurts, f1_delta=fd - f0)
        carries = n == len(touched) and n > 0 and helps > hurts and pooled(base, {}, held)[0] < f1(
            sum(base[s][0] for s in held) + htp, sum(base[s][1] for s in held) + hfp,
            sum(base[s][2] for s in held) - htp)
        r['carries'] = 'yes' if carries else 'no'
        out.append(r)
    out.sort(key=lambda r: -r['f1_delta'])
    print(f'pooled held-out F1 {f0:.4f} over {len(held)} sets')
    print('file:line\tkind\ttype\tlemma\tgold/spurious blocked\tlost g/s\tpooled F1 delta\ttouched sets'
          '\tdisabled held-out in\theld-out dTP/dFP\tsets helped/hurt\tcarries')
    for r in out:
        if not a.all and r['f1_delta'] <= 0:
            continue
        print(f"{r['file']}:{r['line']}\t{r['kind']}\t{r['type']}\t{r['lemma']} {r['option'] if r['kind'] == 'widen' else ''}\t{r['gold_blocked']}/"
              f"{r['spurious_prevented']}\t{r['lost_gold']}/{r['lost_spurious']}\t{r['f1_delta']:+.4f}\t"
              f"{r['touched']}\t{r['disabled_in']}\t{r['htp']:+d}/{r['hfp']:+d}\t{r['helps']}/{r['hurts']}\t"
              f"{r['carries']}")
    if a.tsv:
        with open(a.tsv, 'w', encoding='utf-8') as w:
            w.write(f'# BlockingRuleAudit, pooled held-out F1 {f0:.4f} over {len(held)} readable held-out sets; '
                    'one line per blocking rule, disabled alone (docs/events.md, "Session 22")\n')
            w.write('file\tline\tkind\ttype\tlemma\tgold_blocked\tgold_by_set\tspurious_prevented\tspurious_by_set'
                    '\tlost_gold\tlost_spurious\tf1_delta_disabled\tsets_touched\tloso_disabled_in\tloso_dTP\tloso_dFP'
                    '\tloso_sets_helped\tloso_sets_hurt\tcarries\n')
            for r in sorted(out, key=lambda r: (r['file'], int(r['line']))):
                w.write('\t'.join(str(x) for x in (
                    r['file'], r['line'], r['kind'], r['type'], r['lemma'], r['gold_blocked'], r['gold_by_set'],
                    r['spurious_prevented'], r['spurious_by_set'], r['lost_gold'], r['lost_spurious'],
                    f"{r['f1_delta']:+.4f}", r['touched'], r['disabled_in'], r['htp'], r['hfp'], r['helps'],
                    r['hurts'], r['carries'])) + '\n')


if __name__ == '__main__':
    main()
