#!/usr/bin/env python3
"""Writes the hand-annotated names dev parts as a name-finder training directory (session 16, branch nerdomain).

The output directory is what `extractor train ner --corpus kind,names:OUT_DIR` reads (corpus.NamesGoldReader):
  OUT_DIR/DOC.txt       the text of every document of the chosen parts (committed De Gasperi excerpts and the sample;
                        NonCommercial corpus text rebuilt from its references by names_corpus_texts.reference_text)
  OUT_DIR/docs.tsv      DOC, PART: every document once, parts in the order given
  OUT_DIR/gold.tsv      DOC, BEGIN, END, TYPE, TEXT, PART: the parts' gold lines (every mention of each excerpt is
                        annotated, docs/names.md "Development set"), with the part letter added
  OUT_DIR/exclude/*.txt the texts that must never be trained on: names S-b and part T (session 16, whole), events
                        sets 18b, 19b and 20b, dates sets
                        blind16-b, blind17-b, blind18-b, blind19-b and blind20-b (the b halves held out until a final
                        measurement), and the KIND
                        evalita-2023 dev and test files (the model card's clean estimates; some De Gasperi excerpts
                        of the parts repeat KIND ADG sentences); the trainer drops every training sentence whose
                        normalised text overlaps one of them
Parts: letters a-r, f-wiki and s-a (the tuned half of S; its b half is never written). A part's documents are those of
its gold file (a line holding only a document id declares a document with no mention); S-a's are all texts-s.tsv documents of part a (names_s_parts), with or without a mention.
Nothing here runs the extractor. The corpus text is written only to OUT_DIR (never commit it).
Usage: python3 dev/names_training_set.py ../shared/data OUT_DIR PART [PART ...]
       (PART: a b c d e f f-wiki g h i j k l m n o p q r s-a, or `all` for every one of them)
"""
import glob, os, re, shutil, sys

from corpus_refs import kind_detok, kind_sentences
from names_corpus_texts import reference_text
from names_r_parts import text_keys
from parts_common import half
from names_s_parts import part as s_part

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, '..', 'extractor-core/src/test/resources/devset')
NAMES = os.path.join(DEV, 'names')
ALL = 'a b c d e f f-wiki g h i j k l m n o p q r s-a'.split()


