#!/usr/bin/env python3
"""Pooled ORGANIZATION and LOCATION error clusters classed by the evidence that could fix them (session 15).

Runs a jar over the gold of parts A-R and S-a (dev/org_errors.py's preparation: the S-b gold is written to the work
folder and deleted unread), clusters the errors as dev/type_errors.py does and, for every cluster with an ORGANIZATION
or LOCATION on either side, assigns the first evidence class that applies:
  (a) counts     the gold mention's name is known to the silver typed-name counts (dev/name_type_counts.py) with a
                 clear majority of the gold type (session 14's thresholds: mentions >= 2, share >= .75, sources >= 1)
                 and the system missed it or typed its exact extent otherwise;
  (b) span       a boundary error (too short / too long / shifted / type+boundary / split or merge) whose gold span
                 is such a known silver span of the gold type;
  (c) document   the gold mention's name is a gold mention of the same type elsewhere in the same document that the
                 system found there, or an acronym written in brackets after its expansion in the document
                 ("Partito Popolare Italiano (PPI)"), or that expansion;
  (d) convention a spurious or mistyped span whose predicted name the counts give the predicted type (silver and our
                 gold disagree), or a bare "Governo"/"Stato"-like head, a work/treaty/event, a lower-case span;
  (e) none       no evidence anywhere.
Prints one table (gold type x error group x evidence class); --list prints the clusters (corpus text: screen only,
never commit it).
Usage: python3 dev/orgloc_evidence.py ../shared/data WORK COUNTS.tsv.gz [--jar JAR] [--list] [--with-t]
  --with-t (session 20): part T-a pooled too (T-b written by dev/names_t_parts.py and deleted unread).
"""
import os, re, sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import org_errors, type_errors  # noqa: E402
from name_type_counts import fold  # noqa: E402
from name_type_coverage import counts_args, load  # noqa: E402

SHORT = {'PERSON': 'PER', 'ORGANIZATION': 'ORG', 'LOCATION': 'LOC'}
BARE = {'governo', 'stato', 'stati', 'camera', 'senato', 'parlamento', 'consiglio', 'assemblea', 'regione', 'comune',
        'provincia', 'repubblica', 'ministero', 'partito', 'chiesa', 'congresso', 'governi', 'cortes', 'giunta',
        'dieta', 'corona', 'esercito', 'santa sede', 'curia'}


def clear(c, min_count=2, min_share=0.75, min_sources=1):
    """The majority type of a counts tuple (PER, ORG, LOC, SRC_PER, SRC_ORG, SRC_LOC, SURNAME) by session 14's
    thresholds (surnames not added: multi-word and organisation names), else None."""
    typed = dict(zip(('PER', 'ORG', 'LOC'), c[:3]))
    srcs = dict(zip(('PER', 'ORG', 'LOC'), c[3:6]))
    ranked = sorted(typed.items(), key=lambda kv: -kv[1])
    total = sum(typed.values())
    if total < min_count or ranked[0][1] == ranked[1][1] or ranked[0][1] < min_share * total:
        return None
    return ranked[0][0] if srcs[ranked[0][0]] >= min_sources else None


def initials(name):
    words = [w for w in re.findall(r"[^\s'’]+", name) if w[:1].isupper()]
    return ''.join(w[0] for w in words)


def acronym_pairs(text):
    """(expansion, acronym) pairs written 'Capitalised Words ... (ACR)' in the text."""
    out = []
    for m in re.finditer(r'\(([A-Z][A-Z.]{1,9})\)', text):
        acr = m.group(1).replace('.', '')
        before = text[max(0, m.start() - 160):m.start()].rstrip()
        words = re.findall(r"[\w’'-]+", before)
        caps = ''
        span = []
        for w in reversed(words):
            span.insert(0, w)
            caps = initials(' '.join(span))
            if len(caps) >= len(acr):
                break
        if caps == acr:
            out.append((' '.join(span), acr))
    return out


def group_of(kind):
    if kind == 'missed':
        return 'missed'
    if kind == 'spurious':
        return 'spurious'
    if '->' in kind and not kind.startswith('type+boundary'):
        return 'type'
    return 'boundary'


