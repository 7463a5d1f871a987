#!/usr/bin/env python3
"""Medians, spread and per-round ratios to the first label of load-compare.sh outputs (session 20).

Usage: extractor-bench/load-compare.py OUT LABEL...   (the labels given to load-compare.sh; the first is the base)
Columns: per label the median [min-max] and number of rounds; per later label the median [min-max] of its ratio to
the first label in the same round. Keys: wall, cpu (user+sys s) and rss_kb of the cold extract, load_avg, LoadTime
keys, LoadProfile steps (lp.*)."""
import re, statistics as st, sys, os
d = sys.argv[1]; labels = sys.argv[2:]
def kv(path):
    out = {}
    for line in open(path):
        for m in re.finditer(r'([a-z_.]+)=([0-9.]+)', line):
            k = m.group(1)
            if line.startswith('load_step'):
                k = line.split()[0] + '.' + k
            out[k] = float(m.group(2))
    return out
data = {}
for lab in labels:
    rows = {}
    for f in os.listdir(d):
        m = re.match(r'(cold|lt|lp)-%s-(\d+)\.(time|txt)$' % re.escape(lab), f)
        if not m:
            continue
        r = int(m.group(2)); x = kv(os.path.join(d, f))
        if m.group(1) == 'cold' and 'user' in x:
            x['cpu'] = x['user'] + x['sys']
        elif m.group(1) == 'lp':
            x = {('lp.' + k): v for k, v in x.items()}
        rows.setdefault(r, {}).update(x)
    data[lab] = rows
keys = ['wall', 'cpu', 'rss_kb', 'load_avg', 'load_ms', 'load_cpu_ms', 'load_jit_cpu_ms', 'first_extract_ms',
        'first_extract_cpu_ms', 'lp.load_steps_total.cpu_ms']
keys += sorted({k for r in data[labels[0]].values() for k in r if k.startswith('lp.load_step.') and k.endswith('cpu_ms')})
print('%-46s' % 'key' + ''.join('%24s' % l for l in labels) + ''.join('%26s' % ('%s/%s' % (l, labels[0])) for l in labels[1:]))
for k in keys:
    row = '%-46s' % k
    for lab in labels:
        v = [r[k] for r in data[lab].values() if k in r]
        row += '%24s' % (('%.2f [%.2f-%.2f] n%d' if k in ('wall', 'cpu', 'load_avg') else '%.0f [%.0f-%.0f] n%d') % (st.median(v), min(v), max(v), len(v)) if v else '-')
    for lab in labels[1:]:
        ratios = [data[lab][r][k] / data[labels[0]][r][k] for r in data[lab] if r in data[labels[0]] and k in data[lab][r] and k in data[labels[0]][r] and data[labels[0]][r][k]]
        row += '%26s' % ('%.3f [%.3f-%.3f]' % (st.median(ratios), min(ratios), max(ratios)) if ratios else '-')
    print(row)
