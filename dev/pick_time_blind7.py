"""How the blind7 documents were drawn (run from the repository root; prints, writes nothing). No system output is
read. DG: DaDoEval Test_Release files (same-genre, then cross-genre letters) whose name satisfies
int(sha1(name),16) % 3 == 1 (the names and events engineers draw from the other residues), each folder in sorted
order shuffled with random.Random(20261126), skipping files whose 8-hex id any dev set mentions or whose text any
dev set copies (a 60-character probe), and files with no date cue (with 3, only 11 files are left); all of them, printed with their cue counts and gold
years.
NC: WikiNEuRal-it val.conllu sentences (never test.conllu) with a Russian/Soviet/communist or 20th-century political
history word, a 1[6-9]xx year and at least one date cue (all of them: only 43 unused ones qualify), then the first 20 with
a wider history word (king, treaty, battle, elections...), and ENEIDE AMD
train+dev paragraphs (never test) with a 4-digit year, first those with at least 2 date cues (only 10 qualify: 3 cues leave 3), then those with one, 25 in all, each shuffled with the same seed, skipping sentences/documents any dev set
references (by reference or by copied text). Referenced in corpus-refs.tsv, never copied."""
import os, re, random, glob, hashlib, csv, sys
sys.path.insert(0, 'dev')
from corpus_refs import conllu as read, detok
SEED = 20261126
ROOT = '/work/shared/data/dadoeval-degasperi/'
used = set()
allrefs = ''
# blind7's own documents (its excerpts, corpus references and years) do not count as used
mine = set()
for f in glob.glob('extractor-core/src/test/resources/devset/time/blind7*.tsv'):
    mine |= {l.split('\t')[0].strip() for l in open(f, encoding='utf-8') if not l.startswith('#')}
for f in glob.glob('extractor-core/src/test/resources/devset/**/*', recursive=True):
    if os.path.isfile(f) and 'blind7' not in f and os.path.basename(f)[:-4] not in mine:
        s = ''.join(l for l in open(f, encoding='utf-8', errors='ignore') if l.split('\t')[0] not in mine)
        allrefs += s + '\n'
        for m in re.finditer(r'[0-9a-f]{8}', s): used.add(m.group(0))
        used.add(os.path.basename(f)[3:11])
MON = r'(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)'
cue = re.compile(r"(?<![\w])(?:1[0-9]\d\d|'\d\d|" + MON + r"|anno|anni|annata|mese|mesi|giorno|secolo|decennio|autunno|inverno|primavera|estate|natale|pasqua|quest'anno)(?![\w])", re.I)
gold = {}
for g in ('same-genre', 'cross-genre'):
    for line in open(ROOT + f'Gold-test/GoldStandard_{g}.tsv', encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if len(p) > 1: gold[p[0]] = p[1]
def copied(t):
    t = ' '.join(t.split())
    probes = [t[i:i + 60] for i in range(0, max(1, len(t) - 60), max(60, len(t) // 8))]
    return any(p in allrefs for p in probes if len(p) == 60)
for g in ('same-genre', 'cross-genre'):
    D = ROOT + 'Test_Release/' + g + '/'
    files = sorted(f for f in os.listdir(D) if int(hashlib.sha1(f.encode()).hexdigest(), 16) % 3 == 1)
    random.Random(SEED).shuffle(files)
    for f in files:
        if f[:8] in used: continue
        t = open(D + f, encoding='utf-8').read()
        n = len(cue.findall(t))
        if n >= 1 and not copied(t):
            print('DG', g, f[:8], gold[f], n)
# WikiNEuRal
hist = re.compile(r"\b(?:sovietic\w*|russ[aoie]|Russia|URSS|bolscevic\w*|menscevic\w*|zar|zarist\w*|Stalin|Lenin|Trotsk\w*|comunist\w*|Comintern|Internazionale|socialist\w*|fascis\w*|nazis\w*|guerra|rivoluzion\w*|partito|governo|armata|esercito|impero|repubblica|dittatura|regime|congresso|colpo di stato)\b", re.I)
f = '/work/shared/data/wikineural-it/val.conllu'
S = read(f)
idx = list(range(len(S)))
random.Random(SEED).shuffle(idx)
n = 0
for i in idx:
    if re.search(rf'val\.conllu sentence={i}\b', allrefs): continue
    t = detok(S[i])
    if t in allrefs: continue
    if len(cue.findall(t)) >= 1 and hist.search(t) and re.search(r'\b1[6-9]\d\d\b', t):
        print('WN', i, hashlib.sha256(t.encode()).hexdigest()[:16], t); n += 1
# then, to pass 120 expressions in all, the first 20 with a wider history word (same conditions otherwise)
hist2 = re.compile(r"\b(?:regno|re|regina|trattato|battaglia|assedio|imperatore|dinastia|conquist\w*|invasione|occupazione|indipendenza|colonia|ducato|principato|elezioni|ministro|parlamento|papa|rivolta|insurrezione)\b", re.I)
n = 0
for i in idx:
    if re.search(rf'val\.conllu sentence={i}\b', allrefs): continue
    t = detok(S[i])
    if t in allrefs or hist.search(t): continue
    if len(cue.findall(t)) >= 1 and hist2.search(t) and re.search(r'\b1[6-9]\d\d\b', t):
        print('WN2', i, hashlib.sha256(t.encode()).hexdigest()[:16], t); n += 1
        if n >= 20: break
# ENEIDE
E = '/work/shared/data/eneide-amd/'
paras = []
for split in ('train', 'dev'):
    with open(E + f'paragraphs_{split}.csv', encoding='utf-8', newline='') as fh:
        for r in csv.DictReader(fh):
            paras.append((split, r['doc_id'], r['text'], r['publication_date']))
random.Random(SEED).shuffle(paras)
n = 0
for need in (2, 1):
    for split, doc, text, date in paras:
        if f'doc={doc} ' in allrefs: continue
        c = len(cue.findall(text))
        if (c >= 2 if need == 2 else c == 1) and re.search(r'\b1[0-9]\d\d\b', text):
            print('EN', split, doc, date, len(text), hashlib.sha256(text.encode()).hexdigest()[:16]); n += 1
            if n >= 25: break
    if n >= 25: break