def main():
    args = counts_args()
    counts = load(args.counts)
    texts, golds = org_errors.prepare(args.data, args.work, None, args.with_t)
    errors = org_errors.run(args.jar, golds, texts, args.work)
    gold_mentions = {}
    for g in golds:
        for line in open(g, encoding='utf-8'):
            f = line.rstrip('\n').split('\t')
            if line.startswith('#') or len(f) < 4:
                continue
            gold_mentions.setdefault(f[0], []).append((int(f[1]), int(f[2]), f[3]))
    err_spans = {(e[2], e[4], e[5], e[3]) for e in errors if e[1] == 'FN'}
    table, rows = Counter(), []
    cache = {}
    for (part, doc), group in org_errors.clusters(errors):
        if not any(e[3] in ('ORGANIZATION', 'LOCATION') for e in group):
            continue
        if doc not in cache:
            cache[doc] = open(os.path.join(texts, doc + '.txt'), encoding='utf-8').read()
        text = cache[doc]
        kind, _ = type_errors.classify(group)
        grp = group_of(kind)
        gold = [e for e in group if e[1] == 'FN' and e[3] in ('ORGANIZATION', 'LOCATION')]
        pred = [e for e in group if e[1] == 'FP']
        ref = gold[0] if gold else next(e for e in group if e[3] in ('ORGANIZATION', 'LOCATION'))
        typ = SHORT[ref[3]]
        evidence = 'e'
        if gold:
            g = ref
            c = counts.get(fold(g[6]))
            known = c is not None and clear(c) == typ
            found_elsewhere = any(
                (b, e) != (g[4], g[5]) and t == g[3] and fold(text[b:e]) == fold(g[6])
                and (doc, b, e, t) not in err_spans for b, e, t in gold_mentions.get(doc, []))
            pairs = acronym_pairs(text)
            acr = any(fold(g[6]) in (fold(x), fold(a)) for x, a in pairs)
            if known and grp in ('missed', 'type'):
                evidence = 'a'
            elif known and grp == 'boundary':
                evidence = 'b'
            elif found_elsewhere or acr:
                evidence = 'c'
            elif not g[6][:1].isupper() or fold(g[6]).split(' ', 1)[-1] in BARE or fold(g[6]) in BARE:
                evidence = 'd'
            elif pred and all(clear(counts[fold(p[6])]) == SHORT[p[3]] for p in pred if fold(p[6]) in counts) \
                    and any(fold(p[6]) in counts for p in pred):
                evidence = 'd'
        else:
            p = ref
            c = counts.get(fold(p[6]))
            cls = org_errors.surface_class(p[6], False, None)
            if (c is not None and clear(c) == typ) or cls in ('works, treaties, events', '"Governo"/"Stato"-like nouns') \
                    or not p[6][:1].isupper():
                evidence = 'd'
        table[(typ, grp, evidence)] += 1
        rows.append('%s %-5s %-8s %s %s | %s' % (typ, part, grp, evidence, doc, ' / '.join(
            '%s %s %r' % (e[1], e[3][:3], e[6]) for e in group)))
    classes = ['a', 'b', 'c', 'd', 'e']
    print('ORG/LOC error clusters over %d parts (S-b left out), jar %s' % (len(golds), args.jar))
    print('| type | error | (a) counts | (b) silver span | (c) document | (d) convention | (e) none | all |')
    print('|---|---|---|---|---|---|---|---|')
    for typ in ('ORG', 'LOC'):
        for grp in ('missed', 'type', 'boundary', 'spurious'):
            n = [table[(typ, grp, c)] for c in classes]
            print('| %s | %s | %s | %d |' % (typ, grp, ' | '.join(map(str, n)), sum(n)))
        n = [sum(table[(typ, g, c)] for g in ('missed', 'type', 'boundary', 'spurious')) for c in classes]
        print('| %s | all | %s | %d |' % (typ, ' | '.join(map(str, n)), sum(n)))
    if args.list:
        for r in sorted(rows):
            print(r)


if __name__ == '__main__':
    main()
