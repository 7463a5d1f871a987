"""Shared draw code of the time dev-set parts (blind11 on; pick_time_blind5..9.py keep their own copies so that
their draws stay byte-identical; pick_time_blind10.py calls pick_time_blind9.draw). Reads only corpus text and
dev-set files; never runs the system.

- `Exclusions(roots, own)`: every 8-hex id and every copied text of the dev sets under `roots` (this worktree's
  devset and those of sibling worktrees that exist), minus the documents of the part being drawn (`own`, a glob of
  its own tsv files, so that a re-run after committing the part reproduces the draw).
- `cue`, `strong`, `split`, `excerpt`: blind9's neutral pre-filter (a sentence holding a date cue and a strong cue: a
  digit, a month, a season or a relative-time word).
- `degasperi(residues, exclusions)`: DaDoEval Test_Release files (same-genre and cross-genre) whose name satisfies
  int(sha1(name), 16) % 6 in residues, each folder sorted then shuffled with random.Random(SEED), interleaved.
- `print_degasperi(exclusions, residues, gold)`: blind11/12's DG lines (unused files of `degasperi` that pass `excerpt`).
- `paragraphs(t)`: blind14/16's excerpt of a file: runs of sentences that pass the pre-filter, each with the sentence
  before it, runs that touch merged.
- `copied_in(t, refs)`: whether 60-character probes of a text occur in the reference text `refs`.
- `eneide_tiers(keep)`: ENEIDE AMD paragraph rows (split, doc_id, text, publication_date) in two tiers (test; train +
  dev), those that keep(tier, row) accepts, each tier sorted by doc_id then shuffled with random.Random(SEED).
- `ud_texts(path)`: (reference, text) of a UD file's sentences, by sent_id.
- `unreferenced(items, ref, text, exclusions, keep, limit)`: sentence draws of blind11-14 (the items shuffled
  with random.Random(SEED), those no dev set references or copies, that keep accepts, at most limit).
"""
import os, re, random, glob, hashlib, csv

SEED = 20261126
DATA = '/work/shared/data/'
DG = DATA + 'dadoeval-degasperi/'
MON = r'(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)'
cue = re.compile(r"(?<![\w])(?:1[0-9]\d\d|'\d\d|" + MON + r"|anno|anni|annata|mese|mesi|giorno|secolo|decennio|autunno|inverno|primavera|estate|natale|pasqua|quest'anno)(?![\w])", re.I)
strong = re.compile(r"\d|(?<![\w])(?:" + MON + r"|autunno|inverno|primavera|estate|scors[oa]|prossim[oa]|success\w+|seguente|precedente|fa|or sono|dopo|prima|quest'anno|ieri|secolo|anni)(?![\w])", re.I)
split = re.compile(r'(?<=[.!?;»])\s+(?=[«"“A-ZÀÈÉÌÒÙ])')


def excerpt(t):
    """The sentences of a text holding a date cue and a strong cue."""
    return [s.strip() for s in split.split(t.strip()) if cue.search(s) and strong.search(s)]


def paragraphs(t):
    """The runs of consecutive date-bearing sentences, each with the sentence before it, runs that touch merged."""
    sents = [s.strip() for s in split.split(t.strip())]
    hit = [bool(cue.search(s) and strong.search(s)) for s in sents]
    keep = [False] * len(sents)
    for i, h in enumerate(hit):
        if h:
            keep[i] = True
            if i > 0:
                keep[i - 1] = True
    out, cur = [], []
    for s, k in zip(sents, keep):
        if k:
            cur.append(s)
        elif cur:
            out.append(' '.join(cur))
            cur = []
    if cur:
        out.append(' '.join(cur))
    return out


