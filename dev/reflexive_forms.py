#!/usr/bin/env python3
"""Counts candidates rejected by a reflexive sense condition, by the form of the reflexive (session 15, evreflex).

Input: NeedsRuleAudit's OUT-events.tsv (dev sets) and/or OUT-corpus-windows.tsv (unlabelled corpus), written with
-Devents.needs=OUT. A row belongs to a trigger whose needs= options include a rule of patterns.txt that reads a
reflexive ("class=refl" or an enclitic word regex): kind "reflexive" when they include the rule `reflexive` (unire,
allearsi, radunare, coalizzarsi, opporre, ribellarsi, sollevarsi, scontrarsi, arrendersi, ammutinarsi), else
"refl+other" (costituire, iscriversi, combattere, proclamare, ... with a complement). Its form is read from the [[trigger]] and the words before it.

usage: reflexive_forms.py EVENTS.tsv [CORPUS-WINDOWS.tsv] [--rows FORM] [--must OUT.tsv]
--must OUT.tsv writes the EVENTS rows the session-15 rules refl_must / refl_must_encl read (a regex copy of them),
for dev/needs_loso.py.
"""
import re
import sys
from collections import Counter, defaultdict

RES = "extractor-core/src/main/resources/it/storia/extractor/event/"
CL = r"(?:si|vi|ci|mi|ti|ne)"
MODAL = (r"(?:dev\w*|dov\w*|debb\w*|può|puo|poss\w*|pot\w*|vuol\w*|vogl\w*|vol\w*|sap\w*|sa|so|"
         r"intend\w*|cerc\w*|tent\w*)")


def reflexive_rules(path):
    names = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or ":" not in line:
            continue
        name, rest = line.split(":", 1)
        if "class=refl" in rest.split("=>")[0] or re.search(r"word=/\.\*\(arsi", rest) or "word=unirsi" in rest:
            names.add(name.strip())
    return names


def reflexive_triggers(path, rules):
    lines = {}
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        m = re.search(r"needs=(\S+)", line)
        if m and not line.startswith("#"):
            opts = m.group(1).split("|")
            if any(o in rules for o in opts):
                lines[str(n)] = "reflexive" if "reflexive" in opts else "refl+other"
    return lines


MUST = re.compile(r"(?:\b(?:dev(?:e|o|i|ono)|dobbiamo|dovete|debbono|dovr(?:à|anno|emo|ebbe|ebbero|emmo|este)|"
                  r"dov(?:eva|evano|evamo|ette|ettero)|bisogna|occorre)(?:\s+\w+){0,2}?\s+\[\[\w*r(?:si|ci|vi)\]\])"
                  r"|(?:\b(?:dover|dovendo)(?:si|ci|vi)(?:\s+\w+){0,2}?\s+\[\[\w+\]\])", re.I)


def form(context):
    m = re.search(r"\[\[(.*?)\]\]", context)
    if not m:
        return "?"
    trig = m.group(1).lower().split()
    word = trig[-1]
    left = re.findall(r"[\w'’]+", context[:m.start()].lower())[-4:]
    if len(trig) > 1 and trig[0] in ("si", "s'", "sé"):
        return "proclitic si (matched)"
    if re.search(r"nd[oe]" + CL + r"$", word):
        return "enclitic gerund"
    if re.search(r"r" + CL + r"$", word) and len(word) > 5:
        return "enclitic infinitive"
    if re.search(r"(?:iamo|ate|ete|ite)" + CL + r"$", word):
        return "enclitic imperative"
    if re.search(r"(?:t|s)[oaie]" + CL + r"$", word):
        return "enclitic participle"
    if left and re.fullmatch(r"(?:dover|poter|voler|saper)" + CL, left[-1]):
        return "modal+enclitic (doversi X)"
    if len(left) >= 2 and re.fullmatch(CL, left[-2]) and re.fullmatch(MODAL, left[-1]) and re.search(r"(?:are|ere|ire|rre)$", word):
        return "proclitic+modal (si devono X)"
    if left and left[-1] in ("vi", "ci", "mi", "ti"):
        return "proclitic vi/ci/mi/ti"
    if len(left) >= 2 and left[-2] in ("vi", "ci", "mi", "ti") and left[-1] in ("sono", "siamo", "siete", "sei", "era", "eravamo", "eravate", "fu", "sia", "siate", "siano", "è", "e'"):
        return "proclitic vi/ci/mi/ti + essere"
    if any(w in ("si", "s'", "sé") for w in left):
        return "si further left"
    return "no clitic"


def main(argv):
    files = [a for a in argv if not a.startswith("--")]
    show = None
    must = None
    if "--must" in argv:
        must = open(argv[argv.index("--must") + 1], "w", encoding="utf-8")
        files = [f for f in files if f != argv[argv.index("--must") + 1]]
    if "--rows" in argv:
        show = argv[argv.index("--rows") + 1]
        files = [f for f in files if f != show]
    rules = reflexive_rules(RES + "patterns.txt")
    trig = reflexive_triggers(RES + "triggers.tsv", rules)
    for f in files:
        counts = defaultdict(Counter)
        corpus = "windows" in f
        for line in open(f, encoding="utf-8"):
            c = line.rstrip("\n").split("\t")
            if len(c) < 9 or c[0] not in trig or c[3] != "needs":
                continue
            ctx = c[8] if corpus else c[9]
            label = "corpus" if corpus else c[6]
            fm = form(ctx)
            if must and not corpus and MUST.search(ctx):
                must.write(line)
            counts[(trig[c[0]], fm)][label] += 1
            if show and fm == show:
                print("\t".join([label, c[2], (c[4] if corpus else c[5]), ctx[:300]]))
        print("#", f, "(reflexive = the trigger's needs include the rule `reflexive`; refl+other = other rules that read a si)")
        cols = ["corpus"] if corpus else ["gold", "spurious"]
        print("\t".join(["kind", "form"] + cols))
        for key in sorted(counts, key=lambda k: (k[0], -sum(counts[k].values()))):
            print("\t".join([key[0], key[1]] + [str(counts[key][x]) for x in cols]))


if __name__ == "__main__":
    main(sys.argv[1:])
