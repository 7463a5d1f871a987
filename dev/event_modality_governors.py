#!/usr/bin/env python3
"""Missing modalities of the older event sets, counted by the words that govern the trigger (session 13b, evmodal).

Reads an older-sets report (dev/event_older_report.py) for its `ARGS ... modality null (gold X)` lines, finds the gold
events of the older sets (never 18 or 19) with that trigger word and gold modality (dev/event_mood_census.py's
reader), and counts each word among the six before the trigger and the two after it, with the sets it comes from.
Prints the words seen in at least two sets, then (with -v) every missed event with its context.
Usage: python3 dev/event_modality_governors.py DATA OLDER.txt [-v]
"""
import os, re, sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from event_mood_census import DEV, golds

MISS = re.compile(r"^\S+ ARGS \w+ '([^']+)': missing \[.*?modality null \(gold (\w+)\)")
WORD = re.compile(r"\w+", re.U)


def main(data, report, verbose):
    missed = Counter()
    for line in open(report, encoding='utf-8'):
        m = MISS.match(line)
        if m:
            missed[(m.group(1), m.group(2))] += 1
    files = sorted(f for f in os.listdir(DEV) if f.endswith('.txt') and not f.startswith(('heldout18', 'heldout19')))
    words, rows = defaultdict(lambda: [Counter(), set()]), []
    for f in files:
        for spec, text, start in golds(data, f):
            head = spec.split('|')[0].split()
            trig = head[1].split('#')[0]
            nth = int(head[1].split('#')[1]) if '#' in head[1] else 1
            mod = next((p.split('=')[1].strip() for p in spec.split('|')[1:] if p.strip().startswith('mod=')), None)
            if not mod or missed[(trig, mod)] == 0:
                continue
            missed[(trig, mod)] -= 1
            ms = list(re.finditer(r'(?<![\w])' + re.escape(trig) + r'(?![\w])', text[start:]))
            b = start + ms[nth - 1].start()
            left = [w.lower() for w in WORD.findall(text[max(start, b - 80):b])][-6:]
            right = [w.lower() for w in WORD.findall(text[b + len(trig):b + len(trig) + 40])][:2]
            for w in set(left + right):
                words[w][0][mod] += 1
                words[w][1].add(f)
            rows.append((f, mod, trig, ' '.join(left), ' '.join(right)))
    print(f'{len(rows)} missed modalities matched to gold events; {sum(missed.values())} not matched')
    for w, (c, sets) in sorted(words.items(), key=lambda x: -sum(x[1][0].values())):
        if len(sets) >= 2:
            print(f'{w}\t{sum(c.values())}\t{len(sets)} sets\t{dict(c)}')
    if verbose:
        for r in sorted(rows, key=lambda r: (r[1], r[3].split()[-1:] if r[3] else [])):
            print('\t'.join(r[:2]) + f'\t…{r[3]} [{r[2]}] {r[4]}…')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], '-v' in sys.argv)
