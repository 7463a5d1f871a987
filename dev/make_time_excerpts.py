"""Builds the excerpts of a time dev-set part: the sentences of DaDoEval same-genre documents that hold a date cue
(a year, a month name, a season, anno/mese/giorno/secolo...), separated by blank lines.
Usage: python3 dev/make_time_excerpts.py OUTDIR 337a0af1 35644b32 ... (document id prefixes)."""
import os, re, sys
R='/work/shared/data/dadoeval-degasperi/Test_Release/'
OUT=sys.argv[1]
docs=sys.argv[2:]
MON=r'(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)'
cue=re.compile(r"(?<![\w])(?:1[0-9]\d\d|'\d\d|"+MON+r"|anno|anni|annata|mese|mesi|giorno|secolo|decennio|autunno|inverno|primavera|estate|natale|pasqua|quest'anno)(?![\w])", re.I)
split=re.compile(r'(?<=[.!?;»])\s+(?=[«"“A-ZÀÈÉÌÒÙ])')
for d in docs:
    f=[g+'/'+x for g in ('same-genre','cross-genre') for x in os.listdir(R+g) if x.startswith(d)][0]
    t=open(R+f,encoding='utf-8').read().strip()
    sents=split.split(t)
    keep=[s.strip() for s in sents if cue.search(s)]
    open(f'{OUT}/dg-{d}.txt','w',encoding='utf-8').write('\n\n'.join(keep)+'\n')
    print(d, len(keep), sum(len(cue.findall(s)) for s in keep))
