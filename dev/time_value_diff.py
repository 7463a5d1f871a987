"""Session 18: which values a resolver change turns right or wrong, pooled over every readable date file, with
leave-one-file-out.

Reads pairs of dumps in the `TemporalErrorDump` format (the excerpt dump of every date dev file but the held-out b parts,
and the whole-document dump of `time_whole_docs.py dump`), BEFORE and AFTER a change, matches gold and system as
`time_pooled_errors.py` does, and for the given setting of document dates (`--years with|without`) prints every gold
expression whose value changed from right to wrong or wrong to right (context for the hand check only; nothing of the
corpus text is written into the repository), the net per dev file, and the leave-one-file-out total: a file's net counts
only when the net of all the other files is positive (a change chosen without that file would have been kept). A dev
file and its whole-document run are one file (they share their text), so leaving a file out leaves out both.

  python3 dev/time_value_diff.py [--years with] [--quiet] BEFORE.tsv AFTER.tsv [WHOLE-BEFORE.tsv WHOLE-AFTER.tsv ...]
"""
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from time_pooled_errors import match, read  # noqa: E402


def right(g, s):
    return s is not None and g['value'] == s['value'] and (g['mod'] or '') == (s['mod'] or '')


def outcomes(path, years):
    """{(set, doc, begin, end): (right?, gold, sys)} for every gold of the given document-date setting."""
    out = {}
    for (y, st, doc), (_, golds, syss) in read(path).items():
        if y != years:
            continue
        _, pairs, _ = match(golds, sorted(syss, key=lambda x: x['begin']))
        paired = {(g['begin'], g['end']): s for g, s in pairs}
        for g in golds:
            s = paired.get((g['begin'], g['end']))
            out[(st, doc, g['begin'], g['end'])] = (right(g, s), g, s)
    return out


def main():
    args = sys.argv[1:]
    years = 'with'
    if '--years' in args:
        years = args[args.index('--years') + 1]
        del args[args.index('--years'):args.index('--years') + 2]
    quiet = '--quiet' in args
    args = [a for a in args if a != '--quiet']
    net, totals = Counter(), Counter()
    for k in range(0, len(args), 2):
        label = 'whole' if k else 'excerpts'
        before, after = outcomes(args[k], years), outcomes(args[k + 1], years)
        for key, (ok, g, s) in sorted(before.items()):
            ok2, _, s2 = after.get(key, (False, g, None))
            totals[label + ' before'] += ok
            totals[label + ' after'] += ok2
            totals[label + ' gold'] += 1
            if ok != ok2:
                net[key[0]] += 1 if ok2 else -1
                if not quiet:
                    print(f"{'+' if ok2 else '-'} {label} {key[0]} {key[1]}: …{g['left'][-45:]}[{g['text']}]"
                          f"{g['right'][:20]}… gold {g['value']} {g['mod']}: "
                          f"{s['value'] if s else '-'} -> {s2['value'] if s2 else '-'}")
    for label in ('excerpts', 'whole'):
        if totals[label + ' gold']:
            print(f"{label} ({years} document dates): right values {totals[label + ' before']} -> "
                  f"{totals[label + ' after']} of {totals[label + ' gold']} gold")
    total = sum(net.values())
    loo = sum(v for f, v in net.items() if total - v > 0)
    print('net by file: ' + ' '.join(f'{f} {v:+d}' for f, v in sorted(net.items())))
    print(f'pooled net {total:+d}; leave-one-file-out net {loo:+d} '
          f'(files gaining {sum(1 for v in net.values() if v > 0)}, losing {sum(1 for v in net.values() if v < 0)})')


if __name__ == '__main__':
    main()
