"""Session 23 (branch evargs23): event arguments that cannot be right by construction, counted without gold.

  java -jar extractor-cli/target/extractor.jar extract --format events --threads 2 DIR > EVENTS.jsonl
  python3 dev/event_arg_integrity.py EVENTS.jsonl [MORE.jsonl ...] [--show K] [--guard GUARD.txt] [--only CLASS]
  python3 dev/event_arg_integrity.py --changed BEFORE.jsonl AFTER.jsonl [--show K] [--guard GUARD.txt]

Reads the `--format events` JSON Lines (one event a line, with `source` and `sentenceText`; the source file is read
to place the sentence and check the offsets) and flags, per event, the structural classes below. Prints the counts
by class (events and arguments) and with --show K up to K hash-sampled events per class with their sentence (corpus
text: read it, keep it out of the repository). --guard (the shingles of `event_unlabelled19.py guard`) counts but
does not show an event whose sentence an event dev set references.

--changed lists the events of two builds (keyed by document, trigger offsets and type) whose arguments differ, with
the arguments before and after (all of them with --show 0; otherwise K hash-sampled).

Classes (an argument may fall in several):
  trigger_overlap        an argument span overlapping the event's own trigger span
  resolved_at_trigger    ... of which: a PERSON with a canonical name at the trigger's words (a dropped subject
                         resolved to an earlier person keeps the verb's span by design: counted apart)
  speaker_resolved       ... of which: the trigger opens with a first- or second-person auxiliary ("ho denunciato"):
                         the subject is the speaker, not an earlier person
  same_span_roles        the same span in two roles of one event (agent == patient)
  same_person_roles      the same canonical person as agent and patient of one event (different spans)
  person_role_untyped    a role only persons fill (types.tsv persons=, a lemma's persons= in triggers.tsv) held by
                         an argument that is no PERSON: split by its first letter (lower: a common word or a verb)
  person_role_other      ... a role only persons fill held by an entity of another type (LOCATION, ORGANIZATION;
                         kept by design since session 16: an entity's own type is never changed)
  outside_sentence       an argument outside the event's sentence
  other_trigger          an argument overlapping the trigger of another event of the document
  duplicate_event        two events with the same type and trigger span
  date_place             a location or organization argument that is a date (a year, a month, a century)
  function_word          an argument that is a single function word (article, preposition, pronoun, conjunction)
  modifier_only          an untyped argument that is a single modifier (possessive, ordinal, numeral, a common
                         adjective before nouns: "del suo caro genitore" gives "caro")
  edge_function_word     an untyped argument that starts or ends with a preposition, a conjunction or punctuation
  nested_args            an argument inside another argument's span (same event, different spans)
  offset_mismatch        the argument text is not source[begin:end]
"""
import argparse
import collections
import hashlib
import json
import os
import re

RES = 'extractor-core/src/main/resources/it/storia/extractor/event'
FUNCTION_WORDS = set('''il lo la i gli le l un uno una un' l' di del dello della dei degli delle dell' a al allo alla ai
agli alle all' da dal dallo dalla dai dagli dalle dall' in nel nello nella nei negli nelle nell' su sul sullo sulla sui
sugli sulle sull' con col per tra fra e ed o od ma che chi cui non si ne ci vi mi ti lui lei loro egli ella esso essa
essi esse questo questa questi queste quello quella quelli quelle quel suo sua suoi sue come dove quando anche poi già
più molto tutto tutti ciò'''.split())
MODIFIERS = set('''nostro nostra nostri nostre vostro vostra vostri vostre mio mia miei mie tuo tua tuoi tue primo prima
primi prime secondo seconda terzo terza ultimo ultima ultimi nuovo nuova nuovi nuove caro cara cari care vecchio vecchia
giovane giovani grande grandi stesso stessa stessi altro altra altri altre attuale futuro futura ex due tre quattro
cinque sei sette otto nove dieci cento mille alcuni alcune molti molte pochi poche vari varie diversi diverse
numerosi numerose certo certa certi'''.split())
SPEAKER_AUX = set('''ho hai abbiamo avete avevo avevi avevamo avevate ebbi avesti avemmo aveste avrò avrai avremo avrete
siamo siete sei fui fosti fummo foste ero eri eravamo eravate sarò sarai saremo sarete'''.split())
EDGE_WORDS = set('''di del dello della dei degli delle a al allo alla ai agli alle da dal dallo dalla dai dagli dalle in
nel nello nella nei negli nelle su sul sulla con per tra fra e ed o ma che cui non , ; : . ( ) « » " -'''.split())
MONTHS = ('gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre')
DATE_RE = re.compile(r'^(?:(?:il|l\'|nel|del|dal|al)\s*)?(?:\d{1,2}\s+)?(?:' + MONTHS + r')?\s*\d{3,4}$|^(?:' + MONTHS
                     + r')(?:\s+\d{3,4})?$|\b(?:secolo|[IVX]+\s+secolo|anni\s+\d0)\b', re.IGNORECASE)


