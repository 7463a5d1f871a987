"""Session 11 trigger audit: which verb and noun lemmas of large unlabelled genre text are not event triggers.

Two steps (the corpora stay in ../shared/data; nothing of their text is written into the repository):

  python3 dev/trigger_audit.py prepare /work/shared/data DIR [--sample K] [--no-adg]
      writes DIR/*.txt: DaDoEval De Gasperi documents (all of Test_Release), KIND ADG (evalita-2023) and Aldo Moro
      (dataset) sentences, ENEIDE AMD paragraphs (train/dev/test), WikiNEuRal-it test/val sentences and UD ParlaMint
      sentences, grouped in files of 200 sentences; ENEIDE documents and WikiNEuRal sentences that held-out 18
      references are left out (only the keys of its reference lines are read). With --sample K only the units with
      sha1('s11audit:' + key) % K == 0 are kept (deterministic). --no-adg leaves out the KIND ADG sentences (session 13:
      set 19 was drawn from them in parallel).
  java -jar extractor-cli/target/extractor.jar extract --tokens DIR > AUDIT.jsonl
  python3 dev/trigger_audit.py rank AUDIT.jsonl OUT.tsv [--contexts CTX.txt]
      ranks (1) VERB/NOUN lemmas that are not trigger lemmas by the number of sentences in which they occur with a
      PERSON or ORGANIZATION entity within 6 tokens (also: sentences with any PERSON; documents), and (2) trigger
      lemmas by how often one of their tokens is not part of an event (rejected by needs=/except= or not generated).
      CTX.txt (outside the repository: corpus text) gets up to 12 hash-sampled contexts per lemma of the top ranks.
"""
import collections
import csv
import glob
import hashlib
import io
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_refs import conllu_rows, detok, kind_detok, kind_sentences  # noqa: E402

HELDOUT18 = 'extractor-core/src/test/resources/devset/events/heldout18-mixed.txt'
TRIGGERS = 'extractor-core/src/main/resources/it/storia/extractor/event/triggers.tsv'
GROUP = 200


def h(key):
    return int(hashlib.sha1(('s11audit:' + key).encode()).hexdigest(), 16)


def heldout18_keys(repo):
    """(ENEIDE document ids, {wikineural file: sentence indices}) that held-out 18 references (reference lines only)."""
    docs, wn = set(), collections.defaultdict(set)
    for line in open(os.path.join(repo, HELDOUT18), encoding='utf-8'):
        if not line.startswith('< '):
            continue
        m = re.match(r'< eneide-amd/\S+ doc=(\S+)', line)
        if m:
            docs.add(m.group(1))
        m = re.match(r'< wikineural-it/(\w+)\.conllu sentence=(\d+)', line)
        if m:
            wn[m.group(1)].add(int(m.group(2)))
    return docs, wn


def units(data, repo):
    """(key, text) units of the audit corpus, set 18's keys left out."""
    docs18, wn18 = heldout18_keys(repo)
    for path in sorted(glob.glob(f'{data}/dadoeval-degasperi/Test_Release/*/*.txt')):
        yield 'dadoeval:' + os.path.basename(path), open(path, encoding='utf-8').read()
    for path in sorted(glob.glob(f'{data}/kind/evalita-2023/ADG_*.tsv')) + sorted(glob.glob(f'{data}/kind/dataset/moro_*.tsv')):
        for i, toks in enumerate(kind_sentences(path)):
            yield f'kind:{os.path.basename(path)}:{i}', kind_detok(toks)
    csv.field_size_limit(10 ** 9)
    for part in ('train', 'dev', 'test'):
        raw = open(f'{data}/eneide-amd/paragraphs_{part}.csv', encoding='utf-8', newline='').read()
        for row in csv.reader(io.StringIO(raw)):
            if row and row[0] != 'doc_id' and row[0] not in docs18:
                yield f'eneide:{part}:{row[0]}', row[2]
    for part in ('test', 'val'):
        for n, rows in enumerate(conllu_rows(f'{data}/wikineural-it/{part}.conllu')):
            if n not in wn18[part]:
                yield f'wn:{part}:{n}', detok([c[1] for c in rows])
    for path in sorted(glob.glob(f'{data}/UD_Italian-ParlaMint/*.conllu')):
        for line in open(path, encoding='utf-8'):
            if line.startswith('# sent_id'):
                sid = line.split('=', 1)[1].strip()
            elif line.startswith('# text ='):
                yield 'parlamint:' + sid, line.split('=', 1)[1].strip()


