"""How the blind17 items were drawn (run from the repository root; prints, writes nothing). No system output is read,
the system is never run.

Corpus: KIND's De Gasperi sections (kind/evalita-2023/ADG_dev.tsv, ADG_test.tsv, ADG_train.tsv; CC BY-NC-SA, text by
reference only), sentences rebuilt with corpus_refs.kind_detok. Key of a sentence = `FILE:N` (file name, 0-based
sentence index); session-13 split h(key) = int(sha1('s13:' + key), 16): dates take the ODD keys (the events set 19
takes the even ones).
Excluded:
- a sentence any file tracked at START names (`ADG_x.tsv sentence=N`, `ka-x-N`) or copies (60-character probes,
  time_draw.copied_in, on the normalised spacing of every tracked text file);
- a sentence whose normalised text (lower case, letters and digits only, at least 30 of them) occurs in a DaDoEval
  Test_Release document that a dev set references (its 8-hex id is named under devset/ at START); a sentence that
  matches a DaDoEval document no dev set names keeps that document's DaDoEval gold year as its document date.
Target sentences (odd keys, unexcluded), each tier in the seed order (sorted keys shuffled with
random.Random(time_draw.SEED)), all taken (D_N, N_N, C_N, default 1000 each, cap them):
- tier D: a date cue and a strong cue (time_draw.excerpt's filter);
- tier N: a digit but no date cue (precision: numbers that are no dates, datelines);
- tier C: a date cue but no strong cue and no digit ("ordine del giorno", "un giorno", durations).
Passages (one dev-set document `ka-FILE-A-B` each, FILE = dev|test|train): every target sentence with the CONTEXT
(default 3) sentences before it, runs that overlap or touch merged; the text is sentences A..B joined by single spaces,
referenced in corpus-refs.tsv as `kind/evalita-2023/ADG_FILE.tsv sentences=A-B sha256=PREFIX`. Every date of the
whole passage is annotated (the context sentences of any parity too: they are read for anchoring and scored with the
passage; the events set 19 annotates events, not dates, in the even ones). KIND has no document boundaries, so a passage
may cross one. The key of a passage (for the a/b split) is that of its last sentence B (always a target).
Split (dev/time_blind17_parts.py): int(sha1('s13ab:' + key), 16) % 2, 0 -> a, 1 -> b.
`--text` prints the sentences of every passage (for the annotator; never committed).
"""
import hashlib, os, random, re, subprocess, sys
sys.path.insert(0, 'dev')
from corpus_refs import kind_detok, kind_sentences, sha
from time_draw import SEED, DATA, DG, cue, excerpt, gold_years, copied_in

START = '5b8ed64'
FILES = ('ADG_dev.tsv', 'ADG_test.tsv', 'ADG_train.tsv')
SHORT = {'ADG_dev.tsv': 'dev', 'ADG_test.tsv': 'test', 'ADG_train.tsv': 'train'}
CONTEXT = int(os.environ.get('CONTEXT', '3'))
ID = re.compile(r'[0-9a-f]{8}')


def h(key):
    return int(hashlib.sha1(('s13:' + key).encode()).hexdigest(), 16)


def norm(t):
    return ''.join(c for c in t.lower() if c.isalnum())


