"""The whole-document dates draw of blind19 and blind20 (dev/pick_time_blind19.py, dev/pick_time_blind20.py): one
copy of the code both ran, parameterised by the commit whose tracked files name what is out (START), the tag of the
draw's own files, and the default counts. Reads corpus text and git only; never runs the system; prints, writes nothing.
The exclusions and tiers are described in dev/pick_time_blind19.py.
"""
import hashlib, os, random, re, subprocess, sys
sys.path.insert(0, 'dev')
from corpus_refs import conllu, detok, sha
from time_draw import SEED, DATA, DG, cue, degasperi, gold_years, split
from pick_time_blind15 import HIST

HERE = os.path.abspath('.')
ID = re.compile(r'[0-9a-f]{8}')
DATES = re.compile(r'devset/time/|docs/time[^/]*$|dev/(?:pick_time|make_time|time_)')
EVENTS = re.compile(r'devset/events/|docs/events\.md$|dev/(?:make_heldout|event_)')
DEVSET = re.compile(r'(?:^|/)extractor-core/src/test/resources/devset/')


def tracked(start, tag):
    """(path, text) of every text file tracked at commit start, except the draw's own files (names containing tag)."""
    paths = subprocess.run(['git', 'ls-tree', '-r', '--name-only', start], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    objs = '\n'.join(f'{start}:{p}' for p in paths) + '\n'
    raw = subprocess.run(['git', 'cat-file', '--batch'], input=objs.encode(), capture_output=True, check=True).stdout
    out, i = [], 0
    for p in paths:
        head_end = raw.index(b'\n', i)
        size = int(raw[i:head_end].split()[2])
        body = raw[head_end + 1:head_end + 1 + size]
        i = head_end + 1 + size + 1
        if tag not in os.path.basename(p) and b'\0' not in body[:8000]:
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


def norm(t):
    return ''.join(c for c in t.lower() if c.isalnum())


class WholeDocumentDraw:
    """The texts a draw excludes (tracked at start, plus sibling worktrees) and the two pools drawn against them."""

    def __init__(self, start, tag):
        self.tracked = tracked(start, tag)
        self.texts = self.tracked + siblings()
        self.copy_sq = ' '.join('\n'.join(t for p, t in self.texts if DATES.search(p)).split())

    def ids(self, pattern):
        return {m for p, t in self.texts if pattern.search(p) for m in ID.findall(t)}

    def copied(self, t):
        """Whether a 60-character probe (normalised spacing) of any sentence of t longer than 80 characters is copied."""
        for s in split.split(t.strip()):
            s = ' '.join(s.split())
            if len(s) > 80 and any(s[i:i + 60] in self.copy_sq for i in range(0, len(s) - 60, 60)):
                return True
        return False

    def dg_draw(self):
        """(pool, counts): the pool files (genre, folder, file, text, tier) in the seed order, and the exclusion counts."""
        all_ids = {m for p, t in self.texts for m in ID.findall(t)}
        dates, events, devset = self.ids(DATES), self.ids(EVENTS), self.ids(DEVSET)
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
            if not self.copied(t) and not dup:
                pool.append((g, d, f, t, 'none' if f[:8] not in devset else 'events' if f[:8] in events else 'names'))
        counts['then copied into a dates file or duplicating a file a dates file names'] = len(rest) - len(pool)
        counts['pool'] = len(pool)
        counts['pool named by no dev-set file'] = sum(x[4] == 'none' for x in pool)
        counts['pool named by an events file'] = sum(x[4] == 'events' for x in pool)
        counts['pool named only by names parts'] = sum(x[4] == 'names' for x in pool)
        return pool, counts

    def wn_draw(self):
        refs = '\n'.join(t for p, t in self.tracked)  # START only: a sibling's reference reshuffles the whole list
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


def main(start, tag, dg_default, wn_default):
    """Prints the draw (exclusion counts and references; --text in sys.argv adds the texts); DG_N / WN_N override the counts."""
    draw = WholeDocumentDraw(start, tag)
    show = '--text' in sys.argv
    dg_n, wn_n = (int(os.environ.get(k, d)) for k, d in (('DG_N', str(dg_default)), ('WN_N', str(wn_default))))
    gold = gold_years()
    pool, counts = draw.dg_draw()
    print('# DG', ', '.join(f'{k}: {v}' for k, v in counts.items()), f'; taken {min(dg_n, len(pool))}')
    for g, d, f, t, tier in pool[:dg_n]:
        print('DG', f'dg-{f[:8]}', tier, f'dadoeval-degasperi/Test_Release/{g}/{f} sha256={sha(t)}', gold[f], len(t),
              ('::\n' + t) if show else '')
    wn = draw.wn_draw()
    print(f'# WN pool: {len(wn)} sentences; taken {min(wn_n, len(wn))}')
    for name, i, t in wn[:wn_n]:
        print('WN', f'wn-{name}-{i}', f'wikineural-it/{name}.conllu sentence={i} sha256={sha(t)}',
              ('::\n' + t) if show else '')
