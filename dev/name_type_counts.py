#!/usr/bin/env python3
"""Typed name counts from the silver corpora (session 14, branch nametypes): for each name string, how often the
silver corpora tag it PERSON, ORGANIZATION or LOCATION, and in how many sources each type is the majority.

Sources (licences in models/README.md, "Typed name counts"): KIND WN_train, FIC_train, ADG_train (CC BY-NC-SA 4.0, gold
IOB2) and moro_train (silver, IO tags), WikiNEuRal-it val (CC BY-NC-SA 4.0, silver; MISC ignored), ENEIDE AMD train and
dev (CC BY-NC-SA 4.0, silver). Left out: every file the project holds out from training (corpus.NerCorpora.isHeldOut:
KIND *_test, WikiNEuRal test, ENEIDE test, which dev/eneide_eval.py scores, moro_test), KIND dev (a regression set),
I-CAB (its provenance says research/evaluation only, not for shipped models).

Leakage: every unit (sentence, ENEIDE document) that a dev set references or repeats is left out of the counts.
The reference text is every tracked file under extractor-core/src/test/, dev/, docs/, models/ and README.md of this
checkout plus the same folders of the other /work/wt-* worktrees on disk (the rule of dev/pick_names_s.py). A unit is
left out when
  - it is referenced by id: `FILE.conllu sentence=N`, `wt-NNNNN`, `ws-NNNNN`, `wv-NNNNN`, `val-N`, `wn-val-N` for
    WikiNEuRal; `FILE.tsv sentence=N` for KIND; an ENEIDE document whose 6-digit number occurs anywhere (conservative,
    as dev/pick_names_s.py);
  - the SHA-256 of its text starts with a `sha256=` prefix of the reference text (8 hex digits or more);
  - it repeats dev-set text: one of its 7-word windows (lower case, letters and digits) occurs in the reference pool:
    the tracked dev-set files themselves (verbatim De Gasperi excerpts, the date texts), the DaDoEval documents a dev
    set references (8-character file-name prefix, make_heldout19.py's rule), the ENEIDE documents, WikiNEuRal and KIND
    sentences referenced by id (a unit of under 7 words: the whole of it).
Exclusion counts per source go to stderr.

A name is the mention's text (tokens joined as corpus_refs.detok / kind_detok join them), folded by fold(): accents
stripped, lower case, `’` → `'`, no space after an apostrophe, spaces collapsed. Only mentions opening with a capital letter count.
Output (deterministic, sorted by name), gzip, one name a line:
  NAME<TAB>PER<TAB>ORG<TAB>LOC<TAB>SRC_PER<TAB>SRC_ORG<TAB>SRC_LOC<TAB>SURNAME
where PER/ORG/LOC are mention counts, SRC_T the number of sources in which T is the name's majority type (ties count for
none), SURNAME the number of PERSON mentions of two or more words ending in NAME (one-word names only). Names seen once
in total (all columns) are dropped. No corpus sentence is written, only name strings with counts.
With --lower LOWER.tsv.gz (session 15, ner.CountedNames) a second file is written from the same counted units: for
every name of OUT, how often its words occur in the counted units' texts opening with a lower-case letter (a common
word: "stato", "paese", "congresso"), one name a line, NAME<TAB>LOWER, names never seen in lower case left out.
Usage: python3 dev/name_type_counts.py ../shared/data OUT.tsv.gz [--repo .] [--lower LOWER.tsv.gz]
"""
import argparse, csv, glob, gzip, hashlib, io, os, re, subprocess, sys, unicodedata
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_refs import conllu_rows, detok, kind_detok  # noqa: E402

TYPES = ('PER', 'ORG', 'LOC')
FOLDERS = ('extractor-core/src/test', 'dev', 'docs', 'models')
OWN = {'name_type_counts.py'}
WINDOW = 7