def refs(path):
    """DOC -> reference of a DOC<TAB>reference file."""
    out = {}
    for line in open(path, encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            doc, ref = line.rstrip('\n').split('\t')[:2]
            out[doc] = ref
    return out


def all_refs():
    out = {}
    for f in sorted(glob.glob(os.path.join(NAMES, 'texts-*.tsv'))):
        out.update(refs(f))
    return out


def gold_lines(letter):
    return [l.rstrip('\n').split('\t') for l in open(os.path.join(NAMES, 'gold-%s.tsv' % letter), encoding='utf-8')
            if l.strip() and not l.startswith('#')]


def doc_text(root, doc, references, files):
    local = os.path.join(NAMES, doc + '.txt')
    if os.path.exists(local):
        return open(local, encoding='utf-8').read()
    return reference_text(root, references[doc], files, doc)


def training(root, out, parts):
    references, files = all_refs(), {}
    s_keys = text_keys(NAMES, 's')
    counts = {}
    with open(os.path.join(out, 'gold.tsv'), 'w', encoding='utf-8') as g, \
            open(os.path.join(out, 'docs.tsv'), 'w', encoding='utf-8') as dl:
        dl.write('# doc\tpart (dev/names_training_set.py)\n')
        g.write('# doc\tbegin\tend\ttype\ttext\tpart (dev/names_training_set.py)\n')
        for p in parts:
            if p == 's-a':
                docs = sorted(d for d in s_keys if s_part(s_keys[d]) == 'a')
                lines = [l for l in gold_lines('s') if s_part(s_keys[l[0]]) == 'a']
            else:
                lines = gold_lines(p)
                docs = sorted({l[0] for l in lines})
            for d in docs:
                if os.path.exists(os.path.join(out, d + '.txt')):
                    sys.exit('document %s of part %s is already in another part' % (d, p))
                with open(os.path.join(out, d + '.txt'), 'w', encoding='utf-8') as w:
                    w.write(doc_text(root, d, references, files))
                dl.write('%s\t%s\n' % (d, p))
            lines = [l for l in lines if len(l) > 1]
            for l in lines:
                g.write('\t'.join(l[:5] + [p]) + '\n')
            c = counts.setdefault(p, {'docs': len(docs), 'PERSON': 0, 'ORGANIZATION': 0, 'LOCATION': 0})
            for l in lines:
                c[l[3]] += 1
    return counts


def event_blocks(path):
    """(id, [text or reference lines]) of an events fixture: `=== ID` opens a block, `< REF` references text,
    lines starting with > @ # are annotations or comments, other non-blank lines are text."""
    out, cur = [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('=== '):
            cur = (line[4:].strip(), [])
            out.append(cur)
        elif cur is None or not line.strip() or line[0] in '>@#':
            continue
        else:
            cur[1].append(line)
    return out


def time_doc_text(root, d, time_refs, files, kind):
    """The text of dates dev document d: its committed file under devset/time/texts, else its KIND ADG sentence range
    (a `kind/evalita-2023/ADG_x.tsv sentences=A-B` reference or a `ka-x-A-B` id), else its corpus reference; None when
    it has none. files and kind cache the parsed corpus files."""
    local = os.path.join(DEV, 'time', 'texts', d + '.txt')
    ref = time_refs.get(d, '')
    m = re.fullmatch(r'kind/evalita-2023/(ADG_\w+\.tsv) sentences=(\d+)-(\d+).*', ref) \
        or re.fullmatch(r'ka-(dev|test|train)-(\d+)-(\d+)', d)
    if os.path.exists(local):
        return open(local, encoding='utf-8').read()
    if m:
        f = m.group(1) if m.group(1).endswith('.tsv') else 'ADG_%s.tsv' % m.group(1)
        if f not in kind:
            kind[f] = kind_sentences(os.path.join(root, 'kind/evalita-2023', f))
        return '\n'.join(kind_detok(kind[f][i]) for i in range(int(m.group(2)), int(m.group(3)) + 1))
    if ref:
        return reference_text(root, ref, files, d)
    return None


def exclusions(root, out):
    """Writes OUT/exclude/*.txt; returns the number of excluded units per set."""
    ex = os.path.join(out, 'exclude')
    os.makedirs(ex)
    files, n = {}, {}

    def write(name, text, where):
        n[where] = n.get(where, 0) + 1
        with open(os.path.join(ex, name + '.txt'), 'w', encoding='utf-8') as w:
            w.write(text)

    references = refs(os.path.join(NAMES, 'texts-s.tsv'))
    for d, k in sorted(text_keys(NAMES, 's').items()):
        if s_part(k) == 'b':
            write('names-sb-' + d, reference_text(root, references[d], files, d), 'names S-b')
    t_refs = refs(os.path.join(NAMES, 'texts-t.tsv'))
    for d in sorted(t_refs):
        write('names-t-' + d, reference_text(root, t_refs[d], files, d), 'names T')
    for no, fixture, salt in ((18, 'heldout18-mixed.txt', 's11ab:'), (19, 'heldout19-degasperi.txt', 's13ab:'),
                              (20, 'heldout20-mixed.txt', 's16ab:')):
        for i, lines in event_blocks(os.path.join(DEV, 'events', fixture)):
            if half(salt, i) == 'b':
                text = '\n'.join(reference_text(root, l[2:].strip(), files, i) if l.startswith('< ') else l
                                 for l in lines)
                write('events%db-%s' % (no, i), text, 'events %db' % no)
    t = os.path.join(DEV, 'time')
    time_refs = refs(os.path.join(t, 'corpus-refs.tsv'))
    kind = {}
    for name in ('blind16', 'blind17', 'blind18', 'blind19', 'blind20'):
        for line in open(os.path.join(t, name + '-parts.tsv'), encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            d, p = line.split()
            if p != 'b':
                continue
            text = time_doc_text(root, d, time_refs, files, kind)
            if text is None:
                sys.exit('no text for %s document %s' % (name, d))
            write('%s-b-%s' % (name, d), text, name + '-b')
    for f in sorted(glob.glob(os.path.join(root, 'kind/evalita-2023/*_dev.tsv'))
                    + glob.glob(os.path.join(root, 'kind/evalita-2023/*_test.tsv'))):
        write('kind-' + os.path.basename(f)[:-4], '\n'.join(kind_detok(s) for s in kind_sentences(f)),
              'KIND dev/test files')
    return n


def main(root, out, parts):
    if parts == ['all']:
        parts = ALL
    for p in parts:
        if p not in ALL:
            sys.exit('unknown part %r, expected one of %s or all' % (p, ' '.join(ALL)))
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    counts = training(root, out, parts)
    for p, c in counts.items():
        print('part %s: %d documents, PER %d, ORG %d, LOC %d' % (p, c['docs'], c['PERSON'], c['ORGANIZATION'],
                                                                  c['LOCATION']))
    for k, v in exclusions(root, out).items():
        print('excluded %s: %d documents' % (k, v))


if __name__ == '__main__':
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
