"""How the blind20 items were drawn (run from the repository root; prints, writes nothing). No system output is read,
the system is never run. A copy of dev/pick_time_blind19.py with START = main 45c0dbe9 (session 25); its own files are
`*blind20*`.

Session 25: a fresh unseen dates set on WHOLE documents, the successor of blind19 (same pool, same seed order, same
exclusions by stage; blind19's files are now named by dates files and so are out). "Named" = the 8-hex prefix of a
DaDoEval file occurs in a file tracked at START (read from git so that a re-run after committing blind20 reproduces
the draw) or in a file of another worktree (/work/wt-* except this one; .git and target/ skipped).
- DG (part `dg-`): DaDoEval Test_Release files (same-genre and cross-genre, interleaved in time_draw's seed order) not
  named by a DATES file (devset/time/ including years.tsv, corpus-refs.tsv, blind18 and blind19, docs/time*.md,
  dev/pick_time*, dev/make_time*, dev/time_*) unless no dev-set file names them, then not copied into a dates file
  (60-character probes of every sentence) and not duplicating a file a dates file names (200-character probes of
  normalised letters and digits); tiers `none` / `events` / `names` as in blind19. ALL of the pool is taken (DG_N
  default 200: the pool, about 51 files, is smaller), each document WHOLE; document date = the DaDoEval gold year.
  Referenced as `dadoeval-degasperi/Test_Release/GENRE/FILE sha256=PREFIX` (corpus-refs.tsv), never copied.
- WN (part `wn-`): WikiNEuRal-it val.conllu and test.conllu sentences named by no file tracked at START (blind18's and
  blind19's are thus out; sibling worktrees are checked after the draw, not read by it, as in blind19), not copied,
  with a 1xxx year, a date cue and a history/politics word, interleaved in the seed order; the first WN_N (default 40),
  a top-up because the DG pool alone gives fewer than 150 expressions.
`--text` prints every text (for the annotator; never committed).
Split (dev/time_blind20_parts.py): int(sha1('s25t:' + key), 16) % 2, 0 -> a, 1 -> b (key = the DaDoEval file name or
`val:N` / `test:N`).
"""
import hashlib, os, random, re, subprocess, sys
sys.path.insert(0, 'dev')
from corpus_refs import conllu, detok, sha
from time_draw import SEED, DATA, DG, cue, degasperi, gold_years, split
from pick_time_blind15 import HIST

START = '45c0dbe9'
HERE = os.path.abspath('.')
ID = re.compile(r'[0-9a-f]{8}')
DATES = re.compile(r'devset/time/|docs/time[^/]*$|dev/(?:pick_time|make_time|time_)')
EVENTS = re.compile(r'devset/events/|docs/events\.md$|dev/(?:make_heldout|event_)')
DEVSET = re.compile(r'(?:^|/)extractor-core/src/test/resources/devset/')


def own(path):
    return 'blind20' in os.path.basename(path)


def tracked():
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
        if not own(p) and b'\0' not in body[:8000]:
            out.append((p, body.decode('utf-8', 'ignore')))
    return out


def siblings():
    out = []
    for w in sorted(os.listdir('/work')):
        root = '/work/' + w
        if not w.startswith('wt-') or os.path.abspath(root) == HERE:
            continue
        for dirpath, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d not in ('.git', 'target', 'node_modules')]
            for f in files:
                p = os.path.join(dirpath, f)
                try:
                    if os.path.getsize(p) > 50_000_000:
                        continue
                    b = open(p, 'rb').read()
                except OSError:
                    continue
                if b'\0' not in b[:8000]:
                    rel = p[len(root) + 1:]
                    out.append((rel, b.decode('utf-8', 'ignore')))
    return out


TRACKED = tracked()
TEXTS = TRACKED + siblings()


def ids(pattern):
    return {m for p, t in TEXTS if pattern.search(p) for m in ID.findall(t)}


def norm(t):
    return ''.join(c for c in t.lower() if c.isalnum())


COPY_SQ = ' '.join('\n'.join(t for p, t in TEXTS if DATES.search(p)).split())