def fold(name):
    """The lookup key of a name, as ner.NameTypeCounts.key in Java: ner.NameKeys.fold (accents stripped, typographic
    apostrophes folded, lower case), no space after an apostrophe, spaces collapsed."""
    d = unicodedata.normalize('NFD', name)
    d = ''.join("'" if c in '\u2019\u2018`\u00b4\u02bc' else c for c in d
                if unicodedata.category(c) not in ('Mn', 'Mc'))
    s = re.sub(r"'\s+", "'", d.lower())
    return re.sub(r'\s+', ' ', s).strip()


def norm_words(s):
    return re.findall(r'[0-9a-zà-ÿ]+', s.lower())


def sha256(s):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()


def tracked_files(repo):
    out = subprocess.run(['git', 'ls-files', '--', 'README.md', *FOLDERS], cwd=repo, capture_output=True, text=True,
                         check=True).stdout.split('\n')
    return [os.path.join(repo, n) for n in out if n]


def worktree_files(repo):
    me = os.path.realpath(repo)
    paths = []
    for root in sorted(glob.glob('/work/wt-*')):
        if os.path.realpath(root) == me:
            continue
        paths.append(os.path.join(root, 'README.md'))
        for sub in FOLDERS:
            for d, _, fs in os.walk(os.path.join(root, sub)):
                paths += [os.path.join(d, f) for f in sorted(fs)]
    return paths


def read_all(paths):
    texts = []
    for p in paths:
        if os.path.basename(p) in OWN or not os.path.isfile(p) or os.path.getsize(p) > 50_000_000:
            continue
        try:
            texts.append((p, open(p, encoding='utf-8').read()))
        except UnicodeDecodeError:
            pass
    return texts


class Pool:
    """The 7-word windows of the reference pool, and its joined word string for units under 7 words."""

    def __init__(self):
        self.windows = set()
        self.parts = []

    def add(self, text):
        w = norm_words(text)
        self.parts.append(' ' + ' '.join(w) + ' ')
        for i in range(len(w) - WINDOW + 1):
            self.windows.add(hash(' '.join(w[i:i + WINDOW])))

    def close(self):
        self.joined = '\n'.join(self.parts)

    def repeats(self, text):
        w = norm_words(text)
        if not w:
            return False
        if len(w) < WINDOW:
            return (' ' + ' '.join(w) + ' ') in self.joined
        return any(hash(' '.join(w[i:i + WINDOW])) in self.windows for i in range(len(w) - WINDOW + 1))


def spans_iob(tags):
    """(begin, end, type) token spans of IOB2 or IO tags (a type change or B- opens a new span)."""
    out, cur = [], None
    for i, t in enumerate(tags + ['O']):
        t = t.strip()
        typ = t[2:] if t[:2] in ('B-', 'I-') else (t if t in TYPES or t == 'MISC' else None)
        opens = t.startswith('B-') or (typ is not None and (cur is None or cur[2] != typ))
        if cur and (typ is None or opens):
            out.append(tuple(cur))
            cur = None
        if typ is not None and cur is None:
            cur = [i, i + 1, typ]
        elif typ is not None:
            cur[1] = i + 1
    return [s for s in out if s[2] in TYPES]