def tracked():
    """(path, text) of every text file tracked at START except this draw's own files."""
    paths = subprocess.run(['git', 'ls-tree', '-r', '--name-only', START], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    objs = '\n'.join(f'{START}:{p}' for p in paths) + '\n'
    raw = subprocess.run(['git', 'cat-file', '--batch'], input=objs.encode(), capture_output=True, check=True).stdout
    out, i = [], 0
    for p in paths:
        head_end = raw.index(b'\n', i)
        size = int(raw[i:head_end].split()[2])
        body = raw[head_end + 1:head_end + 1 + size]
        i = head_end + 1 + size + 1
        if 'blind17' not in p and b'\0' not in body[:8000]:
            out.append((p, body.decode('utf-8', 'ignore')))
    return out


def dadoeval():
    """(file name, normalised text) of every DaDoEval Test_Release document."""
    out = []
    for g in ('same-genre', 'cross-genre'):
        d = DG + 'Test_Release/' + g + '/'
        for f in sorted(os.listdir(d)):
            out.append((f, norm(open(d + f, encoding='utf-8').read())))
    return out


def draw():
    texts = tracked()
    ref = '\n'.join(t for _, t in texts)
    ref_sq = ' '.join(ref.split())
    named = {(m.group(1), int(m.group(2))) for m in re.finditer(r'(ADG_(?:dev|test|train)\.tsv) sentence=(\d+)', ref)}
    named |= {('ADG_' + m.group(1) + '.tsv', int(m.group(2))) for m in re.finditer(r'\bka-(dev|test|train)-(\d+)', ref)}
    devset_ids = set()
    for p, t in texts:
        if '/devset/' in p:
            devset_ids |= set(ID.findall(t))
    dg = dadoeval()
    gold = gold_years()
    sents = {f: [kind_detok(s) for s in kind_sentences(DATA + 'kind/evalita-2023/' + f)] for f in FILES}
    stats = {'odd': 0, 'named': 0, 'copied': 0, 'dadoeval_ref': 0, 'dadoeval_free': 0}
    tier_d, tier_n, tier_c = [], [], []
    keys = sorted(f'{f}:{i}' for f in FILES for i in range(len(sents[f])))
    random.Random(SEED).shuffle(keys)
    for key in keys:
        if h(key) % 2 == 0:
            continue
        stats['odd'] += 1
        f, i = key.split(':')
        i = int(i)
        t = sents[f][i]
        is_d = bool(excerpt(t))
        is_n = not is_d and bool(re.search(r'\d', t))
        is_c = not is_d and not is_n and bool(cue.search(t))
        if not (is_d or is_n or is_c):
            continue
        if (f, i) in named:
            stats['named'] += 1
            continue
        if copied_in(t, ref_sq):
            stats['copied'] += 1
            continue
        n = norm(t)
        year = None
        if len(n) >= 30:
            hits = [name for name, d in dg if n in d]
            if any(name[:8] in devset_ids for name in hits):
                stats['dadoeval_ref'] += 1
                continue
            if hits:
                stats['dadoeval_free'] += 1
                year = gold.get(hits[0])
        (tier_d if is_d else tier_n if is_n else tier_c).append((key, f, i, t, year))
    return sents, stats, tier_d, tier_n, tier_c


def passages(sents, items):
    """The passages of the taken items: per file, the runs [i - CONTEXT, i] of every target sentence i, merged when
    they overlap or touch; (file, first, last, targets) each."""
    out = []
    for f in FILES:
        idx = sorted(i for _, ff, i, _, _ in items if ff == f)
        runs = []
        for i in idx:
            a = max(0, i - CONTEXT)
            if runs and a <= runs[-1][1] + 1:
                runs[-1][1] = i
                runs[-1][2].append(i)
            else:
                runs.append([a, i, [i]])
        out += [(f, a, b, t) for a, b, t in runs]
    return out


def passage_text(sents, f, a, b):
    """The text of sentences a..b of file f, joined by single spaces (TemporalCorpusText joins them the same way)."""
    return ' '.join(sents[f][a:b + 1])


if __name__ == '__main__':
    show = '--text' in sys.argv
    d_n, n_n, c_n = (int(os.environ.get(k, '1000')) for k in ('D_N', 'N_N', 'C_N'))
    sents, stats, tier_d, tier_n, tier_c = draw()
    print(f'# odd-key sentences: {stats["odd"]}; candidates excluded: named {stats["named"]}, copied {stats["copied"]},'
          f' duplicating a DaDoEval document a dev set references {stats["dadoeval_ref"]}; matching an unreferenced'
          f' DaDoEval document (year kept) {stats["dadoeval_free"]}')
    print(f'# tier D (date cue + strong cue): {len(tier_d)}, taken {min(d_n, len(tier_d))};'
          f' tier N (digit, no date cue): {len(tier_n)}, taken {min(n_n, len(tier_n))};'
          f' tier C (date cue, no strong cue, no digit): {len(tier_c)}, taken {min(c_n, len(tier_c))}')
    items = tier_d[:d_n] + tier_n[:n_n] + tier_c[:c_n]
    tier = {(f, i): t for t, items_t in (('D', tier_d[:d_n]), ('N', tier_n[:n_n]), ('C', tier_c[:c_n]))
            for _, f, i, _, _ in items_t}
    years = {(f, i): y for _, f, i, _, y in items if y}
    ps = passages(sents, items)
    print(f'# passages: {len(ps)} ({sum(b - a + 1 for _, a, b, _ in ps)} sentences, {len(items)} targets)')
    for f, a, b, targets in ps:
        t = passage_text(sents, f, a, b)
        doc = f'ka-{SHORT[f]}-{a}-{b}'
        key = f'{f}:{b}'
        print('KA', doc, f'kind/evalita-2023/{f} sentences={a}-{b} sha256={sha(t)}', 'key=' + key,
              'targets=' + ','.join(f'{i}{tier[(f, i)]}' for i in targets),
              'year=' + (years.get((f, targets[0])) or '-'))
        if show:
            for j in range(a, b + 1):
                print(f'::{"TGT" if (f, j) in tier else "ctx"} ka-{SHORT[f]}-{j}', sents[f][j])
