#!/usr/bin/env python3
"""Which events and dates dev sets share text with a names training directory (dev/names_training_set.py).

A name finder trained on the names parts has seen their sentences; an events or dates dev document that repeats one
of them is then no longer unseen text for the names layer (event persons, date anchoring through names). For every
events fixture (devset/events/*.txt, `=== ID` blocks) and every dates set (devset/time/*.tsv with its texts), prints
how many documents have a sentence (split at . ! ? ; of at least 20 normalised characters: lower-cased letters and
digits) that lies inside a training document, by the salted half where the set has one (events 17-20, dates
blind15-17). Nothing here runs the extractor.
Usage: python3 dev/names_training_overlap.py ../shared/data TRAIN_DIR
"""
import glob, os, re, sys

from names_corpus_texts import reference_text
from names_training_set import DEV, event_blocks, refs, time_doc_text
from parts_common import devset_docs, half

EVENT_SALTS = {17: 's10ab:', 18: 's11ab:', 19: 's13ab:', 20: 's16ab:'}


def key(text):
    return ''.join(c for c in text.lower() if c.isalnum())


def sentences(text):
    return [k for k in (key(s) for s in re.split(r'(?<=[.!?;])\s+', text)) if len(k) >= 20]


def main(root, train):
    docs = [l.split('\t')[0] for l in open(os.path.join(train, 'docs.tsv'), encoding='utf-8')
            if l.strip() and not l.startswith('#')]
    big = '|'.join(key(open(os.path.join(train, d + '.txt'), encoding='utf-8').read()) for d in docs)
    files = {}

    def seen(text):
        return any(s in big for s in sentences(text))

    print('set\tdocuments\twith a training sentence (by half)')
    for f in sorted(glob.glob(os.path.join(DEV, 'events', '*.txt'))):
        name = os.path.basename(f)[:-4]
        m = re.match(r'heldout(\d+)', name)
        salt = EVENT_SALTS.get(int(m.group(1))) if m else None
        blocks, hits = event_blocks(f), {}
        for i, lines in blocks:
            text = '\n'.join(reference_text(root, l[2:].strip(), files, i) if l.startswith('< ') else l
                             for l in lines)
            if seen(text):
                h = half(salt, i) if salt else 'all'
                hits[h] = hits.get(h, 0) + 1
        print('events %s\t%d\t%s' % (name, len(blocks), hits or 0))
    t = os.path.join(DEV, 'time')
    time_refs, kind = refs(os.path.join(t, 'corpus-refs.tsv')), {}
    for f in sorted(glob.glob(os.path.join(t, '*.tsv'))):
        name = os.path.basename(f)[:-4]
        if name.endswith('-parts') or name in ('corpus-refs', 'years'):
            continue
        parts_file = os.path.join(t, name + '-parts.tsv')
        parts = dict(l.split() for l in open(parts_file) if not l.startswith('#') and l.strip()) \
            if os.path.exists(parts_file) else {}
        ds, hits = devset_docs(f), {}
        for d in ds:
            text = time_doc_text(root, d, time_refs, files, kind)
            if text is None:
                continue
            if seen(text):
                h = parts.get(d, 'all')
                hits[h] = hits.get(h, 0) + 1
        print('dates %s\t%d\t%s' % (name, len(ds), hits or 0))


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