def copied_in(t, refs):
    """Whether a text is copied into refs: any of up to eight 60-character probes of its normalised spacing occurs."""
    t = ' '.join(t.split())
    probes = [t[i:i + 60] for i in range(0, max(1, len(t) - 60), max(60, len(t) // 8))]
    return any(p in refs for p in probes if len(p) == 60)


def eneide_tiers(keep):
    """ENEIDE AMD rows (split, doc_id, text, publication_date): tier 0 test, tier 1 train + dev, kept by keep(tier, row)."""
    tiers = []
    for tier, splits in enumerate((('test',), ('train', 'dev'))):
        rows = []
        for s in splits:
            with open(DATA + f'eneide-amd/paragraphs_{s}.csv', encoding='utf-8', newline='') as fh:
                for r in csv.DictReader(fh):
                    if keep(tier, r):
                        rows.append((s, r['doc_id'], r['text'], r['publication_date']))
        rows.sort(key=lambda r: r[1])
        random.Random(SEED).shuffle(rows)
        tiers.append(rows)
    return tiers


class Exclusions:
    """Ids and copied texts of every existing dev set under the given worktree roots (relative or absolute)."""

    def __init__(self, roots, own_glob):
        devsets = [r + '/extractor-core/src/test/resources/devset' for r in roots
                   if os.path.isdir(r + '/extractor-core/src/test/resources/devset')]
        part = os.path.basename(own_glob).split('*')[0].split('.')[0]  # e.g. 'blind11': the part's own files
        mine = set()
        for f in glob.glob(own_glob):
            mine |= {l.split('\t')[0].strip() for l in open(f, encoding='utf-8') if not l.startswith('#')}
        self.used, parts = set(), []
        for d in devsets:
            for f in glob.glob(d + '/**/*', recursive=True):
                base = os.path.basename(f)
                if not os.path.isfile(f) or base[:-4] in mine or part in base:
                    continue
                s = ''.join(l for l in open(f, encoding='utf-8', errors='ignore') if l.split('\t')[0] not in mine)
                parts.append(s)
                self.used |= set(re.findall(r'[0-9a-f]{8}', s))
                self.used.add(base[3:11])
        self.allrefs = '\n'.join(parts)

    def copied(self, t):
        return copied_in(t, self.allrefs)

    def referenced(self, pattern):
        return re.search(pattern, self.allrefs) is not None


def print_degasperi(exclusions, residues, gold):
    """Prints a DG line (genre, id, gold year, excerpt sentences, date cues) for each file of degasperi(residues) whose
    id the exclusions do not use, with an excerpt sentence and no text copied into a dev set; returns the count of
    files with an unused id (blind11, blind12)."""
    pool = 0
    for g, d, f in degasperi(residues):
        if f[:8] in exclusions.used:
            continue
        pool += 1
        t = open(d + f, encoding='utf-8').read()
        e = excerpt(t)
        if len(e) < 1 or exclusions.copied(t):
            continue
        print('DG', g, f[:8], gold[f], len(e), sum(len(cue.findall(s)) for s in e))
    return pool


def ud_texts(path):
    """(f'{path} sent_id=ID', text) of the sentences of the UD file path (under DATA), from its comment lines."""
    out, sid = [], None
    for line in open(DATA + path, encoding='utf-8'):
        if line.startswith('# sent_id'):
            sid = line.split('=', 1)[1].strip()
        elif line.startswith('# text =') and sid is not None:
            out.append((f'{path} sent_id={sid}', line.split('=', 1)[1].strip()))
    return out


def unreferenced(items, ref, text, exclusions, keep, limit):
    """(item, ref(item), text(item)) of the items shuffled with random.Random(SEED) whose reference (followed by a word
    boundary) the dev sets of exclusions do not name and whose text they do not hold, and that keep(text) accepts;
    it stops after the limit-th (no limit if limit < 1)."""
    items = list(items)
    random.Random(SEED).shuffle(items)
    taken = 0
    for i in items:
        t = text(i)
        r = ref(i)
        if exclusions.referenced(re.escape(r) + r'\b') or t in exclusions.allrefs:
            continue
        if keep(t):
            yield i, r, t
            taken += 1
            if taken == limit:
                return


def gold_years():
    gold = {}
    for g in ('same-genre', 'cross-genre'):
        for line in open(DG + f'Gold-test/GoldStandard_{g}.tsv', encoding='utf-8'):
            p = line.rstrip('\n').split('\t')
            if len(p) > 1:
                gold[p[0]] = p[1]
    return gold


def degasperi(residues):
    """(genre, folder, file) of the residue files, both genres interleaved in the seed order."""
    lists = []
    for g in ('same-genre', 'cross-genre'):
        d = DG + 'Test_Release/' + g + '/'
        files = sorted(f for f in os.listdir(d) if int(hashlib.sha1(f.encode()).hexdigest(), 16) % 6 in residues)
        random.Random(SEED).shuffle(files)
        lists.append([(g, d, f) for f in files])
    n = min(map(len, lists))
    return [x for pair in zip(*lists) for x in pair] + [x for l in lists for x in l[n:]]
