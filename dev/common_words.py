#!/usr/bin/env python3
"""Common-word counts for the model-span filter (session 17, branch nerfilter, ner.ModelSpanFilter): for every word
form, how often unlabelled running text writes it in lower case and how often capitalised inside a sentence.

A capitalised span the name finder alone proposes ("Pontificato", "Orti", "Monarchia") is suspect when its words are
mostly written in lower case elsewhere; a real place ("Roma", "Piave") almost never is.

Sources (training splits only, word forms only, no sentence is written): KIND WN_train, FIC_train, ADG_train and
moro_train (CC BY-NC-SA 4.0, the name finder's own training text), WikiNEuRal-it val (CC BY-NC-SA 4.0, as
dev/name_type_counts.py; its silver tags only: counted for LOWER and CAP too it made the filter drop more true
places on the session-17 folds, docs/names.md "Session 17") and the UD train files the data folder holds (MarkIT, ParTUT, ParlaMint, TWITTIRO; their
licences in models/README.md). Dev, test and held-out files are left out, and so is every KIND or WikiNEuRal
sentence a tracked file of this checkout references by id (`FILE.tsv sentence=N`, `val.conllu sentence=N`,
`wn-val-N`, `val-N`, `wv-N`; dev/name_type_counts.py's id rule, without its text-window rule).
A word is a token of letters (apostrophes and hyphens inside allowed), folded as ner.NameKeys.fold (accents
stripped, lower case). LOWER counts tokens that
open with a lower-case letter; CAP counts tokens that open with a capital and are not the first word of their sentence.
PER, ORG, LOC count the capitalised tokens inside a mention of that type (KIND gold IOB2 or IO tags, WikiNEuRal
silver tags; UD files have none): a word mostly inside persons ("Eugenio", "Jaroslav") names a person.
Output (deterministic, sorted), gzip: WORD<TAB>LOWER<TAB>CAP<TAB>PER<TAB>ORG<TAB>LOC, words with LOWER >= 2 or
PER + ORG + LOC >= 2 only.
Usage: python3 dev/common_words.py ../shared/data OUT.tsv.gz   (from the repository root)
"""
import glob, gzip, os, re, subprocess, sys, unicodedata
from collections import Counter

TYPES = {'PER': 0, 'ORG': 1, 'LOC': 2}
WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*['’]?$")


def fold(word):
    """As ner.NameKeys.fold: accents stripped, lower case, `’` as `'`."""
    s = unicodedata.normalize('NFD', word.replace('’', "'"))
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def sentences(path, row, blank=lambda line: not line):
    """The sentences of a one-token-per-line file (a blank line ends one): lists of row(line) for its other lines,
    those row() does not skip (None)."""
    sent = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if blank(line):
                if sent:
                    yield sent
                sent = []
                continue
            r = row(line)
            if r is not None:
                sent.append(r)
    if sent:
        yield sent


def kind_row(line):
    """KIND two-column TSV: FORM, TAG (IOB2 or IO; a line without a tag is O)."""
    cols = line.split('\t')
    return cols[0], cols[-1] if len(cols) > 1 else 'O'


def ud_row(line):
    """UD conllu: the FORM of a word line (comments, multiword ranges and empty nodes skipped), no tag."""
    if line.startswith('#'):
        return None
    cols = line.split('\t')
    return (cols[1], 'O') if cols[0].isdigit() else None


def wikineural_row(line):
    """WikiNEuRal's conllu: ID, FORM, TAG columns, ids from 0."""
    cols = line.split('\t')
    return cols[1], cols[2] if len(cols) > 2 else 'O'


def kind_sentences(path):
    return sentences(path, kind_row, lambda line: not line.strip())


def conllu_sentences(path):
    return sentences(path, ud_row)


def wikineural_sentences(path):
    return sentences(path, wikineural_row)


def references(repo):
    """Sentence ids the tracked files reference: {'val': {N}, 'WN_train.tsv': {N}, ...}."""
    names = subprocess.run(['git', '-C', repo, 'ls-files', 'extractor-core/src/test', 'dev', 'docs', 'models',
                            'README.md'], capture_output=True, text=True, check=True).stdout.split('\n')
    text = []
    for n in names:
        p = os.path.join(repo, n)
        if n and os.path.isfile(p):
            with open(p, encoding='utf-8', errors='replace') as f:
                text.append(f.read())
    text = '\n'.join(text)
    refs = {'val': set()}
    for n in re.findall(r'\bval\.conllu\s+sentence=(\d+)', text):
        refs['val'].add(int(n))
    for n in re.findall(r'\b(?:wn-val|val|wv)-0*(\d+)\b', text):
        refs['val'].add(int(n))
    for f, n in re.findall(r'(\w+_train\.tsv)\s+sentence=(\d+)', text):
        refs.setdefault(f, set()).add(int(n))
    return refs


def main():
    data, out = sys.argv[1], sys.argv[2]
    refs = references(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
    files = [(p, kind_sentences) for p in sorted(glob.glob(os.path.join(data, 'kind/evalita-2023/*_train.tsv')))]
    files.append((os.path.join(data, 'kind/dataset/moro_train.tsv'), kind_sentences))
    files.append((os.path.join(data, 'wikineural-it/val.conllu'), wikineural_sentences))  # typed counts only
    files += [(p, conllu_sentences) for p in sorted(glob.glob(os.path.join(data, 'UD_Italian-*/*-ud-train.conllu')))]
    lower, cap = Counter(), Counter()
    typed = (Counter(), Counter(), Counter())
    for path, reader in files:
        n = 0
        typed_only = path.endswith('val.conllu')
        skip = refs.get('val' if path.endswith('val.conllu') else os.path.basename(path), set())
        left = 0
        for i, sent in enumerate(reader(path)):
            if i in skip:
                left += 1
                continue
            first = True
            for tok, tag in sent:
                typ = tag[2:] if tag[:2] in ('B-', 'I-') else tag
                if typ in TYPES and WORD.match(tok) and tok[0].isupper():
                    typed[TYPES[typ]][fold(tok)] += 1
                if not WORD.match(tok) or typed_only:
                    if typed_only:
                        continue
                    if tok not in ('"', '«', '“', '(', '-', '–', '—'):
                        first = first and tok in ('"', '«', '“')
                    continue
                key = fold(tok)
                if tok[0].islower():
                    lower[key] += 1
                elif not first:
                    cap[key] += 1
                first = False
                n += 1
        print('%s: %d words, %d referenced sentences left out' % (os.path.relpath(path, data), n, left),
              file=sys.stderr)
    rows = sorted(w for w in set(lower) | set(cap) | set(typed[0]) | set(typed[1]) | set(typed[2])
                  if lower[w] >= 2 or typed[0][w] + typed[1][w] + typed[2][w] >= 2)
    with gzip.GzipFile(out, 'wb', mtime=0) as g:
        g.write(''.join('%s\t%d\t%d\t%d\t%d\t%d\n' % (w, lower[w], cap[w], typed[0][w], typed[1][w], typed[2][w])
                        for w in rows).encode('utf-8'))
    print('%d words written to %s' % (len(rows), out), file=sys.stderr)


if __name__ == '__main__':
    main()
