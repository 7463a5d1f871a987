#!/usr/bin/env python3
"""The counting shared by the per-part scorers of the held-out event sets (event_parts13.py ... event_parts19.py).

Each scorer reads the report of EventDevSetTest (-Devents.report=true) and the set's fixture, counts the MISSED and
SPURIOUS lines of the set's report section by excerpt id against the gold events ('> ' lines) of each '=== id' block
(a type error is one miss and one spurious event, as in EventScorer) and prints Markdown rows (gold, predicted,
matched, P, R, F1):
  part_rows   sets 13-16: one row per named group of parts, part_of(id) mapping an excerpt id to its part key;
  split_rows  sets 17-19: one row per source (excerpt id prefixes) within the salted a/b split (parts_common.half).
"""
import collections, re

from parts_common import half


def report_counts(report, section, key=lambda i: i, ids=r'\S+'):
    """The MISSED and SPURIOUS lines of the report by key(excerpt id), counted in the sections whose "event ..." header
    line section(line) accepts (ids: the pattern of the excerpt ids counted)."""
    miss, spur = collections.Counter(), collections.Counter()
    inside = False
    for line in open(report, encoding='utf-8'):
        if line.startswith('event '):
            inside = section(line)
            continue
        m = inside and re.match(rf'^({ids}) (MISSED|SPURIOUS) ', line)
        if m:
            (miss if m.group(2) == 'MISSED' else spur)[key(m.group(1))] += 1
    return miss, spur


def scores(gold, miss, spur, keys):
    """Gold, predicted and matched events of keys (a type error is one miss and one spurious event, as in EventScorer)
    and P, R, F1."""
    g = sum(gold[k] for k in keys)
    mt = g - sum(miss[k] for k in keys)
    pr = mt + sum(spur[k] for k in keys)
    p = mt / pr if pr else 0
    r = mt / g if g else 0
    f = 2 * p * r / (p + r) if p + r else 0
    return g, pr, mt, p, r, f


def blocks(fixture):
    """The '=== ' blocks of a fixture, as (excerpt id, number of gold events)."""
    for block in re.split(r'^=== ', open(fixture, encoding='utf-8').read(), flags=re.M)[1:]:
        yield block.split()[0], len(re.findall(r'^> ', block, re.M))


def gold_counts(fixture):
    """{excerpt id: number of gold events}."""
    return dict(blocks(fixture))


def part_rows(report, fixture, set_no, part_of, parts):
    """Prints the rows of held-out set set_no ("event held-out set N " section) by part: parts is a list of (row name,
    part keys); part_of maps an excerpt id to its part key."""
    gold = collections.Counter()
    for i, n in blocks(fixture):
        gold[part_of(i)] += n
    miss, spur = report_counts(report, lambda line: line.startswith(f'event held-out set {set_no} '), part_of)
    for name, keys in parts:
        g, pr, mt, p, r, f = scores(gold, miss, spur, keys)
        print(f'| {name} | {g} | {pr} | {mt} | {p:.3f} | {r:.3f} | **{f:.3f}** |')


def split_rows(report, parts, fixture, set_no, salt, sources):
    """Prints the rows of held-out set set_no's sections "event held-out set Na" / "Nb" (parts: 'a', 'b' or 'ab'):
    per source (row name, excerpt id prefixes), the excerpts, gold, predicted, matched, P, R, F1 of its excerpts in
    parts (the part of an excerpt id: parts_common.half(salt, id))."""
    gold = gold_counts(fixture)
    miss, spur = report_counts(
        report, lambda line: any(line.startswith(f'event held-out set {set_no}{p} ') for p in parts),
        ids=rf'h{set_no}-\S+')
    for name, prefixes in sources:
        ids = [i for i in gold if i.startswith(prefixes) and half(salt, i) in parts]
        g, pr, mt, p, r, f = scores(gold, miss, spur, ids)
        print(f'| {parts}: {name} | {len(ids)} | {g} | {pr} | {mt} | {p:.3f} | {r:.3f} | **{f:.3f}** |')
