"""How the blind6 documents were drawn (run from the repository root; prints, writes nothing). No system output is
read. DG: same-genre files whose name satisfies int(sha1(name),16) % 3 == 1 (the names and events engineers draw
from the other residues), in sorted order shuffled with random.Random(20261126), skipping ids any dev set uses and
files with fewer than 5 date cues (with 10 none is left: 20 files remain with 5 or more); all 20 gave 50
expressions, so the 4 files with 4 cues and then the first 4 with 3 cues (same order) were added to pass 60
(28 documents, 62 expressions; excerpts: dev/make_time_excerpts.py).
NC: ENEIDE AMD train+dev paragraphs (Aldo Moro, never the test split) and WikiNEuRal-it val.conllu sentences (never
test.conllu), each shuffled with the same seed, skipping those any dev set references; ENEIDE paragraphs with at
least 3 date cues and a 4-digit year (the first 10), WikiNEuRal sentences with a 20th-century / Russian-Soviet history
word, a 19xx year and at least two date cues (the first 20: only 19 qualify). Referenced in corpus-refs.tsv, never copied."""
import os, re, random, glob, hashlib, csv, sys
sys.path.insert(0, 'dev')
from corpus_refs import conllu as read, detok
SEED = 20261126
D = '/work/shared/data/dadoeval-degasperi/Test_Release/same-genre/'
used = set()
allrefs = ''
for f in glob.glob('extractor-core/src/test/resources/devset/**/*', recursive=True):
    if os.path.isfile(f) and 'blind6' not in f:
        s = open(f, encoding='utf-8', errors='ignore').read()
        allrefs += s
        for m in re.finditer(r'[0-9a-f]{8}', s): used.add(m.group(0))
        used.add(os.path.basename(f)[3:11])
MON = r'(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)'
cue = re.compile(r"(?<![\w])(?:1[0-9]\d\d|'\d\d|" + MON + r"|anno|anni|annata|mese|mesi|giorno|secolo|decennio|autunno|inverno|primavera|estate|natale|pasqua|quest'anno)(?![\w])", re.I)
files = sorted(f for f in os.listdir(D) if int(hashlib.sha1(f.encode()).hexdigest(), 16) % 3 == 1)
random.Random(SEED).shuffle(files)
n = 0
for f in files:
    if f[:8] in used: continue
    if len(cue.findall(open(D + f, encoding='utf-8').read())) >= 5:
        print('DG', f[:8])
# ENEIDE
E = '/work/shared/data/eneide-amd/'
paras = []
for split in ('train', 'dev'):
    with open(E + f'paragraphs_{split}.csv', encoding='utf-8', newline='') as fh:
        for r in csv.DictReader(fh):
            paras.append((split, r['doc_id'], r['text'], r['publication_date']))
random.Random(SEED).shuffle(paras)
n = 0
for split, doc, text, date in paras:
    if f'doc={doc} ' in allrefs: continue
    if len(cue.findall(text)) >= 3 and re.search(r'\b1[0-9]\d\d\b', text):
        print('EN', split, doc, date, len(text), hashlib.sha256(text.encode()).hexdigest()[:16]); n += 1
        if n >= 10: break
# WikiNEuRal
hist = re.compile(r"\b(?:sovietic\w*|russ[aoie]|Russia|URSS|bolscevic\w*|zar|zarist\w*|Stalin|Lenin|Trotsk\w*|comunist\w*|fascis\w*|nazis\w*|guerra|rivoluzione|partito|governo|armata|esercito|impero|repubblica|dittatura|regime)\b", re.I)
f = '/work/shared/data/wikineural-it/val.conllu'
S = read(f)
idx = list(range(len(S)))
random.Random(SEED).shuffle(idx)
n = 0
for i in idx:
    if f'val.conllu sentence={i} ' in allrefs: continue
    t = detok(S[i])
    if len(cue.findall(t)) >= 2 and hist.search(t) and re.search(r'\b19\d\d\b', t):
        print('WN', i, hashlib.sha256(t.encode()).hexdigest()[:16], t); n += 1
        if n >= 20: break
