"""How the blind5 documents were drawn (run from the repository root; prints, writes nothing).
DG: same-genre files in sorted order shuffled with random.Random(20261126), skipping ids any dev set uses and files
with fewer than 10 date cues; the first 8 are blind5 (excerpts: dev/make_time_excerpts.py).
WikiNEuRal: val.conllu sentences shuffled with the same seed, skipping those devset/events references, keeping those
with a history word, a 3-4 digit number and at least two date cues; the first 28 are blind5-wiki (by reference)."""
import os,re,random,glob
D='/work/shared/data/dadoeval-degasperi/Test_Release/same-genre/'
files=sorted(os.listdir(D))
random.Random(20261126).shuffle(files)
B5=set(l[3:11] for l in open('extractor-core/src/test/resources/devset/time/blind5.tsv') if l.startswith('dg-'))
used=set()
for f in glob.glob('extractor-core/src/test/resources/devset/**/*',recursive=True):
    if 'blind5' in f or f.endswith('years.tsv') or os.path.basename(f)[3:11] in B5:
        continue  # the ids blind5 itself added
    if os.path.isfile(f):
        s=open(f,encoding='utf-8',errors='ignore').read()
        for m in re.finditer(r'[0-9a-f]{8}',s): used.add(m.group(0))
        used.add(os.path.basename(f)[3:11])
MON=r'(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)'
cue=re.compile(r"(?<![\w])(?:1[0-9]\d\d|'\d\d|"+MON+r"|anno|anni|annata|mese|mesi|giorno|secolo|decennio|autunno|inverno|primavera|estate|natale|pasqua|quest'anno)(?![\w])", re.I)
n=0
for f in files:
    if f[:8] in used: continue
    if len(cue.findall(open(D+f,encoding='utf-8').read()))>=10:
        print('DG', f[:8]); n+=1
        if n>=8: break
import re,random,hashlib
from corpus_refs import conllu as read, detok
used=set(re.findall(r'[a-z]+\.conllu sentence=[0-9]+', ''.join(open(p,encoding='utf-8').read() for p in glob.glob('extractor-core/src/test/resources/devset/events/*.txt'))))
MON=r'(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)'
cue=re.compile(r"(?<![\w])(?:1[0-9]\d\d|[1-9]\d\d|"+MON+r"|secolo|anni|anno|mese|inverno|estate|primavera|autunno)(?![\w])",re.I)
hist=re.compile(r"\b(?:guerra|battaglia|esercito|impero|imperatore|regno|re|papa|rivoluzione|trattato|assedio|dinastia|conquist\w*|sconfi\w*|invas\w*|truppe|governo|partito|repubblica|conte|duca|principe|signoria|concilio|crociat\w*|rivolta|insurrezione|colonia|eletto|incoronat\w*)\b",re.I)
f='/work/shared/data/wikineural-it/val.conllu'
S=read(f)
idx=list(range(len(S)))
random.Random(20261126).shuffle(idx)
n=0
for i in idx:
    if f"val.conllu sentence={i}" in used: continue
    t=detok(S[i])
    if len(cue.findall(t))>=2 and hist.search(t) and re.search(r'\b1?\d\d\d\b',t):
        print("WN", i, hashlib.sha256(t.encode()).hexdigest()[:16], t); n+=1
        if n>=28: break