def copied(t):
    """Whether a 60-character probe (normalised spacing) of any sentence of t longer than 80 characters is copied."""
    for s in split.split(t.strip()):
        s = ' '.join(s.split())
        if len(s) > 80 and any(s[i:i + 60] in COPY_SQ for i in range(0, len(s) - 60, 60)):
            return True
    return False


def dg_draw():
    """(pool, counts): the pool files (genre, folder, file, text, tier) in the seed order, and the exclusion counts."""
    all_ids = {m for p, t in TEXTS for m in ID.findall(t)}
    dates, events, devset = ids(DATES), ids(EVENTS), ids(DEVSET)
    files = degasperi(range(6))
    counts = {'files': len(files), 'named by no file': sum(f[:8] not in all_ids for g, d, f in files)}
    counts['named by no dev-set file'] = sum(f[:8] not in devset for g, d, f in files)
    rest = [(g, d, f) for g, d, f in files if f[:8] not in dates or f[:8] not in devset]
    counts['named by a dates file (and by a dev-set file)'] = len(files) - len(rest)
    dates_norm = '|'.join(norm(open(d + f, encoding='utf-8').read()) for g, d, f in files if f[:8] in dates)
    pool = []
    for g, d, f in rest:
        t = open(d + f, encoding='utf-8').read()
        n = norm(t)
        dup = any(n[i:i + 200] in dates_norm for i in range(0, max(1, len(n) - 200), 200) if len(n[i:i + 200]) == 200)
        if not copied(t) and not dup:
            pool.append((g, d, f, t, 'none' if f[:8] not in devset else 'events' if f[:8] in events else 'names'))
    counts['then copied into a dates file or duplicating a file a dates file names'] = len(rest) - len(pool)
    counts['pool'] = len(pool)
    counts['pool named by no dev-set file'] = sum(x[4] == 'none' for x in pool)
    counts['pool named by an events file'] = sum(x[4] == 'events' for x in pool)
    counts['pool named only by names parts'] = sum(x[4] == 'names' for x in pool)
    return pool, counts


def wn_draw():
    refs = '\n'.join(t for p, t in TRACKED)  # START only: a sibling's reference reshuffles the whole list
    out = []
    lists = []
    for name in ('val', 'test'):
        used = {int(n) for n in re.findall(r'(?:' + name + r'\.conllu sentence=|wn-' + name + r'-|h\d\d-' + name
                                           + r'-|h\d\d-per-' + name + r'-)(\d+)', refs)}
        S = conllu(DATA + f'wikineural-it/{name}.conllu')
        items = sorted(i for i in range(len(S)) if i not in used)
        random.Random(SEED).shuffle(items)
        keep = []
        for i in items:
            t = detok(S[i])
            if re.search(r'\b1\d\d\d\b', t) and cue.search(t) and HIST.search(t) and t not in refs:
                keep.append((name, i, t))
        lists.append(keep)
    n = min(map(len, lists))
    return [x for pair in zip(*lists) for x in pair] + [x for l in lists for x in l[n:]]


if __name__ == '__main__':
    show = '--text' in sys.argv
    dg_n, wn_n = (int(os.environ.get(k, d)) for k, d in (('DG_N', '200'), ('WN_N', '40')))
    gold = gold_years()
    pool, counts = dg_draw()
    print('# DG', ', '.join(f'{k}: {v}' for k, v in counts.items()), f'; taken {min(dg_n, len(pool))}')
    for g, d, f, t, tier in pool[:dg_n]:
        print('DG', f'dg-{f[:8]}', tier, f'dadoeval-degasperi/Test_Release/{g}/{f} sha256={sha(t)}', gold[f], len(t),
              ('::\n' + t) if show else '')
    wn = wn_draw()
    print(f'# WN pool: {len(wn)} sentences; taken {min(wn_n, len(wn))}')
    for name, i, t in wn[:wn_n]:
        print('WN', f'wn-{name}-{i}', f'wikineural-it/{name}.conllu sentence={i} sha256={sha(t)}',
              ('::\n' + t) if show else '')
