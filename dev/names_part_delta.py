#!/usr/bin/env python3
"""Per-part error deltas between two names error files, and a leave-one-part-out decision (session 20, nerperson20).

BEFORE and AFTER are `dev/person_words_audit.py --kind --save FILE` outputs of two jars (lines PART FP|FN DOC TYPE
BEGIN END TEXT; readable parts A-R, S-a, T-a, U-a (since session 24) and KIND dev only). Prints, per part, the change in error lines
(FP + FN) by type, the pooled change of the parts and of KIND, the leave-one-part-out change (for each part, the
change is kept when the other parts' summed change, all types, is negative, and that part's own change is counted),
then every error line gone or new (corpus text: screen only, never commit).
Usage: python3 dev/names_part_delta.py BEFORE.txt AFTER.txt
"""
import sys, collections
def load(p):
    c = collections.Counter()
    rows = collections.Counter()
    for l in open(p, encoding='utf-8'):
        f = l.rstrip('\n').split(' ', 6)
        c[(f[0], f[3])] += 1
        rows[l.rstrip('\n')] += 1
    return c, rows
b, rb = load(sys.argv[1]); a, ra = load(sys.argv[2])
parts = sorted({k[0] for k in b} | {k[0] for k in a})
types = ['PERSON', 'ORGANIZATION', 'LOCATION']
print('%-14s %s' % ('part', ' '.join('%5s' % t[:3] for t in types)))
tot = collections.Counter()
for p in parts:
    d = [a[(p, t)] - b[(p, t)] for t in types]
    if any(d): print('%-14s %s' % (p, ' '.join('%+5d' % x for x in d)))
    for t, x in zip(types, d): tot[(p.startswith('kind'), t)] += x
for k in (False, True):
    print('%-14s %s' % ('KIND' if k else 'parts pooled', ' '.join('%+5d' % tot[(k, t)] for t in types)))
# leave-one-part-out over parts (not KIND): decide on others by total error change (all types), keep if < 0
names = [p for p in parts if not p.startswith('kind')]
delta = {p: sum(a[(p, t)] - b[(p, t)] for t in types) for p in names}
held = 0
for p in names:
    others = sum(v for q, v in delta.items() if q != p)
    if others < 0: held += delta[p]
print('leave-one-part-out error change (all types, parts):', held)
gone = rb - ra; new = ra - rb
print('gone (fixed/removed):'); [print('  -', r) for r in sorted(gone.elements())]
print('new:'); [print('  +', r) for r in sorted(new.elements())]
