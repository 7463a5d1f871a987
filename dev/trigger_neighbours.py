"""Session 16 census: words that the distributional word clusters put next to known trigger words.

  python3 dev/trigger_neighbours.py AUDIT.jsonl OUT.tsv [--triggers TSV] [--cache P1 --cooc-cache P2]
                                    [--contexts CTX.txt --lemmas a,b,c --k 8]

AUDIT.jsonl is `extract --tokens` over the audit corpus of `dev/trigger_audit.py prepare DIR --no-adg` (tagger lemmas,
pipeline entities; the held-out 18 keys and KIND ADG left out). The cluster tables are the c1-c3 tables embedded in
models/bin/ner-it.bin and models/bin/it-pos.bin (both computed from 2.6 M tokens of unlabelled Italian text; c3 has
4,096 clusters of about ten words each).

OUT.tsv, five parts (no corpus text, only lemmas and counts):
  T  one line per trigger lemma of triggers.tsv: its types, corpus frequency, its forms' c3 clusters (ner/pos tables)
     and the lemmas of the other words of those clusters.
  C  candidate lemmas that are neither trigger lemmas nor generated trigger forms, ranked by the frequency-weighted
     share of trigger forms among the other words of their forms' c3 clusters (both tables), then by the sentences in
     which they stand within 6 tokens of a PERSON/ORGANIZATION; with the number of trigger lemmas sharing a c3 (and
     a c2) cluster, frequency, majority POS and the neighbours' types.
  S  co-occurrence neighbours: PPMI vectors of NOUN/VERB/ADJ lemmas (+-5 tokens, 5,000 context lemmas), summed
     cosine to the trigger lemmas that have the candidate among their 25 nearest non-trigger lemmas.
  R  the other direction: how many of a candidate's own 20 nearest NOUN/VERB lemmas are trigger lemmas.
  F  derivational gaps: a trigger verb whose noun (-zione, -mento, -ura, -io) occurs in the corpus but is no trigger,
     and a trigger noun whose verb occurs but is no trigger.
CTX.txt (outside the repository: corpus text) gets up to K hash-sampled sentences for each lemma of --lemmas, from
every source but DaDoEval (counted, never sampled, as in session 13).
"""
import argparse
import bisect
import collections
import hashlib
import json
import os
import pickle
import re
import zipfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVENT = os.path.join(REPO, 'extractor-core/src/main/resources/it/storia/extractor/event')
MODELS = {'ner': os.path.join(REPO, 'models/bin/ner-it.bin'), 'pos': os.path.join(REPO, 'models/bin/it-pos.bin')}
CONTENT = {'NOUN', 'VERB', 'ADJ'}
WORD = re.compile(r"[a-zàèéìòù']{3,}")


