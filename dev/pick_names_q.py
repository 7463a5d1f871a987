#!/usr/bin/env python3
"""Draws the texts of names dev part Q (session 9) by fixed seeds; never runs the system nor looks at its output.

Pool (a), De Gasperi (the session-9 cross-task pool of the names task). A DaDoEval `Test_Release/same-genre/` or
`Test_Release/cross-genre/` file is "referenced by task T" when its 8-character uuid prefix occurs in a git-tracked
file under `extractor-core/src/test/resources/devset/T/` (T = names, time, events) of this worktree, and "other" when
it occurs in a tracked file of `dev/`, `docs/`, `models/`, `README.md` or another test file. The names share is the
files referenced ONLY by events dev sets whose name (with `.txt`) satisfies
int(sha1('s9:' + name), 16) % 2 == 0 (1 = dates), plus the files referenced by nothing at all. Files whose prefix
occurs in a test resource of a sibling worktree (below) outside its `devset/events/` folder are left out.
Paragraphs are the file's lines; a candidate paragraph has 150 to 1,600 characters and at least 4 capitalised
non-initial words (a neutral pre-filter, no system output); each file with a candidate gives its candidate with the
most such words (first one on ties), a whole paragraph; the files are shuffled with seed 44 and the first N_FILES
drawn.
Pool (b), Aldo Moro's prose: KIND `dataset/moro_test.tsv` sentences whose 0-based index satisfies index % 3 == 0
(1 = dates, 2 = events), of 60 to 420 characters, with at least two capitalised non-initial words (KIND's silver tags
are never read), referenced by no dev set of this worktree or the siblings and whose text occurs in none of them;
shuffled with seed 45; the first N_MORO are drawn (names_draw.draw_moro).
Sibling worktrees (their dev-set folders are excluded at draw time): /work/wt-time14, /work/wt-events16,
/work/wt-args2. Part Q's own files (gold-q.tsv, texts-q.tsv, sources-q.tsv) are ignored so the draw can be repeated
after they were committed.
Usage: python3 dev/pick_names_q.py ../shared/data N_FILES N_MORO
  prints `dg` lines (genre/FILE<TAB>year<TAB>chars=B-E<TAB>capitalised-word count) and `mt` reference lines
  (DOC<TAB>kind/dataset/moro_test.tsv sentence=N sha256=PREFIX)
"""
import hashlib, os, random, subprocess, sys

from names_draw import capitalised_non_initial, dadoeval_years, draw_moro

SIBLINGS = ['/work/wt-time14', '/work/wt-events16', '/work/wt-args2']
ROOTS = ['.'] + SIBLINGS
OWN = {'gold-q.tsv', 'texts-q.tsv', 'sources-q.tsv'}
DEVSET = 'extractor-core/src/test/resources/devset/'
TASKS = ('names', 'time', 'events')


def read(path):
    try:
        return open(path, encoding='utf-8').read()
    except (UnicodeDecodeError, IsADirectoryError, FileNotFoundError):
        return None


def tracked_by_category():
    """The text of every git-tracked file of this worktree by category: names, time, events (dev-set folders) and
    other (dev/, docs/, models/, README.md, other test files); part Q's own files excepted."""
    names = subprocess.run(['git', 'ls-files'], capture_output=True, text=True, check=True).stdout.split('\n')
    out = {k: [] for k in TASKS + ('other',)}
    for n in names:
        if not n or os.path.basename(n) in OWN:
            continue
        cat = next((t for t in TASKS if n.startswith(DEVSET + t + '/')), None)
        if cat is None:
            if n.startswith(('dev/', 'docs/', 'models/', 'extractor-core/src/test/')) or n == 'README.md':
                cat = 'other'
            else:
                continue
        t = read(n)
        if t is not None:
            out[cat].append(t)
    return {k: '\n'.join(v) for k, v in out.items()}


def sibling_devset_text():
    """The text of every file of the sibling worktrees' test resources outside `devset/events/` (an events dev set
    does not take a file out of this cross-task pool; a names or time dev set, or any other test file, does)."""
    out = []
    for w in SIBLINGS:
        base = os.path.join(w, 'extractor-core/src/test/resources')
        for d, _, fs in os.walk(base):
            if os.path.relpath(d, base).split(os.sep)[:2] == ['devset', 'events']:
                continue
            for f in fs:
                t = None if f in OWN else read(os.path.join(d, f))
                if t is not None:
                    out.append(t)
    return '\n'.join(out)


def residue(name):
    return int(hashlib.sha1(('s9:' + name).encode()).hexdigest(), 16) % 2


def best_paragraph(text):
    """(begin, end, count) of the candidate line with the most capitalised non-initial words, or None."""
    best, pos = None, 0
    for line in text.split('\n'):
        n = capitalised_non_initial(line)
        if 150 <= len(line) <= 1600 and n >= 4 and (best is None or n > best[2]):
            best = (pos, pos + len(line), n)
        pos += len(line) + 1
    return best


def draw_files(root, n_files, seed):
    cat = tracked_by_category()
    siblings = sibling_devset_text()
    years = dadoeval_years(root)
    pool, files = 0, []
    for genre in ('same-genre', 'cross-genre'):
        d = os.path.join(root, 'dadoeval-degasperi', 'Test_Release', genre)
        for f in sorted(os.listdir(d)):
            refs = tuple(k for k in TASKS + ('other',) if f[:8] in cat[k])
            if not (refs == () or (refs == ('events',) and residue(f) == 0)) or f[:8] in siblings:
                continue
            pool += 1
            best = best_paragraph(open(os.path.join(d, f), encoding='utf-8').read())
            if best is not None:
                files.append((genre + '/' + f,) + best)
    print('# %d De Gasperi files in the names pool, %d with a candidate paragraph' % (pool, len(files)),
          file=sys.stderr)
    random.Random(seed).shuffle(files)
    for f, b, e, n in files[:int(n_files)]:
        print('%s\t%s\tchars=%d-%d\t%d' % (f, years.get(f.split('/')[1], '?'), b, e, n))


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    draw_files(sys.argv[1], sys.argv[2], 44)
    draw_moro(sys.argv[1], sys.argv[3], ROOTS, OWN, 45, corpus='kind/dataset/moro_test.tsv', prefix='mt')
