#!/usr/bin/env python3
"""The draw shared by names dev parts K and L (dev/pick_names_k.py, dev/pick_names_l.py): the part's own files, the
De Gasperi residue, the four seeds and the sibling worktrees whose dev sets are excluded are the only differences
between parts; each part's script documents its draw and calls `draw` with its values. Never runs the system.
"""
import csv, hashlib, io, os, random, re, sys

from corpus_refs import conllu_rows, detok, kind_detok, kind_sentences, sha
from pick_names_h import KEYWORDS as KEYWORDS_H

# Part H's Soviet / Russian / communist-movement keywords are exhausted in the pools (part J drew every ENEIDE and UD
# candidate; the WikiNEuRal val candidates left are the 23 off-genre sentences J dropped), so part K adds words of
# 20th-century political history, the sample's wider genre.
KEYWORDS_20 = re.compile(r"(fascis|Mussolini|Hitler|nazis|nazist|Resistenza|partigian|guerra mondiale|"
                         r"guerra fredda|Democrazia Cristiana|socialist|Togliatti|Gramsci|Kru[sš]|Chru|Brežnev|"
                         r"Breznev|Gorba|Cremlino|rivoluzion|Patto di Varsavia|Matteotti|Badoglio|Berlinguer|"
                         r"Nenni|Tito\b|Mao\b|Comitato centrale|Politbjuro|Guerra civile)", re.I)


class _Either:
    """Matches when either keyword pattern matches."""

    @staticmethod
    def search(text):
        return KEYWORDS_H.search(text) or KEYWORDS_20.search(text)


KEYWORDS = _Either()

WINDOW = 1300
SENTENCE_END = re.compile(r"(?<=[.!?;:»])\s+(?=[«\"A-ZÀ-Ý])")
WORD = re.compile(r"[A-Za-zÀ-ÿ'’]+")

def used_in(res_root, own):
    refs, docs, texts = set(), set(), []
    for d, _, fs in os.walk(res_root):
        for f in fs:
            if f in own:
                continue
            try:
                t = open(os.path.join(d, f), encoding='utf-8').read()
            except (UnicodeDecodeError, IsADirectoryError):
                continue
            texts.append(t)
            refs |= {int(m.group(1)) for m in re.finditer(r"\bval\.conllu\s+sentence=(\d+)", t)}
            refs |= {int(m.group(1)) for m in re.finditer(r"\b(?:wn-)?val-0*(\d+)\b", t)}
            docs |= {m.group(1) for m in re.finditer(r"\bdoc=(\S+)", t)}
    return refs, docs, '\n'.join(texts)


def dadoeval_years(root):
    """DaDoEval Test_Release file name -> its year, from Gold-test/GoldStandard_{same,cross}-genre.tsv."""
    years = {}
    for genre in ('same-genre', 'cross-genre'):
        for line in open(os.path.join(root, 'dadoeval-degasperi', 'Gold-test', 'GoldStandard_%s.tsv' % genre),
                         encoding='utf-8'):
            f = line.rstrip('\n').split('\t')
            if len(f) >= 2:
                years[f[0]] = f[1]
    return years


def capitalised_non_initial(sentence):
    words = WORD.findall(sentence)
    return sum(1 for w in words[1:] if w[0].isupper())


def best_window(text):
    """(begin, end, count): the run of whole sentences of at most WINDOW characters with the most capitalised
    non-initial words (part I's pre-filter); offsets are Python (code point) offsets."""
    starts = [0] + [m.end() for m in SENTENCE_END.finditer(text)]
    spans = [(b, (starts[i + 1] if i + 1 < len(starts) else len(text))) for i, b in enumerate(starts)]
    spans = [(b, e - (len(text[b:e]) - len(text[b:e].rstrip()))) for b, e in spans]
    counts = [capitalised_non_initial(text[b:e]) for b, e in spans]
    best = (0, 0, -1)
    for i in range(len(spans)):
        n, j = 0, i
        while j < len(spans) and spans[j][1] - spans[i][0] <= WINDOW:
            n += counts[j]
            j += 1
        if j > i and n > best[2]:
            best = (spans[i][0], spans[j - 1][1], n)
    return best


def dadoeval_windows(root, alltext, keep=None):
    """(unreferenced, files): the DaDoEval Test_Release same-genre and cross-genre files whose 8-character uuid prefix
    occurs nowhere in alltext (their count), and of those that keep(name) accepts (all if keep is None) the ones with
    a best_window of at least one capitalised word, as (genre/FILE, begin, end, count). Parts P and R."""
    unreferenced, files = 0, []
    for genre in ('same-genre', 'cross-genre'):
        d = os.path.join(root, 'dadoeval-degasperi', 'Test_Release', genre)
        for f in sorted(os.listdir(d)):
            if f[:8] in alltext:
                continue
            unreferenced += 1
            if keep is not None and not keep(f):
                continue
            b, e, n = best_window(open(os.path.join(d, f), encoding='utf-8').read())
            if n > 0:
                files.append((genre + '/' + f, b, e, n))
    return unreferenced, files


def used(own, roots):
    refs, docs, texts = set(), set(), []
    for r in roots:
        res = os.path.join(r, 'extractor-core', 'src', 'test', 'resources')
        if os.path.isdir(res):
            a, b, c = used_in(res, own)
            refs |= a
            docs |= b
            texts.append(c)
    return refs, docs, '\n'.join(texts)