def conjugations():
    table = collections.defaultdict(list)
    for line in open(os.path.join(EVENT, 'conjugations.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        cls, _form, endings = line.rstrip('\n').split('\t')
        table[cls].extend(e for e in endings.split(',') if e)
    return table


def triggers(path=os.path.join(EVENT, 'triggers.tsv')):
    """lemma -> (set of types, set of generated forms)."""
    conj = conjugations()
    out = {}
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        cols = line.rstrip('\n').split('\t')
        typ, lemma, forms = cols[0], cols[1], cols[2].split()
        types, words = out.setdefault(lemma, (set(), set()))
        types.add(typ)
        for lem_part in lemma.split():
            words.add(lem_part)
        for pair in forms:
            cls, stem = pair.split('=', 1)
            if cls == 'word':
                words.add(stem.split(':', 1)[1])
            else:
                words.update(stem + e for e in conj.get(cls, []))
    return out


def clusters(path):
    """{level: {word: id}} of the c1-c3 tables embedded in a model zip."""
    out = {}
    with zipfile.ZipFile(path) as z:
        for level in ('c1', 'c2', 'c3'):
            table = {}
            for line in z.read(level).decode('utf-8').splitlines():
                parts = line.split()
                if len(parts) == 2:
                    table[parts[0]] = parts[1]
            out[level] = table
    return out


def h(key):
    return int(hashlib.sha1(('s16lex:' + key).encode()).hexdigest(), 16)


def read_audit(path, wanted):
    """form -> Counter(lemma) and POS counts, lemma frequency, lemma near PERSON/ORG sentences, contexts of wanted."""
    form_lemma = collections.defaultdict(collections.Counter)
    lemma_pos = collections.defaultdict(collections.Counter)
    freq = collections.Counter()
    near = collections.Counter()
    ctx = collections.defaultdict(list)
    with open(path, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            text = None
            toks = d.get('tokens', [])
            ents = [e for e in d.get('entities', []) if e['type'] in ('PERSON', 'ORGANIZATION')]
            starts = [t['begin'] for t in toks]
            ent_tok = collections.defaultdict(list)
            for e in ents:
                i = bisect.bisect_left(starts, e['begin'])
                ent_tok[e['sentence']].append(i)
            sent_of = []
            si = 0
            sents = d.get('sentences', [])
            for t in toks:
                while si + 1 < len(sents) and t['begin'] >= sents[si]['end']:
                    si += 1
                sent_of.append(si)
            seen_near = set()
            for j, t in enumerate(toks):
                lemma = (t.get('lemma') or '').lower()
                form = t['text'].lower()
                pos = t.get('pos', '')
                if not WORD.fullmatch(form):
                    continue
                form_lemma[form][lemma] += 1
                if not WORD.fullmatch(lemma):
                    continue
                lemma_pos[lemma][pos] += 1
                freq[lemma] += 1
                s = sent_of[j]
                if (lemma, s) not in seen_near and any(abs(k - j) <= 6 for k in ent_tok.get(s, ())):
                    seen_near.add((lemma, s))
                    near[lemma] += 1
                if lemma in wanted and not d['id'].startswith('dadoeval'):
                    if text is None:
                        text = open(d['source'], encoding='utf-8').read() if os.path.exists(d['source']) else ''
                    if text:
                        sb, se = sents[s]['begin'], sents[s]['end']
                        ctx[lemma].append((h(f"{d['id']}:{sb}"), d['id'], text[sb:se].replace('\n', ' ')))
    return form_lemma, lemma_pos, freq, near, ctx


def cooccurrence(path, cache):
    """Content-lemma x context-lemma counts in a +-5 token window within a sentence (NOUN/VERB/ADJ tagger lemmas)."""
    if cache and os.path.exists(cache):
        with open(cache, 'rb') as f:
            return pickle.load(f)
    seqs = []
    freq = collections.Counter()
    with open(path, encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            sents = d.get('sentences', [])
            si, cur = 0, []
            for t in d.get('tokens', []):
                while si + 1 < len(sents) and t['begin'] >= sents[si]['end']:
                    si += 1
                    seqs.append(cur)
                    cur = []
                lemma = (t.get('lemma') or '').lower()
                if t.get('pos') in CONTENT and WORD.fullmatch(lemma):
                    cur.append(lemma)
                    freq[lemma] += 1
            seqs.append(cur)
    vocab = [w for w, c in freq.items() if c >= 5]
    index = {w: i for i, w in enumerate(vocab)}
    ctx_words = [w for w, _ in freq.most_common(5000)]
    cindex = {w: i for i, w in enumerate(ctx_words)}
    pairs = collections.Counter()
    for seq in seqs:
        ids = [index.get(w, -1) for w in seq]
        cids = [cindex.get(w, -1) for w in seq]
        for i, a in enumerate(ids):
            if a < 0:
                continue
            for j in range(max(0, i - 5), min(len(seq), i + 6)):
                if j != i and cids[j] >= 0:
                    pairs[a, cids[j]] += 1
    out = (vocab, ctx_words, pairs)
    if cache:
        with open(cache, 'wb') as f:
            pickle.dump(out, f)
    return out


def similar(vocab, ctx_words, pairs):
    """Row-normalised PPMI matrix (scipy sparse) over vocab."""
    import numpy as np
    from scipy import sparse
    rows = np.fromiter((k[0] for k in pairs), dtype=np.int64, count=len(pairs))
    cols = np.fromiter((k[1] for k in pairs), dtype=np.int64, count=len(pairs))
    vals = np.fromiter(pairs.values(), dtype=np.float64, count=len(pairs))
    m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(vocab), len(ctx_words)))
    total = vals.sum()
    rsum = np.asarray(m.sum(axis=1)).ravel()
    csum = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    csum = csum / csum.sum()
    coo = m.tocoo()
    pmi = np.log((coo.data / total) / ((rsum[coo.row] / total) * csum[coo.col]))
    keep = pmi > 0
    p = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
    norms = np.sqrt(np.asarray(p.multiply(p).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sparse.diags(1 / norms) @ p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('audit')
    ap.add_argument('out')
    ap.add_argument('--contexts')
    ap.add_argument('--lemmas', default='')
    ap.add_argument('--k', type=int, default=8)
    ap.add_argument('--triggers', default=os.path.join(EVENT, 'triggers.tsv'),
                    help='a triggers.tsv (session 16: the session start\'s, git show 1f3f4b8:PATH)')
    ap.add_argument('--cache', help='pickle of the audit counts (outside the repository)')
    ap.add_argument('--cooc-cache', help='pickle of the co-occurrence counts (outside the repository)')
    a = ap.parse_args()
    wanted = set(x for x in a.lemmas.split(',') if x)
    trig = triggers(a.triggers)
    tables = {name: clusters(path) for name, path in MODELS.items()}
    if a.cache and os.path.exists(a.cache) and not wanted:
        with open(a.cache, 'rb') as f:
            form_lemma, lemma_pos, freq, near, ctx = pickle.load(f)
    else:
        form_lemma, lemma_pos, freq, near, ctx = read_audit(a.audit, wanted)
        if a.cache and not wanted:
            with open(a.cache, 'wb') as f:
                pickle.dump((form_lemma, lemma_pos, freq, near, ctx), f)

    def lemma_of(word):
        c = form_lemma.get(word)
        return c.most_common(1)[0][0] if c else word

    def main_pos(lemma):
        c = lemma_pos.get(lemma)
        return c.most_common(1)[0][0] if c else '?'

    trig_forms = {}
    for lemma, (_types, words) in trig.items():
        forms = set(words)
        forms.update(w for w, c in form_lemma.items() if c.most_common(1)[0][0] == lemma)
        trig_forms[lemma] = forms
    form_trig = collections.defaultdict(set)
    for lemma, forms in trig_forms.items():
        for w in forms:
            form_trig[w].add(lemma)
    trigger_words = set(form_trig)
    known = set(trig)
    known_any = known | trigger_words   # a lemma that is a generated trigger form (deportazione) is no gap

    members = {}
    for name, levels in tables.items():
        for level in ('c2', 'c3'):
            m = collections.defaultdict(set)
            for w, cid in levels[level].items():
                m[cid].add(w)
            members[name, level] = m

    rows_t = []
    cand_c3 = collections.defaultdict(set)
    cand_c2 = collections.defaultdict(set)
    for lemma in sorted(trig):
        types = ','.join(sorted(trig[lemma][0]))
        cl_desc, neigh = [], set()
        for name, levels in tables.items():
            for level, store in (('c3', cand_c3), ('c2', cand_c2)):
                ids = {levels[level][w] for w in trig_forms[lemma] if w in levels[level]}
                if level == 'c3':
                    cl_desc.extend(f'{name}:{i}' for i in sorted(ids))
                for cid in ids:
                    for w in members[name, level][cid]:
                        if w in trigger_words or not WORD.fullmatch(w):
                            continue
                        nl = lemma_of(w)
                        if nl in known_any or main_pos(nl) not in CONTENT:
                            continue
                        store[nl].add(lemma)
                        if level == 'c3':
                            neigh.add(nl)
        rows_t.append(('T', lemma, types, freq[lemma], ' '.join(cl_desc), ' '.join(sorted(neigh))))

    def types_of(lemmas):
        c = collections.Counter()
        for t in lemmas:
            c.update(trig[t][0])
        return ' '.join(f'{k}:{v}' for k, v in c.most_common())

    # specificity: for each form of a candidate, the share of its c3 cluster's other words that are trigger forms
    # (frequency-weighted over forms and both tables); clusters mostly group by inflection, so the raw number of
    # trigger neighbours favours any frequent verb, the share does not.
    lemma_forms = collections.defaultdict(list)
    for w, c in form_lemma.items():
        lemma_forms[c.most_common(1)[0][0]].append(w)
    share = {}
    for name in tables:
        for cid, ws in members[name, 'c3'].items():
            n = len(ws)
            t = sum(1 for w in ws if w in trigger_words)
            share[name, cid] = (t, n)
    rows_c = []
    for nl, tl in cand_c3.items():
        num = den = 0.0
        for w in lemma_forms.get(nl, ()):
            weight = form_lemma[w][nl]
            for name, levels in tables.items():
                cid = levels['c3'].get(w)
                if cid is None:
                    continue
                t, n = share[name, cid]
                if n > 1:
                    num += weight * t / (n - 1)
                    den += weight
        spec = num / den if den else 0.0
        rows_c.append(('C', nl, main_pos(nl), f'{spec:.3f}', len(tl), near[nl], freq[nl], len(cand_c2.get(nl, ())),
                       types_of(tl), ' '.join(sorted(tl))))
    rows_c.sort(key=lambda r: (-float(r[3]), -r[5], r[1]))

    rows_f = []
    for lemma in sorted(trig):
        if ' ' in lemma:
            continue
        m = re.fullmatch(r'(.+)(are|ere|ire)', lemma)
        if m:
            stem, conj = m.group(1), m.group(2)
            vowel = {'are': 'a', 'ere': 'i', 'ire': 'i'}[conj]
            for suf in (f'{vowel}zione', f'{vowel}mento', f'{vowel}tura', 'io', 'ura', 'zione'):
                noun = stem + suf
                if noun not in known_any and freq[noun] > 0:
                    rows_f.append(('F', lemma, noun, ','.join(sorted(trig[lemma][0])), freq[noun], near[noun]))
        m = re.fullmatch(r'(.+?)(azione|imento|amento|izione|zione)', lemma)
        if m:
            stem = m.group(1)
            for verb in (stem + 'are', stem + 'ere', stem + 'ire'):
                if verb not in known_any and freq[verb] > 0:
                    rows_f.append(('F', lemma, verb, ','.join(sorted(trig[lemma][0])), freq[verb], near[verb]))

    rows_s = []
    vocab, ctx_words, pairs = cooccurrence(a.audit, a.cooc_cache)
    vindex = {w: i for i, w in enumerate(vocab)}
    p = similar(vocab, ctx_words, pairs)
    tids = [vindex[t] for t in sorted(trig) if t in vindex]
    sims = (p[tids] @ p.T).toarray()
    score = collections.defaultdict(float)
    by = collections.defaultdict(list)
    for row, ti in zip(sims, tids):
        t = vocab[ti]
        order = row.argsort()[::-1]
        n = 0
        for j in order:
            w = vocab[j]
            if w in known_any or w == t:
                continue
            score[w] += float(row[j])
            by[w].append(f'{t}:{row[j]:.2f}')
            n += 1
            if n == 25:
                break
    for w, sc in score.items():
        ts = [x.split(':')[0] for x in by[w]]
        rows_s.append(('S', w, main_pos(w), f'{sc:.2f}', len(by[w]), near[w], freq[w], types_of(ts), ' '.join(by[w])))
    rows_s.sort(key=lambda r: (-float(r[3]), r[1]))

    # the other direction, robust to frequent "hub" lemmas: how many of a candidate's own 20 nearest NOUN/VERB lemmas
    # are trigger lemmas
    import numpy as np
    pos = np.array([main_pos(w) for w in vocab])
    idx = np.where(np.isin(pos, ['VERB', 'NOUN']))[0]
    istrig = np.array([w in known for w in vocab])
    skip = np.array([w in known_any for w in vocab])
    rows_r = []
    for start in range(0, len(idx), 1000):
        chunk = idx[start:start + 1000]
        block = (p[chunk] @ p[idx].T).toarray()
        for row, i in zip(block, chunk):
            if skip[i] or freq[vocab[i]] < 5:
                continue
            nearest = [(idx[j], row[j]) for j in np.argsort(-row)[:21] if idx[j] != i][:20]
            tr = [(vocab[j], c) for j, c in nearest if istrig[j]]
            if tr:
                rows_r.append(('R', vocab[i], pos[i], len(tr), f'{sum(c for _, c in tr):.3f}', near[vocab[i]],
                               freq[vocab[i]], types_of([t for t, _ in tr]),
                               ' '.join(f'{t}:{c:.2f}' for t, c in tr)))
    rows_r.sort(key=lambda r: (-r[3], -float(r[4]), r[1]))

    with open(a.out, 'w', encoding='utf-8') as f:
        f.write('# part T: trigger lemma, types, corpus frequency, c3 clusters (table:id), non-trigger c3 neighbour lemmas\n')
        for r in rows_t:
            f.write('\t'.join(map(str, r)) + '\n')
        f.write('# part C: candidate lemma, POS, share of trigger forms in its forms\' c3 clusters (frequency-weighted), '
                'trigger lemmas sharing a c3 cluster, sentences near PERSON/ORG, '
                'frequency, trigger lemmas sharing a c2 cluster, neighbours\' types, c3 trigger neighbours\n')
        for r in rows_c:
            f.write('\t'.join(map(str, r)) + '\n')
        f.write('# part S: co-occurrence neighbours (PPMI over NOUN/VERB/ADJ lemmas, +-5 tokens, cosine): candidate lemma, '
                'POS, summed cosine to the trigger lemmas that have it among their 25 nearest non-trigger lemmas, how many, '
                'sentences near PERSON/ORG, frequency, their types, trigger:cosine\n')
        for r in rows_s:
            f.write('\t'.join(map(str, r)) + '\n')
        f.write('# part R: candidate lemma, POS, trigger lemmas among its own 20 nearest NOUN/VERB lemmas (same PPMI '
                'vectors), their summed cosine, sentences near PERSON/ORG, frequency, their types, trigger:cosine\n')
        for r in rows_r:
            f.write('\t'.join(map(str, r)) + '\n')
        f.write('# part F: trigger lemma, family member missing from triggers.tsv, types, frequency, near PERSON/ORG\n')
        for r in rows_f:
            f.write('\t'.join(map(str, r)) + '\n')
    if a.contexts:
        with open(a.contexts, 'w', encoding='utf-8') as f:
            for lemma in sorted(wanted):
                items = sorted(ctx.get(lemma, []))[:a.k]
                f.write(f'## {lemma} ({len(ctx.get(lemma, []))} non-DaDoEval occurrences)\n')
                for _h, key, s in items:
                    f.write(f'{key}\t{s}\n')


if __name__ == '__main__':
    main()
