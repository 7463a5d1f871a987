"""How the blind16 items were drawn (run from the repository root; prints, writes nothing unless --write). No system
output is read, the system is never run.

Session-11 share of the dates engineer: only keys with int(sha1(('s11t:' + key)), 16) % 3 == 0 (pick_time_blind15.h
with salt 's11t:'). Keys: a DaDoEval file name (`<uuid>.txt`), an ENEIDE `doc_id` (`document_N.html`), a WikiNEuRal-it
val sentence as `val:N` (0-based index in val.conllu).
"Referenced" = the id occurs in any file tracked at START (main ea10f09, read from git so that a re-run after
committing blind16 reproduces the draw) or in any file of the other session-11 worktrees (/work/wt-* except this one,
.git and target/ skipped), in the forms used there: the 8-hex prefix of a DaDoEval file (or 60 characters of its text
copied into a file); `document_N.html` or `en-N` for ENEIDE; `val.conllu sentence=N`, `wn-val-N`, `hNN-val-N`,
`hNN-per-val-N` (or the detokenised sentence copied) for WikiNEuRal val.
- DG: DaDoEval Test_Release files (same-genre, cross-genre) in the share, unreferenced; both genres interleaved in the
  seed order (time_draw.degasperi's order); the excerpt of a file is its first PARAS (default 4) 'paragraphs' (runs of
  sentences holding a date cue and a strong cue, time_draw's filter, each with the sentence before it; blind14's
  definition), written to texts/dg-ID.txt (--write); the document date is the DaDoEval gold year (years.tsv).
- EN: ENEIDE AMD paragraphs (test, then train + dev) in the share, unreferenced, that hold a sentence with a date cue and
  a strong cue (time_draw.excerpt) and have at most 2500 characters; each list sorted then shuffled with
  random.Random(time_draw.SEED); the publication_date is the document date.
- WV: WikiNEuRal-it val.conllu sentences in the share, unreferenced, detokenised with corpus_refs.detok, with a 1xxx
  year and a date cue and a history/politics word (pick_time_blind15.HIST), seed order.
Taken: the first DG_N (env, default 1000: all) DG files, EN_N (default 40) EN and WV_N (default 40) WV items.
Split (dev/time_blind16_parts.py): int(sha1(('s11ab:' + key)), 16) % 2, 0 -> a, 1 -> b.
"""
import os, re, random, subprocess, sys
sys.path.insert(0, 'dev')
from corpus_refs import conllu, detok, sha
from time_draw import SEED, DATA, DG, cue, excerpt, degasperi, gold_years, paragraphs, copied_in, eneide_tiers
from pick_time_blind15 import h, HIST

START = 'ea10f09'
HERE = os.path.abspath('.')
DEVSET = 'extractor-core/src/test/resources/devset/'
PARAS = int(os.environ.get('PARAS', '4'))
ID = re.compile(r'[0-9a-f]{8}')


def share(key):
    return h(key, 's11t:') % 3 == 0


def own(path):
    return 'blind16' in os.path.basename(path) or 'pick_time_blind16' in path


def tracked_texts():
    paths = [p for p in subprocess.run(['git', 'ls-tree', '-r', '--name-only', START], capture_output=True, text=True,
                                       check=True).stdout.splitlines()]
    objs = '\n'.join(f'{START}:{p}' for p in paths) + '\n'
    raw = subprocess.run(['git', 'cat-file', '--batch'], input=objs.encode(), capture_output=True, check=True).stdout
    out, i = [], 0
    for p in paths:
        head_end = raw.index(b'\n', i)
        size = int(raw[i:head_end].split()[2])
        body = raw[head_end + 1:head_end + 1 + size]
        i = head_end + 1 + size + 1
        if not own(p) and b'\0' not in body[:8000]:
            out.append(p + '\n' + body.decode('utf-8', 'ignore'))
    return out


def sibling_texts():
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
                    out.append(p + '\n' + b.decode('utf-8', 'ignore'))
    return out


TEXTS = tracked_texts() + sibling_texts()
REF = '\n'.join(TEXTS)
REF_SQ = ' '.join(REF.split())
IDS = set(ID.findall(REF))
EN_USED = set(re.findall(r'document_(\d+)\.html', REF)) | set(re.findall(r'(?<![\w-])en-(\d{6})(?!\d)', REF))
WV_USED = {int(n) for n in re.findall(r'(?:val\.conllu sentence=|wn-val-|h\d\d-val-|h\d\d-per-val-)(\d+)', REF)}


