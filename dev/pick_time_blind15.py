"""How the blind15 items were drawn (run from the repository root; prints, writes nothing). No system output is read,
the system is never run.

Session-10 pools (the lead's split, disjoint between names / dates / events): h(key) = int(sha1(('s10:' + key)), 16).
"Referenced" = the key occurs in any file that `git ls-tree -r START` lists under extractor-core/src/test/resources/devset/
or dev/ or docs/ (START = main 8b80e9d, read from git so that a re-run after committing blind15 reproduces the draw),
in the reference forms used there: `wikineural-it/test.conllu sentence=N`, `wn-test-N`, `wt-N`, `hNN-test-N` and
`hNN-per-test-N` for WikiNEuRal test sentences; `document_N.html` / `doc=document_N.html` / `en-N` for ENEIDE.
- EN (dates pool): ENEIDE AMD paragraphs_test.csv documents with h(doc_id) % 2 == 0, then paragraphs_train.csv +
  paragraphs_dev.csv documents with h(doc_id) % 2 == 1, unreferenced; each document is one paragraph (the csv's `text`),
  with its `publication_date` (the document date, like DaDoEval's years for De Gasperi). Candidates: a sentence holding a
  date cue and a strong cue (time_draw.excerpt, blind9's neutral filter; the month/season/year filter alone leaves 12:
  the earlier dev sets took every dated train/dev paragraph) and at most 2500 characters; test documents first, then
  train/dev, each list sorted then shuffled with random.Random(time_draw.SEED).
- WN (dates pool): WikiNEuRal-it test.conllu sentences, key = 0-based index, h % 3 == 1, unreferenced, detokenised with
  corpus_refs.detok; candidates: a 1xxx year and a date cue (time_draw.cue). Tier 1 holds a history/politics word
  (HIST below), tier 2 the rest; seed order inside each tier.
Taken: the first EN_N (env, default 80) EN candidates and the first WN1_N (default 60) tier-1 + WN2_N (default 80) tier-2
WN sentences. Printed: one line per item with its reference and SHA-256 prefix (corpus_refs.sha, on the text the
evaluator reads) and, with --text, the text itself (for annotation; never committed).
At the draw (02:44-02:46 UTC on 2026-11-27, main 8b80e9d): EN 76 test + 332 train/dev unreferenced pool documents, 72
candidates (21 test, 51 train/dev: all taken); WN tier 1 27, tier 2 205 (the first 80 taken); 396 WN test sentences
referenced at START. The texts were annotated by hand from these printouts (--text) before any system run.
Split into parts (dev/time_blind15_parts.py): int(sha1(('s10ab:' + key)), 16) % 2, key = doc_id or the WN index.
"""
import os, re, random, hashlib, subprocess, sys
sys.path.insert(0, 'dev')
from corpus_refs import conllu, detok, sha
from time_draw import SEED, DATA, MON, cue, excerpt, eneide_tiers

START = '8b80e9d'
HIST = re.compile(r"(?<![\w])(?:guerra|battaglia|esercito|impero|imperatore|regno|re|papa|rivoluzion\w*|trattato|assedio|"
                  r"dinastia|conquist\w*|sconfi\w*|invas\w*|truppe|governo|partito|repubblica|conte|duca|principe|"
                  r"concilio|rivolta|insurrezione|colonia|eletto|elezioni|parlamento|senato|senatore|deputato|ministro|"
                  r"presidente|sindaco|politic\w*|fascis\w*|nazis\w*|comunist\w*|socialist\w*|democristian\w*|"
                  r"costituzion\w*|stato|nazional\w*|regime|dittatura|sovran\w*|occupazione|resistenza)(?![\w])", re.I)


def h(key, salt='s10:'):
    return int(hashlib.sha1((salt + key).encode()).hexdigest(), 16)


def referenced_text():
    paths = [p for p in subprocess.run(['git', 'ls-tree', '-r', '--name-only', START], capture_output=True, text=True,
                                       check=True).stdout.splitlines()
             if p.startswith(('extractor-core/src/test/resources/devset/', 'dev/', 'docs/'))]
    out = []
    for p in paths:
        out.append(subprocess.run(['git', 'show', f'{START}:{p}'], capture_output=True).stdout.decode('utf-8', 'ignore'))
    return '\n'.join(out)


REF = referenced_text()
WN_USED = {int(n) for n in re.findall(r'(?:wikineural-it/test\.conllu sentence=|wn-test-|(?<![\w-])wt-|h\d\d-test-|'
                                      r'h\d\d-per-test-)(\d+)', REF)}
EN_USED = set(re.findall(r'document_(\d+)\.html', REF)) | set(re.findall(r'(?<![\w-])en-(\d{6})(?!\d)', REF))


def eneide():
    return eneide_tiers(lambda tier, r: h(r['doc_id']) % 2 == tier
                        and r['doc_id'][len('document_'):-len('.html')] not in EN_USED)


def wikineural():
    S = conllu(DATA + 'wikineural-it/test.conllu')
    items = [i for i in range(len(S)) if h(str(i)) % 3 == 1 and i not in WN_USED]
    random.Random(SEED).shuffle(items)
    t1, t2 = [], []
    for i in items:
        t = detok(S[i])
        if re.search(r'\b1\d\d\d\b', t) and cue.search(t):
            (t1 if HIST.search(t) else t2).append((i, t))
    return t1, t2


if __name__ == '__main__':
    show = '--text' in sys.argv
    en_n, wn1_n, wn2_n = (int(os.environ.get(k, d)) for k, d in (('EN_N', '80'), ('WN1_N', '60'), ('WN2_N', '80')))
    tiers = eneide()
    cands = [r for tier in tiers for r in tier if excerpt(r[2]) and len(r[2]) <= 2500]
    print(f'# EN pool: {len(tiers[0])} test + {len(tiers[1])} train/dev documents unreferenced; {len(cands)} candidates;'
          f' taken {min(en_n, len(cands))}')
    for s, doc, text, date in cands[:en_n]:
        print('EN', f'eneide-amd/paragraphs_{s}.csv doc={doc} chars=0-{len(text)} sha256={sha(text)}', date,
              ('::\n' + text) if show else '')
    t1, t2 = wikineural()
    print(f'# WN pool candidates: tier 1 {len(t1)}, tier 2 {len(t2)}; WN used at start: {len(WN_USED)}')
    for i, t in t1[:wn1_n] + t2[:wn2_n]:
        print('WN', f'wikineural-it/test.conllu sentence={i} sha256={sha(t)}', ('::\n' + t) if show else '')
