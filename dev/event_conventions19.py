#!/usr/bin/env python3
"""Session 19: settles the event conventions that sets 20 and 21 wrote against sets 10, 12, 13, 15 and 17.

Decision (lead, session 19; docs/events.md "Session 19: conventions settled"): a judicial conviction or sentence
("condannato a morte", "i condannati"), a place conquered, stormed or occupied ("conquistata", "espugnata",
"occupò l'abitato") and a kidnapping ("rapì", "il sequestro") are not events, as the older sets and the issue's type
list (ACCUSATION = accused, DEFEAT = a party defeated, ARREST = arrested) say. A moral condemnation in the active voice
("condannò la nobiltà") stays ACCUSATION (sets 14, 17).

Removes from heldout20-mixed.txt and heldout21-mixed.txt every gold line `> ACCUSATION|DEFEAT|ARREST <trigger>` whose
trigger starts with condannat/conquist/espugn/rapì/rapi/rapiment/sequestr/occup, and an active "condann..." only in
the readable part a (part b's active forms are not read, so they are kept: none was found). Prints only counts by
(part, type, stem), never a part-b line. Idempotent: a second run removes nothing.
  python3 dev/event_conventions19.py
"""
import collections, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from parts_common import half  # noqa: E402

DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'extractor-core/src/test/resources/devset/events')
FORMS = re.compile(r'^> (ACCUSATION|DEFEAT|ARREST) '
                   r'(condannat|condannò|condann|conquist|espugn|rap[iì]|rapiment|sequestr|occup)', re.I)
SETS = (('heldout20-mixed.txt', 's16ab:'), ('heldout21-mixed.txt', 's18ab:'))


def settle(path, salt):
    kept, counts, item = [], collections.Counter(), None
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for line in lines:
        if line.startswith('=== '):
            item = line[4:].strip()
        m = FORMS.match(line) if item else None
        part = half(salt, item) if m else None
        active_condemnation = m and m.group(2).lower().startswith('condann') \
            and not m.group(2).lower().startswith('condannat')
        if m and not (active_condemnation and part == 'b'):
            counts[(part, m.group(1), m.group(2).lower())] += 1
            continue
        kept.append(line)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(kept))
    return counts


if __name__ == '__main__':
    for name, salt in SETS:
        print(name, dict(settle(os.path.join(DIR, name), salt)))
