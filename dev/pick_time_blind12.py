"""How the blind12 documents were drawn (run from the repository root; prints, writes nothing). No system output is
read, the system is never run. Exclusions and pre-filter: dev/time_draw.py, over this worktree's dev sets and those of
/work/main, /work/wt-time11, /work/wt-names12, /work/wt-events12, /work/wt-ner7, /work/wt-names13 and
/work/wt-events13 when they exist.
DG: DaDoEval Test_Release files (same-genre and cross-genre) of ANY residue (int(sha1(name),16) % 6 in 0..5), seed
order, ids and texts unused by every dev set, at least one sentence with a date cue and a strong cue (the residue
pools are nearly exhausted: take what exists). Years from the Gold-test TSVs.
NC, by reference in corpus-refs.tsv, never copied, never a *test* file, in the seed order:
  KM: Aldo Moro prose of KIND dataset/moro_train.tsv, 0-based sentence index % 3 == 1 only (kind_detok);
  PM: UD_Italian-ParlaMint train sentences; MK: UD_Italian-MarkIT train and dev sentences;
  WN: WikiNEuRal-it val.conllu sentences;
  each unreferenced by any dev set, first tier: a 1xxx year or a month and two date cues (blind11's filter); second
  tier (KM, PM, MK only, printed after the first): a 1xxx year or a month and one date cue.
At the draw (15:32 on 2026-11-26, main f675d28; /work/wt-names13 absent, /work/wt-events13 present) no DaDoEval
file is usable: 74-89 files of all residues are unused (the count fell while wt-events13 drew), none holds a sentence
with a date cue and a strong cue. The first tier is empty for KM and PM (blind11 took all), 6 MK sentences, 268 WN
sentences; the second tier 55 KM, 11 PM, 16 MK. blind12 takes all 6 + 16 MK, all 55 KM, all 11 PM and the first 30 WN
sentences (127 expressions). The loops are time_draw's print_degasperi, ud_texts and unreferenced."""
import re, hashlib, sys
sys.path.insert(0, 'dev')
from corpus_refs import conllu, detok, kind_sentences, kind_detok
from time_draw import DATA, MON, cue, Exclusions, gold_years, print_degasperi, ud_texts, unreferenced

ex = Exclusions(['.', '/work/main', '/work/wt-time11', '/work/wt-names12', '/work/wt-events12', '/work/wt-ner7',
                 '/work/wt-names13', '/work/wt-events13'],
                'extractor-core/src/test/resources/devset/time/blind12*.tsv')
gold = gold_years()
pool = print_degasperi(ex, {0, 1, 2, 3, 4, 5}, gold)
print('# DG unused files (any residue):', pool)
dated = re.compile(r'\b1\d\d\d\b|(?<![\w])' + MON + r'(?![\w])', re.I)


def tier(tag, items, least):
    """items: (reference, text); prints those with a 1xxx year or a month and at least `least` date cues, in the seed
    order."""
    def keep(t):
        n = len(cue.findall(t))
        return dated.search(t) and n >= least and (least == 2 or n < 2)
    for _, ref, t in unreferenced(items, lambda x: x[0], lambda x: x[1], ex, keep, 0):
        print(tag + str(least), ref, hashlib.sha256(t.encode()).hexdigest()[:16], len(cue.findall(t)), t)


K = kind_sentences(DATA + 'kind/dataset/moro_train.tsv')
KM = [(f'kind/dataset/moro_train.tsv sentence={i}', kind_detok(K[i])) for i in range(len(K)) if i % 3 == 1]
PM = ud_texts('UD_Italian-ParlaMint/it_parlamint-ud-train.conllu')
MK = ud_texts('UD_Italian-MarkIT/it_markit-ud-train.conllu') + ud_texts('UD_Italian-MarkIT/it_markit-ud-dev.conllu')
S = conllu(DATA + 'wikineural-it/val.conllu')
WN = [(f'wikineural-it/val.conllu sentence={i}', detok(S[i])) for i in range(len(S))]
for least in (2, 1):
    tier('KM', KM, least)
    tier('PM', PM, least)
    tier('MK', MK, least)
    if least == 2:
        tier('WN', WN, least)