def counted_units(data, repo):
    """The counted units of the silver sources, after the dev-set exclusion described above: a list of (source, text,
    mentions), mentions a list of (mention text, type) in text order (PER/ORG/LOC only), and the exclusion counts per
    source as (name, Counter). Also used by dev/person_words.py (session 18), so both count the same units."""
    files = read_all(tracked_files(repo)) + read_all(worktree_files(repo))
    alltext = '\n'.join(t for _, t in files)
    shas = set(re.findall(r'sha256=([0-9a-f]{8,})', alltext))
    sha_lens = sorted({len(s) for s in shas})

    def sha_hit(text):
        h = sha256(text)
        return any(h[:n] in shas for n in sha_lens)

    pool = Pool()
    devset_files = [t for p, t in files if '/devset/' in p]
    for t in devset_files:
        pool.add(t)
    low = alltext.lower()
    dg = sorted(glob.glob(f'{data}/dadoeval-degasperi/Test_Release/*/*.txt'))
    dg_used = [d for d in dg if os.path.basename(d)[:8].lower() in low]
    for d in dg_used:
        pool.add(open(d, encoding='utf-8').read())
    print(f'# reference text: {len(files)} files; {len(shas)} sha256 prefixes; {len(dg_used)} of {len(dg)} '
          f'DaDoEval documents referenced', file=sys.stderr)

    # Referenced units by id.
    wn_refs = {'test': set(), 'val': set()}
    for f, n in re.findall(r'(test|val)\.conllu\s+sentence=(\d+)', alltext):
        wn_refs[f].add(int(n))
    for n in re.findall(r'\b(?:wt|ws)-(\d{5})\b', alltext):
        wn_refs['test'].add(int(n))
    for n in re.findall(r'\b(?:wn-val|val|wv)-0*(\d+)\b', alltext):
        wn_refs['val'].add(int(n))
    kind_refs = defaultdict(set)
    for f, n in re.findall(r'(\w+_(?:train|dev|test)\.tsv)\s+sentence=(\d+)', alltext):
        kind_refs[f].add(int(n))
    used_numbers = set(re.findall(r'(?<!\d)(1\d{5})(?!\d)', alltext))

    wn = {}
    for split in ('val', 'test'):  # test only for the reference pool: it is held out
        wn[split] = conllu_rows(f'{data}/wikineural-it/{split}.conllu')
        for i in sorted(wn_refs[split]):
            if i < len(wn[split]):
                pool.add(detok([r[1] for r in wn[split][i]]))
    kind_files = {'WN_train.tsv': 'evalita-2023', 'FIC_train.tsv': 'evalita-2023', 'ADG_train.tsv': 'evalita-2023',
                  'moro_train.tsv': 'dataset'}
    for f, refs in sorted(kind_refs.items()):
        sub = 'dataset' if f.startswith('moro') else 'evalita-2023'
        path = f'{data}/kind/{sub}/{f}'
        if os.path.isfile(path):
            rows = conllu_rows(path)
            for i in sorted(refs):
                if i < len(rows):
                    pool.add(kind_detok([r[0] for r in rows[i]]))
    eneide = {}
    for split in ('train', 'dev', 'test'):
        raw = open(f'{data}/eneide-amd/paragraphs_{split}.csv', encoding='utf-8', newline='').read()
        eneide[split] = [r for r in csv.reader(io.StringIO(raw)) if r and r[0] != 'doc_id']
        for r in eneide[split]:
            if re.sub(r'\D', '', r[0]) in used_numbers:
                pool.add(r[2])
    pool.close()

    units = []
    stats = []

    def keep(text, by_id, stat):
        if by_id:
            stat['referenced by id'] += 1
        elif sha_hit(text):
            stat['sha256 prefix referenced'] += 1
        elif pool.repeats(text):
            stat['repeats dev-set text'] += 1
        else:
            stat['counted'] += 1
            return True
        return False

    for split in ('val',):
        stat = Counter()
        for i, rows in enumerate(wn[split]):
            toks = [r[1] for r in rows]
            text = detok(toks)
            if keep(text, i in wn_refs[split], stat):
                units.append(('wikineural', text, [(detok(toks[b:e]), typ)
                                                   for b, e, typ in spans_iob([r[2] for r in rows])]))
        stats.append((f'wikineural-it/{split}.conllu sentences', stat))
    for f, sub in kind_files.items():
        stat = Counter()
        for i, rows in enumerate(conllu_rows(f'{data}/kind/{sub}/{f}')):
            toks = [r[0] for r in rows]
            text = kind_detok(toks)
            if keep(text, i in kind_refs[f], stat):
                units.append(('kind-' + f.split('_')[0].lower(), text, [
                    (kind_detok(toks[b:e]), typ) for b, e, typ in spans_iob([r[1] if len(r) > 1 else 'O'
                                                                             for r in rows])]))
        stats.append((f'kind/{sub}/{f} sentences', stat))
    for split in ('train', 'dev'):
        stat = Counter()
        ok = {}
        for r in eneide[split]:
            if keep(r[2], re.sub(r'\D', '', r[0]) in used_numbers, stat):
                ok[r[0]] = (r[2], [])
        raw = open(f'{data}/eneide-amd/annotations_{split}.csv', encoding='utf-8', newline='').read()
        for r in csv.reader(io.StringIO(raw.replace('\r\r', '\n'))):
            if r and r[0] in ok:
                ok[r[0]][1].append((r[3], r[4]))
        units += [('eneide', text, mentions) for text, mentions in ok.values()]
        stats.append((f'eneide-amd/paragraphs_{split}.csv documents', stat))
    return units, stats


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('data')
    ap.add_argument('out')
    ap.add_argument('--repo', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
    ap.add_argument('--lower', metavar='LOWER.tsv.gz')
    args = ap.parse_args()
    units, stats = counted_units(args.data, args.repo)
    counts = defaultdict(lambda: defaultdict(Counter))  # name -> source -> type counts
    surname = defaultdict(Counter)  # last word -> source -> PER count

    def add(source, text, typ):
        text = text.strip()
        if not text or not text[0].isupper() or typ not in TYPES:
            return
        key = fold(text)
        counts[key][source][typ] += 1
        words = key.split(' ')
        if typ == 'PER' and len(words) >= 2:
            surname[words[-1]][source] += 1

    for source, _, mentions in units:
        for text, typ in mentions:
            add(source, text, typ)
    kept = [text for _, text, _ in units]  # the counted units' texts (for --lower)
    for name, stat in stats:
        print('# %s: %s' % (name, ', '.join(f'{k} {stat[k]}' for k in
                                             ('counted', 'referenced by id', 'sha256 prefix referenced',
                                              'repeats dev-set text'))), file=sys.stderr)

    lines = []
    for key in sorted(set(counts) | set(surname)):
        by_source = counts.get(key, {})
        total = Counter()
        src = Counter()
        for s, c in by_source.items():
            total.update(c)
            top = c.most_common(2)
            if top and (len(top) == 1 or top[0][1] > top[1][1]):
                src[top[0][0]] += 1
        sur = sum(surname[key].values()) if ' ' not in key else 0
        if sum(total.values()) + sur < 2 or '\t' in key:
            continue
        lines.append('\t'.join([key] + [str(total[t]) for t in TYPES] + [str(src[t]) for t in TYPES] + [str(sur)]))
    with gzip.GzipFile(args.out, 'wb', mtime=0) as g:
        g.write(('\n'.join(lines) + '\n').encode('utf-8'))
    print(f'# {len(lines)} names written to {args.out}', file=sys.stderr)
    if args.lower:
        write_lower(args.lower, [line.split('\t', 1)[0] for line in lines], kept)


LOWER_TOKEN = re.compile(r"\w+|[^\w\s]")


def write_lower(path, names, texts):
    """NAME<TAB>LOWER: how often a name's folded tokens occur in the texts opening with a lower-case letter."""
    index = {tuple(fold(t) for t in LOWER_TOKEN.findall(n)): n for n in names}
    longest = max(len(k) for k in index)
    lower = Counter()
    for text in texts:
        toks = LOWER_TOKEN.findall(text)
        keys = [fold(t) for t in toks]
        for i, t in enumerate(toks):
            if not t[0].islower():
                continue
            for n in range(1, min(longest, len(toks) - i) + 1):
                name = index.get(tuple(keys[i:i + n]))
                if name is not None:
                    lower[name] += 1
    rows = ['%s\t%d' % (n, lower[n]) for n in sorted(lower)]
    with gzip.GzipFile(path, 'wb', mtime=0) as g:
        g.write(('\n'.join(rows) + '\n').encode('utf-8'))
    print(f'# {len(rows)} names seen in lower case written to {path}', file=sys.stderr)


if __name__ == '__main__':
    main()
