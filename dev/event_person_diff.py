#!/usr/bin/env python3
"""Compares the PERSON agents/patients of two `extract --format events` outputs (session 14, branch evpers).

Events are keyed by document, trigger offsets and type. Prints the counts (events, events with a PERSON agent or
patient, PERSON agent/patient arguments) of both outputs and one line per event whose PERSON agents/patients differ
(gone, new or changed), with its sentence: corpus text, so keep the output out of the repository.

Usage:
  java -jar /tmp/s14/before.jar extract --format events DIR > before.jsonl
  java -jar extractor-cli/target/extractor.jar extract --format events DIR > after.jsonl
  python3 dev/event_person_diff.py before.jsonl after.jsonl
"""
import json
import sys


def persons(event):
    return sorted(f"{a['role']}={a.get('canonical') or a['text']}" for a in event.get('arguments', [])
                  if a.get('type') == 'PERSON' and a['role'] in ('agent', 'patient'))


def load(path):
    out = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line.startswith('{'):
                continue
            e = json.loads(line)
            out[(e['documentId'], e['trigger']['begin'], e['trigger']['end'], e['type'])] = e
    return out


def stats(events):
    with_person = sum(1 for e in events.values() if persons(e))
    args = sum(len(persons(e)) for e in events.values())
    return f'{len(events)} events, {with_person} with a PERSON agent/patient, {args} PERSON agents/patients'


def main(before_path, after_path):
    before, after = load(before_path), load(after_path)
    print('before:', stats(before))
    print('after: ', stats(after))
    changed = 0
    for key in sorted(set(before) | set(after)):
        b = persons(before[key]) if key in before else None
        a = persons(after[key]) if key in after else None
        if b == a:
            continue
        changed += 1
        e = after.get(key) or before.get(key)
        print(f"{key[0]}\t{key[3]}[{e['trigger']['text']}]\t{b} -> {a}\t{e.get('sentenceText', '')[:300]}")
    print('events whose PERSON agents/patients changed:', changed)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
