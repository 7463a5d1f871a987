#!/usr/bin/env python3
"""Given names and surnames from silver counts (session 18, branch givennames; ner.PersonWords, docs/names.md
"Session 18"): for every word, how often the silver corpora use it as the first word (a given name) or the last word
(a surname) of a PERSON mention of two or more words, as a one-word PERSON, capitalised inside an ORGANIZATION or
LOCATION mention, and how often the counted text writes it in lower case or capitalised inside a sentence (a common
word must not become a name: "Santo", "Don", "Papa", "Generale").

Sources and exclusion: exactly the counted units of dev/name_type_counts.py (`counted_units`: KIND WN/FIC/ADG train
(gold) and moro_train (silver), WikiNEuRal-it val (silver), ENEIDE AMD train and dev (silver); held-out files, KIND dev
and I-CAB never; every unit a dev set of this checkout or of a /work/wt-* worktree on disk references by id, by SHA-256
prefix or repeats by a 7-word window is left out). Licences in models/README.md ("Person words").

A word is a run of letters ([^\\W\\d_]+: "D'Annunzio" gives "D" and "Annunzio", "Hans-Jürgen" gives "Hans" and
"Jürgen", as the project tokenizer splits them), folded as ner.NameKeys.fold (accents stripped, lower case). In a
PERSON mention the name words are its capitalised words: GIVEN counts the first of them when it opens the mention (a
title written in lower case before it, "re Gustavo", is skipped), SURNAME the last (a Roman numeral, "Pio XII", is no
surname), both only for mentions of two or more name words; SINGLE counts one-word PERSON mentions. ORGLOC counts the
word capitalised inside ORGANIZATION and LOCATION mentions; FIRST_ORGLOC as the first word of such a mention ("San
Giovanni", "Villa Borghese"). LOWER counts the word opening with a lower-case letter in the counted texts, CAP opening
with a capital letter not at a sentence start (not first in its unit, not after . ! ? : « " “).
Output (deterministic, sorted), gzip, words with GIVEN + SURNAME + SINGLE >= 2 only, no sentence:
  WORD<TAB>GIVEN<TAB>SURNAME<TAB>SINGLE<TAB>ORGLOC<TAB>FIRST_ORGLOC<TAB>LOWER<TAB>CAP
Usage: python3 dev/person_words.py ../shared/data OUT.tsv.gz [--repo .]   (about 2 minutes)
"""
import argparse, gzip, os, re, sys, unicodedata
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from name_type_counts import counted_units  # noqa: E402

WORD = re.compile(r"[^\W\d_]+")
TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]")
ROMAN = re.compile(r'^[IVXLC]+$')
OPENERS = set('.!?:«"“')


def fold(word):
    """As ner.NameKeys.fold: accents stripped, lower case."""
    s = unicodedata.normalize('NFD', word)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def name_words(mention):
    """The capitalised words of a mention, and whether the first word of the mention is one of them."""
    words = WORD.findall(mention)
    caps = [w for w in words if w[0].isupper()]
    return caps, bool(words) and words[0][0].isupper()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('data')
    ap.add_argument('out')
    ap.add_argument('--repo', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
    args = ap.parse_args()
    units, stats = counted_units(args.data, args.repo)
    given, surname, single, orgloc, first_orgloc, lower, cap = (Counter() for _ in range(7))
    for _, text, mentions in units:
        for mention, typ in mentions:
            caps, opens = name_words(mention)
            if not caps:
                continue
            if typ == 'PER':
                if len(caps) == 1:
                    single[fold(caps[0])] += 1
                    continue
                if opens:
                    given[fold(caps[0])] += 1
                last = caps[-1]
                if not ROMAN.match(last):
                    surname[fold(last)] += 1
            else:
                for w in caps:
                    orgloc[fold(w)] += 1
                if opens:
                    first_orgloc[fold(caps[0])] += 1
        prev = None
        for tok in TOKEN.findall(text):
            if WORD.fullmatch(tok):
                if tok[0].islower():
                    lower[fold(tok)] += 1
                elif prev is not None and prev not in OPENERS:
                    cap[fold(tok)] += 1
            prev = tok
    for name, stat in stats:
        print('# %s: %s' % (name, ', '.join(f'{k} {stat[k]}' for k in
                                             ('counted', 'referenced by id', 'sha256 prefix referenced',
                                              'repeats dev-set text'))), file=sys.stderr)
    rows = sorted(w for w in set(given) | set(surname) | set(single) if given[w] + surname[w] + single[w] >= 2)
    with gzip.GzipFile(args.out, 'wb', mtime=0) as g:
        g.write(''.join('\t'.join([w] + [str(c[w]) for c in (given, surname, single, orgloc, first_orgloc, lower,
                                                               cap)]) + '\n' for w in rows).encode('utf-8'))
    print('# %d words written to %s (given names with GIVEN >= 2: %d, surnames with SURNAME >= 2: %d)'
          % (len(rows), args.out, sum(1 for w in rows if given[w] >= 2), sum(1 for w in rows if surname[w] >= 2)),
          file=sys.stderr)


if __name__ == '__main__':
    main()
