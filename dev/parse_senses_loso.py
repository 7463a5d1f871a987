"""Session 24: the sense lines of parse-senses.tsv, leave-one-set-out by line and by family.

Input: OUT.tsv of ParseSenseAudit#senseLinesPooledOverTheSets (docs/events.md, "Session 24"), the layout of
BlockingRuleAudit's table: a header with the counts by set of the extractor without sense lines, then one line per
sense line alone (line 0: all of them together) with its exact rescoring delta by set.

A line (or a family: the lines of one READING, noun or verb, summed) is applied to a held-out set S when it raises
the pooled F1 of the other held-out sets; the result is counted on S (dev/blocking_rules_loso.py's rule). A line
that touches one set only is never applied held out; its family may be.

  python3 dev/parse_senses_loso.py OUT.tsv [--drop LINE,LINE]

Reads counts and set names only, no text.
"""
import argparse

from blocking_rules_loso import f1, loso, parse, pooled


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('table')
    ap.add_argument('--drop', default='', help='sense lines (numbers) left out of the families')
    a = ap.parse_args()
    base, rules = parse(a.table)
    drop = {x for x in a.drop.split(',') if x}
    held = [s for s in base if s != 'dev']
    f0 = pooled(base, {}, held)[0]
    families = {}
    for r in rules:
        if r['line'] == '0' or r['line'] in drop:
            continue
        fam = families.setdefault(r['option'].split(' ')[0], {'delta': {}, 'lines': []})
        fam['lines'].append(r['line'])
        for s, (dtp, dfp) in r['delta'].items():
            t = fam['delta'].get(s, (0, 0))
            fam['delta'][s] = (t[0] + dtp, t[1] + dfp)
    rows = [(f"{r['line']} {r['lemma']} {r['option']}", r['delta']) for r in rules]
    rows += [(f"family {k} (lines {','.join(v['lines'])})", v['delta']) for k, v in families.items()]
    print(f'pooled held-out F1 {f0:.4f} over {len(held)} sets')
    print('row\tpooled dTP/dFP\tpooled F1 delta\ttouched\tapplied held out in\theld-out dTP/dFP\tsets helped/hurt')
    for name, delta in rows:
        touched, n, htp, hfp, helps, hurts = loso(base, {'delta': delta})
        dtp = sum(delta.get(s, (0, 0))[0] for s in held)
        dfp = sum(delta.get(s, (0, 0))[1] for s in held)
        fd = pooled(base, delta, held)[1] - f0
        print(f'{name}\t{dtp:+d}/{dfp:+d}\t{fd:+.4f}\t{len(touched)}\t{n}\t{htp:+d}/{hfp:+d}\t{helps}/{hurts}')


if __name__ == '__main__':
    main()
