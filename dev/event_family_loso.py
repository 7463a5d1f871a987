"""Session 19 (branch evrecall19): the report items that changed between two EventDevSetTest reports, attributed to
trigger families, with leave-one-set-out (docs/events.md, "Session 19: event recall").

  python3 dev/event_family_loso.py BEFORE.txt AFTER.txt FAMILY=REGEX [FAMILY=REGEX ...]

Both reports must already have the unread halves' sections dropped (the awk line of the Reproduce blocks). A MISSED
line of BEFORE that AFTER lacks is a gold event gained, a SPURIOUS line of AFTER that BEFORE lacks a spurious event
added (and the reverse: lost, removed); an item goes to the first family whose REGEX matches its trigger word. Held
out: a family counts on a set when its net (gold gained - spurious added) over the other sets is positive; the held-out
effect is the sum over the sets where it counts. Prints counts and the changed items (corpus text: keep the output out
of the repository).
"""
import collections
import re
import sys

ITEM = re.compile(r"^\S+ (MISSED|SPURIOUS) (\w+)(?: '([^']*)'|\[([^\]]*)\])")


def items(path):
    out, cur = collections.Counter(), None
    for line in open(path, encoding='utf-8'):
        if line.startswith('event '):
            cur = re.sub(r' \(.*', '', line[6:].strip())
            continue
        m = ITEM.match(line)
        if m and cur:
            out[(cur, m.group(1), m.group(2), (m.group(3) or m.group(4) or '').lower(), line.split(' ', 1)[1].strip())] += 1
    return out


def main():
    before, after = items(sys.argv[1]), items(sys.argv[2])
    fams = [a.split('=', 1) for a in sys.argv[3:]]
    eff = collections.defaultdict(lambda: collections.Counter())   # fam -> Counter((set, kind))
    shown = []
    for key in set(before) | set(after):
        d = after[key] - before[key]
        if d == 0:
            continue
        s, kind, typ, trig, text = key
        fam = next((f for f, rx in fams if re.search(rx, trig)), 'other')
        if kind == 'MISSED':
            eff[fam][(s, 'gold')] -= d
        else:
            eff[fam][(s, 'spur')] += d
        shown.append((fam, s, d, text[:220]))
    for fam in sorted(eff):
        c = eff[fam]
        sets = sorted({s for s, _ in c})
        net = {s: c[(s, 'gold')] - c[(s, 'spur')] for s in sets}
        gold = sum(v for (s, k), v in c.items() if k == 'gold')
        spur = sum(v for (s, k), v in c.items() if k == 'spur')
        total = sum(net.values())
        ho_gold = ho_spur = 0
        for s in sets:
            if total - net[s] > 0:
                ho_gold += c[(s, 'gold')]
                ho_spur += c[(s, 'spur')]
        by = ', '.join(f"{s}:{c[(s, 'gold')]:+d}/{c[(s, 'spur')]:+d}" for s in sets)
        print(f'{fam}: gold {gold:+d}, spurious {spur:+d}; held out gold {ho_gold:+d}, spurious {ho_spur:+d} '
              f'(net {ho_gold - ho_spur:+d}); by set (gold/spurious) {by}')
    for fam, s, d, text in sorted(shown):
        print(f'  [{fam}] {s} {d:+d} {text}')


if __name__ == '__main__':
    main()
