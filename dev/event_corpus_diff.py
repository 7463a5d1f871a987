"""Session 14: events of two builds on the same unlabelled text, compared (docs/events.md, "Session 14").

  java -jar OLD.jar extract --format events --threads 1 DIR > BEFORE.jsonl
  java -jar NEW.jar extract --format events --threads 1 DIR > AFTER.jsonl
  python3 dev/event_corpus_diff.py BEFORE.jsonl AFTER.jsonl [--show K] [--skip REGEX]

Events are keyed by document, trigger offsets and type. Prints the totals, the new and gone events counted by trigger
lemma, and with --show K up to K new events per lemma, hash-sampled (sha1 of document and offset), with their
sentence (corpus text: read it, keep it out of the repository). --skip leaves documents whose id matches REGEX out of
the shown sample (they are still counted), e.g. the KIND ADG part of the bench corpus, whose sentences may belong
to an unread event set. --gone shows the gone events instead of the new ones (session 20: a change that removes
events), under the same --skip and --guard.
"""
import argparse
import collections
import hashlib
import json
import re


def load(path):
    out = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            e = json.loads(line)
            t = e['trigger']
            out[(e['documentId'], t['begin'], t['end'], e['type'])] = e
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('before')
    ap.add_argument('after')
    ap.add_argument('--show', type=int, default=0)
    ap.add_argument('--skip', default=None)
    ap.add_argument('--guard', default=None, help='shingle file of dev_set sentences (event_unlabelled19.py guard): '
                    'new events in such a sentence are counted, not shown')
    ap.add_argument('--gone', action='store_true', help='show the gone events instead of the new ones')
    a = ap.parse_args()
    b, n = load(a.before), load(a.after)
    new = [n[k] for k in n if k not in b]
    gone = [b[k] for k in b if k not in n]
    print(f'events before {len(b)}, after {len(n)}; new {len(new)}, gone {len(gone)}')
    for name, evs in (('new', new), ('gone', gone)):
        c = collections.Counter(f"{e['type']} {e['trigger'].get('lemma', '')}" for e in evs)
        print(name + ': ' + ', '.join(f'{k} {v}' for k, v in c.most_common()))
    if a.show:
        skip = re.compile(a.skip) if a.skip else None
        guard = set(open(a.guard, encoding='utf-8').read().split()) if a.guard else set()
        width = len(next(iter(guard))) if guard else 0
        hidden = 0
        by = collections.defaultdict(list)
        for e in (gone if a.gone else new):
            if skip and skip.search(e['documentId']):
                continue
            if guard:
                t = re.sub(r'[^0-9a-zà-ÿ]', '', e['sentenceText'].lower())
                if any(t[i:i + width] in guard for i in range(max(1, len(t) - width + 1))):
                    hidden += 1
                    continue
            key = hashlib.sha1(f"{e['documentId']}:{e['trigger']['begin']}".encode()).hexdigest()
            by[f"{e['type']} {e['trigger'].get('lemma', '')}"].append((key, e))
        if guard:
            print(f"{hidden} {'gone' if a.gone else 'new'} events in a dev-set sentence: counted, not shown")
        for lemma, evs in sorted(by.items()):
            print(f'## {lemma} ({len(evs)} shown from)')
            for _, e in sorted(evs, key=lambda x: x[0])[:a.show]:
                s = e['sentenceText']
                trig = e['trigger']['text']
                print(f"{e['documentId']}\t{trig}\t{s[:400]}")


if __name__ == '__main__':
    main()