def prepare(data, out, sample, no_adg=False):
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    os.makedirs(out, exist_ok=True)
    groups = collections.defaultdict(list)
    counts = collections.Counter()
    for key, text in units(data, repo):
        if sample > 1 and h(key) % sample != 0:
            continue
        if no_adg and key.startswith('kind:ADG'):
            continue
        source = key.split(':')[0]
        counts[source] += 1
        if source == 'dadoeval':
            with open(os.path.join(out, key.replace(':', '_')), 'w', encoding='utf-8') as f:
                f.write(text)
        else:
            groups[source].append(text)
    for source, texts in groups.items():
        for i in range(0, len(texts), GROUP):
            with open(os.path.join(out, f'{source}_{i // GROUP:04d}.txt'), 'w', encoding='utf-8') as f:
                f.write('\n\n'.join(texts[i:i + GROUP]) + '\n')
    print(dict(counts), file=sys.stderr)


def trigger_lemmas(repo):
    lemmas = set()
    for line in open(os.path.join(repo, TRIGGERS), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        cols = line.rstrip('\n').split('\t')
        lemmas.add(cols[1])
        for form in re.findall(r'word=\w+:(\S+)', cols[2]):
            lemmas.add(form)
    return lemmas


def rank(jsonl, out, contexts):
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    known = trigger_lemmas(repo)
    near = collections.Counter()
    with_person = collections.Counter()
    docs = collections.defaultdict(set)
    total = collections.Counter()
    rejected = collections.Counter()
    accepted = collections.Counter()
    samples = collections.defaultdict(list)
    for line in open(jsonl, encoding='utf-8'):
        d = json.loads(line)
        toks = d.get('tokens', [])
        trig = [(e['trigger']['begin'], e['trigger']['end']) for e in d.get('events', [])]
        ents = [e for e in d.get('entities', []) if e['type'] in ('PERSON', 'ORGANIZATION')]
        for si, s in enumerate(d['sentences']):
            st = [t for t in toks if s['begin'] <= t['begin'] < s['end']]
            se = [e for e in ents if s['begin'] <= e['begin'] < s['end']]
            has_person = any(e['type'] == 'PERSON' for e in se)
            ent_tok = [j for j, t in enumerate(st) if any(e['begin'] <= t['begin'] < e['end'] for e in se)]
            seen_near, seen_p, seen = set(), set(), set()
            for j, t in enumerate(st):
                pos = t.get('pos', '')
                if pos not in ('VERB', 'NOUN'):
                    continue
                lemma = t.get('lemma', '').lower()
                if not re.fullmatch(r"[a-zàèéìòù']{3,}", lemma):
                    continue
                in_event = any(b <= t['begin'] < e for b, e in trig)
                if lemma in known or t['text'].lower() in known:
                    (accepted if in_event else rejected)[lemma] += 1
                    if not in_event and len(samples['R:' + lemma]) < 400:
                        samples['R:' + lemma].append((d['id'], t['begin'], st, j))
                    continue
                if in_event:
                    continue
                key = f'{lemma}/{pos}'
                total[key] += 1
                docs[key].add(d['id'])
                if has_person:
                    seen_p.add(key)
                if any(abs(j - k) <= 6 for k in ent_tok):
                    seen_near.add(key)
                    if len(samples[key]) < 400:
                        samples[key].append((d['id'], t['begin'], st, j))
            for k in seen_near:
                near[k] += 1
            for k in seen_p:
                with_person[k] += 1
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# part 1: non-trigger lemma/POS, sentences with a PERSON/ORG within 6 tokens, sentences with a PERSON, '
                'documents, occurrences\n')
        for key, n in near.most_common():
            f.write(f'N\t{key}\t{n}\t{with_person[key]}\t{len(docs[key])}\t{total[key]}\n')
        f.write('# part 2: trigger lemma, occurrences outside any event, inside an event\n')
        for lemma, n in rejected.most_common():
            f.write(f'R\t{lemma}\t{n}\t{accepted[lemma]}\n')
    return near, rejected, samples


def main():
    if sys.argv[1] == 'prepare':
        sample = int(sys.argv[sys.argv.index('--sample') + 1]) if '--sample' in sys.argv else 1
        prepare(sys.argv[2], sys.argv[3], sample, '--no-adg' in sys.argv)
    elif sys.argv[1] == 'rank':
        near, rejected, samples = rank(sys.argv[2], sys.argv[3], None)
        if '--contexts' in sys.argv:
            ctx = sys.argv[sys.argv.index('--contexts') + 1]
            top = [k for k, _ in near.most_common(400)] + ['R:' + k for k, _ in rejected.most_common(80)]
            with open(ctx, 'w', encoding='utf-8') as f:
                for key in top:
                    occ = sorted(samples[key], key=lambda o: h(f'{o[0]}:{o[1]}'))[:12]
                    f.write(f'## {key} ({near.get(key, 0) or rejected.get(key[2:], 0)})\n')
                    for doc, _, st, j in occ:
                        words = [t['text'] for t in st]
                        words[j] = '[[' + words[j] + ']]'
                        f.write(f'  {doc}: {" ".join(words[max(0, j - 20):j + 20])}\n')
    else:
        sys.exit('usage: trigger_audit.py prepare DATA DIR [--sample K] [--no-adg] | rank AUDIT.jsonl OUT.tsv [--contexts CTX]')


if __name__ == '__main__':
    main()
