#!/usr/bin/env python3
"""Session 17: spurious events against matched gold events, pooled by set, for families of trigger forms
(docs/events.md, "Session 17: sense rules and blocked gaps, pooled").

Reads the report of EventDevSetTest (-Devents.report=true; SPURIOUS lines under each set's summary line) and the output
of TriggerCandidateAudit (-Devents.candidates=CAND.tsv; rows of class "matched", with the gold type and trigger), and
prints, for each family (NAME=REGEX on the trigger's head word: its first word that is not an auxiliary) and event
type, the spurious events and the matched gold events by set. An except= or a tighter condition on a family costs at
most its matched events and saves at most its spurious ones. Prints counts and set names only; no text.

  python3 dev/spurious_forms.py OUT.txt CAND.tsv abolire=abol sciogliere='sciogl|sciols|sciolt' ...
  python3 dev/spurious_forms.py OUT.txt CAND.tsv --top 40      # the commonest spurious head words, no families
"""
import collections
import csv
import re
import sys

AUX = set('fu furono venne vennero è era sono erano stato stata stati state essere viene vengono ha hanno aveva '
          'avevano si fosse fossero sia siano sarebbe e'.split())
SET_LINE = re.compile(r'^event (held-out set ?(\S*)|dev set) \(')
SPURIOUS = re.compile(r'^\S+ SPURIOUS (\w+)\[([^\]]+)\]')


def head(trigger):
    words = [w for w in re.findall(r'\w+', trigger.lower()) if w not in AUX]
    return words[0] if words else ''


def spurious(report):
    """(type, head word, set) of every SPURIOUS line of the report."""
    out, current = [], None
    for line in open(report, encoding='utf-8'):
        m = SET_LINE.match(line)
        if m:
            current = 'dev' if m.group(1) == 'dev set' else (m.group(2) or '1')
            continue
        m = SPURIOUS.match(line)
        if m and current:
            out.append((m.group(1), head(m.group(2)), current))
    return out


def matched(candidates):
    """(type, head word, set) of every matched gold event of the candidate audit."""
    csv.field_size_limit(sys.maxsize)
    out = []
    with open(candidates, encoding='utf-8') as f:
        for row in csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
            if len(row) > 4 and row[4] == 'matched':
                out.append((row[2], head(row[3]), row[0]))
    return out


def main(argv):
    report, candidates, rest = argv[0], argv[1], argv[2:]
    spur, gold = spurious(report), matched(candidates)
    if not rest or rest[0] == '--top':
        top = int(rest[1]) if len(rest) > 1 else 40
        counts = collections.Counter((t, w) for t, w, _ in spur)
        sets = collections.defaultdict(set)
        for t, w, s in spur:
            sets[(t, w)].add(s)
        for (t, w), n in counts.most_common(top):
            print(f'{t}\t{w}\tspurious {n} in {len(sets[(t, w)])} sets')
        return
    for spec in rest:
        name, rx = spec.split('=', 1)
        pattern = re.compile(rx)
        by = collections.defaultdict(lambda: (collections.Counter(), collections.Counter()))
        for t, w, s in spur:
            if pattern.search(w):
                by[t][0][s] += 1
        for t, w, s in gold:
            if pattern.search(w):
                by[t][1][s] += 1
        for t, (sp, ma) in sorted(by.items()):
            print(f'{name}\t{t}\tspurious {sum(sp.values())} {dict(sp)}\tmatched {sum(ma.values())} {dict(ma)}')


if __name__ == '__main__':
    main(sys.argv[1:])
