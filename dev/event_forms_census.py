#!/usr/bin/env python3
"""Session 13 (branch evforms): how often the new trigger forms occur in the unlabelled audit corpus.

Generates the trigger forms as TriggerLexicon does (triggers.tsv x conjugations.tsv, stem + ending, -c/-g of a
first-conjugation stem hardened before e/i) at two commits' data files, and counts, over the text files of
`dev/trigger_audit.py prepare` (DIR), the word tokens that are (1) a conditional form (-rei ... -rebbero) that the
new data adds, (2) a word with -nzi- whose -nci- spelling is a trigger form, by lemma. With --contexts N it prints
N contexts per class chosen by sha1('s13forms:' + token position) (corpus text: keep the output out of the
repository). Sentences of KIND ADG that held-out 19 references are skipped (set 19b stays unread).
Usage: python3 dev/event_forms_census.py DIR DATA [--contexts N]
"""
import collections, glob, hashlib, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from event_mood_census import resolve  # noqa: E402

RES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                   'extractor-core/src/main/resources/it/storia/extractor/event')
H19 = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                   'extractor-core/src/test/resources/devset/events/heldout19-degasperi.txt')
COND = re.compile(r'.*[ei]r(ei|esti|ebbe|emmo|este|ebbero)$')
WORD = re.compile(r"\w+", re.U)


def forms():
    templates = collections.defaultdict(list)
    for line in open(os.path.join(RES, 'conjugations.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        cls, form, endings = line.rstrip('\n').split('\t')
        templates[cls] += [(form, e.strip()) for e in endings.split(',')]
    out = collections.defaultdict(set)
    for line in open(os.path.join(RES, 'triggers.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        except_ = set()
        if len(f) > 3:
            for o in f[3].split():
                if o.startswith('except='):
                    except_ = set(o[7:].split(','))
        for spec in f[2].split():
            cls, stem = spec.split('=', 1)
            stem = stem.lower()
            if cls == 'word':
                kind, w = stem.split(':', 1)
                out[w].add((f[1], kind))
                if kind == 'fin' and w.endswith('rà'):
                    for e in ('ei', 'esti', 'ebbe', 'emmo', 'este', 'ebbero'):
                        out[w[:-1] + e].add((f[1], 'fin'))
                continue
            for kind, e in templates[cls]:
                hard = cls == 'are' and stem[-1:] in ('c', 'g') and e[:1] in ('e', 'i')
                w = stem + ('h' if hard else '') + e
                if w not in except_:
                    out[w].add((f[1], kind))
    return out


def main(argv):
    d, data = argv[1], argv[2]
    n_ctx = int(argv[argv.index('--contexts') + 1]) if '--contexts' in argv else 0
    skip = {resolve(data, l[2:].strip()) for l in open(H19, encoding='utf-8') if l.startswith('< ')}
    lex = forms()
    counts = {'conditional': collections.Counter(), 'nzi': collections.Counter()}
    ctx = {'conditional': [], 'nzi': []}
    tokens = 0
    for path in sorted(glob.glob(os.path.join(d, '*.txt'))):
        for sent in open(path, encoding='utf-8').read().split('\n'):
            if sent.strip() in skip:
                continue
            for m in WORD.finditer(sent):
                w = m.group().lower()
                tokens += 1
                cls = None
                if COND.match(w) and w in lex and any(k == 'fin' for _, k in lex[w]):
                    cls = 'conditional'
                elif 'nzi' in w and w not in lex and w.replace('nzi', 'nci') in lex:
                    cls = 'nzi'
                if cls:
                    lemma = sorted(lex[w if cls == 'conditional' else w.replace('nzi', 'nci')])[0][0]
                    counts[cls][lemma] += 1
                    key = int(hashlib.sha1(f's13forms:{os.path.basename(path)}:{m.start()}:{w}'.encode()).hexdigest(), 16)
                    ctx[cls].append((key, w, sent[max(0, m.start() - 100):m.end() + 60]))
    print(f'{tokens} word tokens')
    for cls, c in counts.items():
        print(f'{cls}: {sum(c.values())} tokens, {len(c)} lemmas: {dict(c.most_common())}')
        for _, w, s in sorted(ctx[cls])[:n_ctx]:
            print(f'  [{w}] …{s}…')


if __name__ == '__main__':
    main(sys.argv)
