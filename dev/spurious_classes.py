"""Session 20 (branch evprec20): the SPURIOUS events of an EventDevSetTest report, by the hand-made class of
dev/spurious20.tsv (docs/events.md, "Session 20: spurious events on new text, counted").

  python3 dev/spurious_classes.py REPORT.txt dev/spurious20.tsv [AFTER.txt]

REPORT must have the unread halves' sections dropped (the awk line of the Reproduce blocks). Prints one row per class:
count, count in the newest halves (18a-21a), the sets, and the trigger stems (first six letters of the trigger's last
word) that recur; a SPURIOUS line the file does not class is listed as unclassed. With AFTER, each class also gets the
number of its events that AFTER no longer has. Prints no corpus text.
"""
import collections
import re
import sys

ITEM = re.compile(r'^(\S+) SPURIOUS (\w+)\[([^\]]*)\]')
NEWEST = {'18a', '19a', '20a', '21a'}


def spurious(path):
    out, cur = collections.Counter(), None
    for line in open(path, encoding='utf-8'):
        if line.startswith('event '):
            cur = re.sub(r' \(.*', '', line[6:].strip()).replace('held-out set', '').replace('dev set', 'dev').strip() or '1'
            continue
        m = ITEM.match(line)
        if m and cur:
            out[(cur, m.group(1), m.group(2), m.group(3))] += 1
    return out


def main():
    report = spurious(sys.argv[1])
    classes = {}
    for line in open(sys.argv[2], encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        s, item, typ, trig, cls = line.rstrip('\n').split('\t')
        classes[(s, item, typ, trig)] = cls
    after = spurious(sys.argv[3]) if len(sys.argv) > 3 else None
    rows = collections.defaultdict(list)
    for key, n in report.items():
        for _ in range(n):
            rows[classes.get(key, 'unclassed')].append(key)
    print('| class | spurious | newest halves | sets | recurring trigger stems (count, sets) |' + (' gone in AFTER |' if after else ''))
    for cls, keys in sorted(rows.items(), key=lambda kv: -len(kv[1])):
        sets = sorted({k[0] for k in keys}, key=lambda s: (s == 'dev', int(re.sub(r'\D', '', s) or 0), s))
        stems = collections.defaultdict(list)
        for k in keys:
            stems[k[3].lower().split()[-1][:6]].append(k[0])
        rec = ', '.join(f'{st} {len(v)} ({len(set(v))})' for st, v in sorted(stems.items(), key=lambda kv: -len(kv[1]))
                        if len(v) > 1)
        line = f"| {cls} | {len(keys)} | {sum(k[0] in NEWEST for k in keys)} | {len(sets)}: {' '.join(sets)} | {rec} |"
        if after is not None:
            line += f' {sum(1 for k in set(keys) for _ in range(max(0, report[k] - after[k])))} |'
        print(line)
    print(f'total {sum(report.values())}, newest halves {sum(n for k, n in report.items() if k[0] in NEWEST)}')


if __name__ == '__main__':
    main()
