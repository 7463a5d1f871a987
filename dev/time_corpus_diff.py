"""DATE entities that differ between two `extract --output` runs over the same unlabelled corpus (session 13): what a
rule change does outside the dev sets, for the hand check of a sample. Prints each changed, added or removed DATE with
a short context (for reading only: never paste it into the repository) and the counts.

  python3 dev/time_audit.py prepare /tmp/audit
  java -jar OLD.jar extract --threads 2 --document-dates /tmp/audit/dg-dates.tsv --output /tmp/old-dg DIRS...
  java -jar NEW.jar extract --threads 2 --document-dates /tmp/audit/dg-dates.tsv --output /tmp/new-dg DIRS...
  python3 dev/time_corpus_diff.py /tmp/old-dg /tmp/new-dg
"""
import glob, json, os, sys


def dates(path):
    with open(path, encoding='utf-8') as f:
        doc = json.load(f)
    return doc, {(e['begin'], e['end']): (e['text'], e.get('value'), e.get('mod'))
                 for e in doc.get('entities', []) if e['type'] == 'DATE'}


def main():
    old, new = sys.argv[1], sys.argv[2]
    counts = {'changed': 0, 'added': 0, 'removed': 0, 'docs': 0}
    for p in sorted(glob.glob(os.path.join(new, '*.json'))):
        q = os.path.join(old, os.path.basename(p))
        if not os.path.exists(q):
            continue
        doc, b = dates(p)
        _, a = dates(q)
        if a == b:
            continue
        counts['docs'] += 1
        src = doc.get('source')
        text = open(src, encoding='utf-8').read() if src and os.path.exists(src) else None
        for span in sorted(set(a) | set(b)):
            if a.get(span) == b.get(span):
                continue
            kind = 'changed' if span in a and span in b else 'added' if span in b else 'removed'
            counts[kind] += 1
            ctx = ''
            if text is not None:
                ctx = (text[max(0, span[0] - 60):span[0]] + '[' + text[span[0]:span[1]] + ']'
                       + text[span[1]:span[1] + 30]).replace('\n', ' ')
            print(f"{kind:8s} {os.path.basename(p)[:12]} {a.get(span)} -> {b.get(span)} | {ctx}")
    print(counts)


if __name__ == '__main__':
    main()