UD_FILES = ['UD_Italian-ISDT/it_isdt-ud-dev.conllu', 'UD_Italian-VIT/it_vit-ud-dev.conllu',
            'UD_Italian-ParTUT/it_partut-ud-train.conllu', 'UD_Italian-ParTUT/it_partut-ud-dev.conllu',
            'UD_Italian-MarkIT/it_markit-ud-train.conllu', 'UD_Italian-MarkIT/it_markit-ud-dev.conllu',
            'UD_Italian-ParlaMint/it_parlamint-ud-train.conllu']


def draw(part, residue, seeds, roots, root, n_files, n_sent, n_para, n_ud, keywords=KEYWORDS):
    """Prints the draw of names dev part `part` (see pick_names_k.py); seeds = (files, sentences, paragraphs, UD);
    `keywords` (anything with `search(text)`) selects the sample-genre sentences, paragraphs and UD sentences."""
    own = {'gold-%s.tsv' % part, 'texts-%s.tsv' % part, 'sources-%s.tsv' % part}
    refs, docs, alltext = used(own, roots)
    years = dadoeval_years(root)
    files = []
    for genre in ('same-genre', 'cross-genre'):
        d = os.path.join(root, 'dadoeval-degasperi', 'Test_Release', genre)
        for f in sorted(os.listdir(d)):
            if int(hashlib.sha1(f.encode()).hexdigest(), 16) % 6 == residue and f[:-4] not in alltext:
                b, e, n = best_window(open(os.path.join(d, f), encoding='utf-8').read())
                if n > 0:
                    files.append((n, genre + '/' + f, b, e))
    files.sort(key=lambda x: (-x[0], x[1]))
    print('# %d De Gasperi candidates' % len(files), file=sys.stderr)
    top = files[:60]
    random.Random(seeds[0]).shuffle(top)
    for n, f, b, e in top[:int(n_files)]:
        print('%s\t%s\tchars=%d-%d\t%d' % (f, years.get(f.split('/')[1], '?'), b, e, n))
    sents = []
    for i, rows in enumerate(conllu_rows(os.path.join(root, 'wikineural-it', 'val.conllu'))):
        text = detok([r[1] for r in rows])
        if i not in refs and keywords.search(text) and text not in alltext:
            sents.append((i, text))
    random.Random(seeds[1]).shuffle(sents)
    print('# %d sentence candidates' % len(sents), file=sys.stderr)
    for i, text in sents[:int(n_sent)]:
        print('wn-val-%05d\twikineural-it/val.conllu sentence=%d sha256=%s' % (i, i, sha(text)))
    paras = []
    for split in ('train', 'dev'):
        raw = open(os.path.join(root, 'eneide-amd', 'paragraphs_%s.csv' % split), encoding='utf-8', newline='').read()
        for row in csv.reader(io.StringIO(raw)):
            if row and row[0] != 'doc_id' and keywords.search(row[2]) and row[0] not in docs \
                    and row[2] not in alltext:
                paras.append((split, row[0], row[2]))
    random.Random(seeds[2]).shuffle(paras)
    print('# %d paragraph candidates' % len(paras), file=sys.stderr)
    for split, doc, text in paras[:int(n_para)]:
        print('am-%s\teneide-amd/paragraphs_%s.csv doc=%s chars=0-%d sha256=%s'
              % (doc.split('_')[1].split('.')[0], split, doc, len(text.encode('utf-16-le')) // 2, sha(text)))

    uds = []
    for f in UD_FILES:
        sid = None
        for line in open(os.path.join(root, f), encoding='utf-8'):
            if line.startswith('# sent_id'):
                sid = line.split('=', 1)[1].strip()
            elif line.startswith('# text =') and sid is not None:
                text = line.split('=', 1)[1].strip()
                if keywords.search(text) and sid not in alltext and text not in alltext:
                    uds.append((f, sid, text))
    random.Random(seeds[3]).shuffle(uds)
    print('# %d UD sentence candidates' % len(uds), file=sys.stderr)
    for f, sid, text in uds[:int(n_ud)]:
        print('ud-%s\t%s sent_id=%s sha256=%s' % (re.sub(r'[^A-Za-z0-9-]', '-', sid), f, sid, sha(text)))


KIND_MORO = 'kind/dataset/moro_train.tsv'


def draw_moro(root, n, roots, own, seed, corpus=KIND_MORO, prefix='mo'):
    """Prints the first n references of a pool of Aldo Moro's prose: KIND `corpus` (default `dataset/moro_train.tsv`;
    doc ids `prefix-NNNNN`) sentences whose
    0-based index satisfies index % 3 == 0, of 60 to 420 characters (joined by corpus_refs.kind_detok), with at least
    two capitalised non-initial words (KIND's silver tags are never read), referenced by no dev-set file under the
    given roots (`moro_train.tsv sentence=N`, the corpus file's name; files named in `own` are skipped) and whose text occurs in none of them;
    shuffled with the given seed."""
    _, _, alltext = used(own, roots)
    kind_used = {int(m) for m in re.findall(re.escape(os.path.basename(corpus)) + r' sentence=(\d+)', alltext)}
    pool = []
    for i, toks in enumerate(kind_sentences(os.path.join(root, corpus))):
        if i % 3 != 0 or i in kind_used:
            continue
        s = kind_detok(toks)
        if 60 <= len(s) <= 420 and capitalised_non_initial(s) >= 2 and s not in alltext:
            pool.append((i, s))
    random.Random(seed).shuffle(pool)
    print('# %d Moro sentence candidates' % len(pool), file=sys.stderr)
    for i, s in pool[:int(n)]:
        print('%s-%05d\t%s sentence=%d sha256=%s' % (prefix, i, corpus, i, sha(s)))