def copied(t):
    return copied_in(t, REF_SQ)


def time_ids():
    """Ids of the DaDoEval files that a dates dev set, a dates draw script or docs/time.md names (any worktree)."""
    out = set()
    for t in TEXTS:
        name = t.split('\n', 1)[0]
        if '/devset/time/' in name or name.endswith('docs/time.md') or re.search(r'dev/(?:pick_time|make_time|time_)', name):
            out |= set(ID.findall(t))
    return out


def char_ranges():
    """(8-hex id -> [(begin, end)]) of the `<id>... chars=B-E` references of every file (names sources lists)."""
    out = {}
    for m in re.finditer(r'([0-9a-f]{8})-[0-9a-f-]{27}\.txt\S*\s+(?:\S+\s+)?chars=(\d+)-(\d+)', REF):
        out.setdefault(m.group(1), []).append((int(m.group(2)), int(m.group(3))))
    return out


def dg_pool():
    """(genre, folder, file, text) of the share's files that no dates dev set names (every file is named by some dev
    set: see the module doc); their paragraphs are checked against copies and character ranges in dg_paragraphs."""
    tids = time_ids()
    return [(g, d, f, open(d + f, encoding='utf-8').read()) for g, d, f in degasperi(range(6))
            if share(f) and f[:8] not in tids]


RANGES = char_ranges()


def dg_paragraphs(f, t):
    """The paragraphs of file f whose text no file copies and that overlap no referenced character range."""
    ranges = RANGES.get(f[:8], [])
    out = []
    for p in paragraphs(t):
        b = t.find(p[:40])
        if copied(p) or any(b < e and b + len(p) > s for s, e in ranges):
            continue
        out.append(p)
    return out


def en_pool():
    return eneide_tiers(lambda tier, r: share(r['doc_id']) and r['doc_id'][len('document_'):-len('.html')] not in EN_USED
                        and not copied(r['text']))


def wv_pool():
    S = conllu(DATA + 'wikineural-it/val.conllu')
    items = [i for i in range(len(S)) if share(f'val:{i}') and i not in WV_USED]
    random.Random(SEED).shuffle(items)
    out = []
    for i in items:
        t = detok(S[i])
        if re.search(r'\b1\d\d\d\b', t) and cue.search(t) and HIST.search(t) and t not in REF:
            out.append((i, t))
    return out


if __name__ == '__main__':
    show, write = '--text' in sys.argv, '--write' in sys.argv
    dg_n, en_n, wv_n = (int(os.environ.get(k, d)) for k, d in (('DG_N', '1000'), ('EN_N', '40'), ('WV_N', '40')))
    gold = gold_years()
    dg = dg_pool()
    cands = [(g, f, gold[f], dg_paragraphs(f, t)[:PARAS]) for g, d, f, t in dg if dg_paragraphs(f, t)]
    print(f'# DG pool: {len(dg)} files in the share that no dates dev set names, {len(cands)} with a date-bearing sentence;'
          f' taken {min(dg_n, len(cands))}')
    for g, f, year, ps in cands[:dg_n]:
        print('DG', g, f, year, f'dg-{f[:8]}', ('::\n' + '\n\n'.join(ps)) if show else '')
        if write:
            with open(DEVSET + f'time/texts/dg-{f[:8]}.txt', 'w', encoding='utf-8') as out:
                out.write('\n\n'.join(ps) + '\n')
    tiers = en_pool()
    en = [r for tier in tiers for r in tier if excerpt(r[2]) and len(r[2]) <= 2500]
    print(f'# EN pool: {len(tiers[0])} test + {len(tiers[1])} train/dev documents; {len(en)} candidates;'
          f' taken {min(en_n, len(en))}')
    for s, doc, text, date in en[:en_n]:
        print('EN', f'eneide-amd/paragraphs_{s}.csv doc={doc} chars=0-{len(text)} sha256={sha(text)}', date,
              ('::\n' + text) if show else '')
    wv = wv_pool()
    print(f'# WV pool candidates: {len(wv)}; WN val referenced: {len(WV_USED)}; taken {min(wv_n, len(wv))}')
    for i, t in wv[:wv_n]:
        print('WV', f'wikineural-it/val.conllu sentence={i} sha256={sha(t)}', ('::\n' + t) if show else '')