CLASSES = ('trigger_overlap', 'resolved_at_trigger', 'speaker_resolved', 'same_span_roles', 'same_person_roles',
           'person_role_untyped_lower', 'person_role_untyped_upper', 'person_role_other', 'outside_sentence',
           'other_trigger', 'duplicate_event', 'date_place', 'function_word', 'modifier_only', 'edge_function_word',
           'nested_args', 'offset_mismatch')


def person_roles(repo):
    """({type: roles}, {(type, lemma): roles}) from types.tsv and triggers.tsv."""
    by_type, by_lemma = {}, {}
    for line in open(os.path.join(repo, RES, 'types.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        by_type[f[0]] = set()
        for o in f[2:]:
            if o.startswith('persons='):
                by_type[f[0]] = set(o[8:].split(','))
    for line in open(os.path.join(repo, RES, 'triggers.tsv'), encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        for o in (f[3].split() if len(f) > 3 else []):
            if o.startswith('persons='):
                v = o[8:]
                by_lemma[(f[0], f[1])] = set() if v == 'none' else set(v.split(','))
    return by_type, by_lemma


class Sources:
    """The source texts, read once each."""

    def __init__(self):
        self.cache = {}

    def text(self, path):
        if path not in self.cache:
            try:
                self.cache[path] = open(path, encoding='utf-8').read() if path else None
            except OSError:
                self.cache[path] = None
        return self.cache[path]


def sentence_span(text, sentence, trigger_begin):
    """(begin, end) of the sentence text in the source around the trigger, or None when not found verbatim."""
    if text is None:
        return None
    start = max(0, trigger_begin - len(sentence))
    i = text.find(sentence, start)
    while i >= 0 and i <= trigger_begin:
        if i + len(sentence) >= trigger_begin:
            return i, i + len(sentence)
        i = text.find(sentence, i + 1)
    return None


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def words(s):
    return re.findall(r"\w+'?|[^\w\s]", s.lower())


def check(events, roles_by_type, roles_by_lemma, sources):
    """{class: [(event, detail)]} and {class: argument count}."""
    flagged = collections.defaultdict(list)
    by_doc = collections.defaultdict(list)
    for e in events:
        by_doc[e['documentId']].append(e)
    for doc, evs in by_doc.items():
        keys = collections.Counter((e['type'], e['trigger']['begin'], e['trigger']['end']) for e in evs)
        for e in evs:
            t = e['trigger']
            tspan = (t['begin'], t['end'])
            if keys[(e['type'], *tspan)] > 1:
                flagged['duplicate_event'].append((e, ''))
            text = sources.text(e.get('source'))
            sspan = sentence_span(text, e['sentenceText'], t['begin'])
            if sspan is None:
                flagged['(sentence not located)'].append((e, ''))
            proles = roles_by_lemma.get((e['type'], t.get('lemma')), roles_by_type.get(e['type'], set()))
            args = e['arguments']
            for i, a in enumerate(args):
                span = (a['begin'], a['end'])
                d = f"{a['role']}={a['text']!r}" + (f" [{a.get('type')}:{a.get('canonical')}]" if a.get('type') else '')
                if overlaps(span, tspan):
                    if tspan[0] <= span[0] and span[1] <= tspan[1] and a.get('type') == 'PERSON' and a.get('canonical'):
                        flagged['resolved_at_trigger'].append((e, d))
                        if words(t['text'])[0] in SPEAKER_AUX:
                            flagged['speaker_resolved'].append((e, d))
                    else:
                        flagged['trigger_overlap'].append((e, d))
                for o in evs:
                    if o is not e and overlaps(span, (o['trigger']['begin'], o['trigger']['end'])):
                        flagged['other_trigger'].append((e, d + f" on {o['type']} {o['trigger']['text']!r}"))
                        break
                for b in args[i + 1:]:
                    if (b['begin'], b['end']) == span and b['role'] != a['role']:
                        flagged['same_span_roles'].append((e, d + f" and {b['role']}"))
                    elif ({a['role'], b['role']} == {'agent', 'patient'} and a.get('canonical')
                          and a.get('canonical') == b.get('canonical')):
                        flagged['same_person_roles'].append((e, d + f" and {b['role']}={b['text']!r}"))
                for b in args:
                    bspan = (b['begin'], b['end'])
                    if bspan != span and bspan[0] <= span[0] and span[1] <= bspan[1]:
                        flagged['nested_args'].append((e, d + f" in {b['role']}={b['text']!r}"))
                        break
                if a['role'] in proles and a.get('type') != 'PERSON':
                    if a.get('type'):
                        flagged['person_role_other'].append((e, d))
                    elif a['text'][:1].islower():
                        flagged['person_role_untyped_lower'].append((e, d))
                    else:
                        flagged['person_role_untyped_upper'].append((e, d))
                if sspan is not None and (span[0] < sspan[0] or span[1] > sspan[1]):
                    flagged['outside_sentence'].append((e, d))
                if a['role'] in ('location', 'organization') and DATE_RE.search(a['text'].strip()):
                    flagged['date_place'].append((e, d))
                w = words(a['text'])
                if len(w) == 1 and w[0] in FUNCTION_WORDS and not a.get('canonical'):
                    flagged['function_word'].append((e, d))
                elif len(w) == 1 and w[0] in MODIFIERS and not a.get('type'):
                    flagged['modifier_only'].append((e, d))
                elif not a.get('type') and w and (w[0] in EDGE_WORDS or w[-1] in EDGE_WORDS):
                    flagged['edge_function_word'].append((e, d))
                if text is not None and text[span[0]:span[1]] != a['text']:
                    flagged['offset_mismatch'].append((e, d))
    return flagged


def shown(e, guard, width):
    if not guard:
        return True
    t = re.sub(r'[^0-9a-zà-ÿ]', '', e['sentenceText'].lower())
    return not any(t[i:i + width] in guard for i in range(max(1, len(t) - width + 1)))


def changed(a):
    def load(path):
        out = {}
        with open(path, encoding='utf-8') as f:
            for line in f:
                e = json.loads(line)
                out[(e['documentId'], e['trigger']['begin'], e['trigger']['end'], e['type'])] = e

        return out

    def fmt(e):
        return ' '.join(f"{x['role']}={x['text']!r}" + (f"[{x.get('canonical')}]" if x.get('canonical') else '')
                        for x in e['arguments']) or '-'

    b, n = load(a.events[0]), load(a.events[1])
    diff = [(k, b[k], n[k]) for k in b if k in n and b[k]['arguments'] != n[k]['arguments']]
    print(f'{len(diff)} events with changed arguments (of {len(b)} before, {len(n)} after)')
    guard = set(open(a.guard, encoding='utf-8').read().split()) if a.guard else set()
    width = len(next(iter(guard))) if guard else 0
    items = sorted(diff, key=lambda x: hashlib.sha1(f'{x[0][0]}:{x[0][1]}'.encode()).hexdigest())
    hidden = 0
    for k, x, y in items if not a.show else items[:a.show]:
        if not shown(y, guard, width):
            hidden += 1
            continue
        print(f"{k[0][:12]}\t{k[3]} {y['trigger']['text']!r}\n  before {fmt(x)}\n  after  {fmt(y)}\n  {y['sentenceText'][:300]}")
    if guard:
        print(f'{hidden} in a dev-set sentence, not shown')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('events', nargs='+')
    ap.add_argument('--show', type=int, default=0)
    ap.add_argument('--only', default=None, help='show only this class')
    ap.add_argument('--guard', default=None)
    ap.add_argument('--tsv', default=None, help='write class<TAB>events<TAB>arguments')
    ap.add_argument('--changed', action='store_true', help='two files: events whose arguments changed')
    a = ap.parse_args()
    if a.changed:
        changed(a)
        return
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    by_type, by_lemma = person_roles(repo)
    events = []
    for path in a.events:
        with open(path, encoding='utf-8') as f:
            events.extend(json.loads(line) for line in f if line.strip())
    flagged = check(events, by_type, by_lemma, Sources())
    nargs = sum(len(e['arguments']) for e in events)
    print(f'{len(events)} events, {nargs} arguments')
    rows = []
    for cls in CLASSES:
        flagged.setdefault(cls, [])
    for cls in sorted(flagged):
        evs = {id(e) for e, _ in flagged[cls]}
        rows.append((cls, len(evs), len(flagged[cls])))
        print(f'{cls:28s} events {len(evs):5d}  items {len(flagged[cls]):5d}')
    if a.tsv:
        with open(a.tsv, 'w', encoding='utf-8') as f:
            f.write('class\tevents\titems\n' + ''.join(f'{c}\t{n}\t{m}\n' for c, n, m in rows))
    if a.show:
        guard = set(open(a.guard, encoding='utf-8').read().split()) if a.guard else set()
        width = len(next(iter(guard))) if guard else 0
        for cls in sorted(flagged):
            if a.only and cls != a.only:
                continue
            items = [(hashlib.sha1(f"{e['documentId']}:{e['trigger']['begin']}:{d}".encode()).hexdigest(), e, d)
                     for e, d in flagged[cls]]
            hidden = sum(1 for _, e, _ in items if not shown(e, guard, width))
            print(f'\n## {cls} ({len(items)}; {hidden} in a dev-set sentence, not shown)')
            for _, e, d in sorted((x for x in items if shown(x[1], guard, width)), key=lambda x: x[0])[:a.show]:
                print(f"{e['documentId'][:12]}\t{e['type']} {e['trigger']['text']!r}\t{d}\t{e['sentenceText'][:300]}")


if __name__ == '__main__':
    main()
