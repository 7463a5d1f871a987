#!/usr/bin/env python3
"""Writes the texts that a names dev-set part references instead of copying them (NonCommercial corpora).

A references file has lines `DOC<TAB>wikineural-it/test.conllu sentence=N sha256=PREFIX` (0-based sentence, tokens
detokenised as in the event dev set's CorpusSentences) or `DOC<TAB>eneide-amd/paragraphs_train.csv doc=D chars=B-E
sha256=PREFIX` (UTF-16 offsets into the paragraph text) or `DOC<TAB>UD_Italian-X/FILE.conllu sent_id=ID sha256=PREFIX`
(the sentence's `# text =` line) or `DOC<TAB>kind/dataset/moro_train.tsv sentence=N sha256=PREFIX` (0-based sentence of a
KIND two-column file, tokens joined by corpus_refs.kind_detok) or `DOC<TAB>FILE sentences=A-B sha256=PREFIX` (0-based
sentences A to B of a KIND or WikiNEuRal file, each rebuilt as above, joined by single spaces: part T) or `DOC<TAB>dadoeval-degasperi/Test_Release/GENRE/FILE.txt
sha256=PREFIX` (a whole document: the dates set blind18); this script writes DOC.txt for each into OUT_DIR, after
checking the SHA-256 prefix of the text, so that `extractor eval names --gold GOLD.tsv --texts OUT_DIR` can run.
Usage:
  python3 dev/names_corpus_texts.py ../shared/data extractor-core/src/test/resources/devset/names/texts-f-wiki.tsv OUT_DIR
"""
import csv, hashlib, io, os, sys

from corpus_refs import conllu, detok, kind_detok, kind_sentences


def paragraphs(path):
    """The texts of an ENEIDE paragraphs CSV by doc_id (read with a CSV parser: its rows end in \\r\\r\\n)."""
    raw = open(path, encoding='utf-8', newline='').read()
    return {row[0]: row[2] for row in csv.reader(io.StringIO(raw)) if row and row[0] != 'doc_id'}


def ud_texts(path):
    """The `# text =` lines of a UD CoNLL-U file by `# sent_id`."""
    out, sid = {}, None
    for line in open(path, encoding='utf-8'):
        if line.startswith('# sent_id'):
            sid = line.split('=', 1)[1].strip()
        elif line.startswith('# text =') and sid is not None:
            out[sid] = line.split('=', 1)[1].strip()
    return out


def reference_text(root, ref, files, where='reference'):
    """The text of one corpus reference (`FILE key=value ... sha256=PREFIX`, the forms of this module's docstring),
    after checking its SHA-256 prefix; files caches the parsed corpus files by name."""
    f = ref.split()
    kv = dict(x.split('=', 1) for x in f[1:])
    if f[0].endswith('.txt'):
        files.setdefault(f[0], open(os.path.join(root, f[0]), encoding='utf-8').read())
    elif f[0] not in files:
        files[f[0]] = paragraphs(os.path.join(root, f[0])) if f[0].endswith('.csv') \
            else ud_texts(os.path.join(root, f[0])) if 'sent_id' in kv \
            else kind_sentences(os.path.join(root, f[0])) if f[0].startswith('kind/') \
            else conllu(os.path.join(root, f[0]))
    if f[0].endswith('.txt'):
        text = files[f[0]]
    elif 'sent_id' in kv:
        text = files[f[0]][kv['sent_id']]
    elif 'doc' in kv:
        begin, end = (int(x) for x in kv['chars'].split('-'))
        units = files[f[0]][kv['doc']].encode('utf-16-le')
        text = units[2 * begin:2 * end].decode('utf-16-le')
    elif 'sentences' in kv:
        first, last = (int(x) for x in kv['sentences'].split('-'))
        join = kind_detok if f[0].startswith('kind/') else detok
        text = ' '.join(join(files[f[0]][i]) for i in range(first, last + 1))
    elif f[0].startswith('kind/'):
        text = kind_detok(files[f[0]][int(kv['sentence'])])
    else:
        text = detok(files[f[0]][int(kv['sentence'])])
    got = hashlib.sha256(text.encode('utf-8')).hexdigest()
    if 'sha256' in kv and not got.startswith(kv['sha256']):
        sys.exit('%s: reference %r gives text with SHA-256 %s, not %s' % (where, ref, got, kv['sha256']))
    return text


def main(root, refs, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    files = {}
    for n, line in enumerate(open(refs, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        doc, ref = line.split('\t')
        text = reference_text(root, ref, files, '%s:%d' % (refs, n))
        with open(os.path.join(out_dir, doc + '.txt'), 'w', encoding='utf-8') as w:
            w.write(text)


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
