#!/usr/bin/env python3
"""Session 15 (branch evcontext): would an earlier sentence supply what a sense rule needs?

Reads the output of NeedsRuleAudit (run with this branch's context column):
  OUT-events.tsv          every candidate an option rejects on the readable sets (gold / spurious), with windows
  OUT-corpus-windows.tsv  every candidate the options reject on the unlabelled corpus, with windows
Each needs= option is given the complement classes of its condition rules (by rule name, table below); a candidate
counts as "satisfiable" in a window (par = its paragraph before the sentence, p1..p3 = the 1-3 sentences before it)
when the window holds an entity or a word of one of those classes. Prints, per option class and window, the gold
events such a context fallback would gain and the spurious ones it would let in, per set kind, and per option.

usage: python3 dev/needs_context.py OUT-events.tsv [OUT-corpus-windows.tsv] [--options] [--satisfied=WIN:FILE]

--satisfied=par:/tmp/x.tsv writes the set rows whose window WIN satisfies the option's classes, in the
OUT-events.tsv format, for `python3 dev/needs_loso.py /tmp/x.tsv` (the leave-one-set-out of a context fallback).
"""
import re
import sys
from collections import defaultdict

# rule name -> complement class (first matching pattern wins); None = a form/sense condition, no complement
RULES = [
    (r'^(not_noun|not_pp|reflexive|refl_inf|refl_made.*|mortally.*|died_out_(age|date)|obit_date|struck_by_ill|'
     r'gave_life|lost_life|took_life_inf|took_own_life|private_life|until_death|found_death|suffered_death|'
     r'in_final|made_when.*|founded_anniv|passive|passive_stato|in_dissolution|forced_flight|fell_in_battle|'
     r'charged_(of|with)|deprived_of|RULE)$', None),
    (r'(post|title|throne|heir|office|power|reins|regnal|installed_as|elevated_to|sworn_in|seat|succeeded_to)', 'POST'),
    (r'(loc|country|place|camp|lager|prison|sent_to|town|back_in|_cn$|state)', 'PLACE'),
    (r'(body|org|party|alliance|regime|assembly|members|bloc|coalition|enrolled|entry_into|joined|band|unit_formed)',
     'BODY'),
    (r'(against|between|attack|army|side|sided|fought|clash|oppos|contested|resisted|war|battle|over_entity|'
     r'won_over|beaten_by|beat_|surrender|quelled|revolt|toppled|purge|drove_out|pact_with|allied_with|recip|'
     r'elim_)', 'OPPONENT'),
    (r'(person|titled|named|poss|of_cui|object|clitic|succeeded|vanished|crucified|replaced|called_left|'
     r'person_from|of_one|made_prisoner|sent_away)', 'PERSON'),
    (r'^(of|of_np|of_cap|of_after|of_during|from_entity|from_noun|made_by.*|fall_of.*|set_up_.*|expel_.*|'
     r'abolished_army|born_.*|acclaimed.*|created_.*|proclaimed.*|declared.*|retired_from|left_.*|'
     r'gave_up_post|inherited_rule|fled_from.*|forced_.*|merged_.*|to_.*|from_.*|won_.*|gave_battle|'
     r'launched_attack|opposition_.*|fell_regime.*)$', 'ANY'),
]
SATISFY = {'POST': {'POST'}, 'PLACE': {'LOC', 'COUNTRY'}, 'BODY': {'ORG', 'BODY'},
           'OPPONENT': {'PER', 'ORG', 'LOC', 'ARMY'}, 'PERSON': {'PER'}, 'ANY': {'PER', 'ORG', 'LOC'}}
WINDOWS = ['par', 'p1', 'p2', 'p3']


def rule_class(name):
    for pat, cls in RULES:
        if re.search(pat, name):
            return cls
    return 'ANY'


def option_classes(triggers_path):
    out = {}
    for i, line in enumerate(open(triggers_path, encoding='utf-8'), 1):
        f = line.rstrip('\n').split('\t')
        if line.startswith('#') or len(f) < 4:
            continue
        for opt in f[3].split():
            if opt.startswith('needs='):
                cls = {rule_class(r) for r in opt[6:].split('|')} - {None}
                out[i] = cls
    return out


def label(cls):
    if not cls:
        return 'form only'
    return '+'.join(sorted(cls)) if len(cls) <= 2 else 'mixed (3+)'


def parse_windows(w):
    d = {}
    for part in w.split(';'):
        k, _, v = part.partition('=')
        d[k] = set() if v in ('', '-') else set(v.split(','))
        if k == 'pos':
            d['pos_s'] = v.split(',')[0]
    return d


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    per_option = '--options' in sys.argv
    triggers = 'extractor-core/src/main/resources/it/storia/extractor/event/triggers.tsv'
    classes = option_classes(triggers)
    rows = []
    sat_out = [a.split('=', 1)[1] for a in sys.argv[1:] if a.startswith('--satisfied=')]
    sat_win, sat_file = sat_out[0].split(':', 1) if sat_out else (None, None)
    sat_lines = []
    for line in open(args[0], encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if len(f) < 11 or f[3] != 'needs' or f[6] not in ('gold', 'spurious'):
            continue
        rows.append((int(f[0]), f[2], f[4], f[6], parse_windows(f[10])))
        cls = classes.get(int(f[0]), set())
        sat = set().union(*(SATISFY[c] for c in cls)) if cls else set()
        if sat_win and rows[-1][4].get(sat_win, set()) & sat:
            sat_lines.append('\t'.join(f[:10]))
    if sat_file:
        with open(sat_file, 'w', encoding='utf-8') as out:
            out.write('\n'.join(sat_lines) + '\n')
    table = defaultdict(lambda: defaultdict(int))
    opt_table = defaultdict(lambda: defaultdict(int))
    ctx = defaultdict(lambda: defaultdict(int))
    by_set = defaultdict(lambda: defaultdict(int))
    for line_no, lemma, s, kind, w in rows:
        cls = classes.get(line_no, set())
        lab = label(cls)
        sat = set().union(*(SATISFY[c] for c in cls)) if cls else set()
        table[lab][kind] += 1
        opt_table[(line_no, lemma, lab)][kind] += 1
        ctx['all'][kind] += 1
        first = int(w.get('pos_s', '-1')) <= 0
        ctx['first sentence of its document' if first else 'after an earlier sentence'][kind] += 1
        by_set[s][kind] += 1
        by_set[s][kind + ':later'] += 0 if first else 1
        for win in WINDOWS:
            if w.get(win, set()) & sat:
                table[lab][kind + ':' + win] += 1
                opt_table[(line_no, lemma, lab)][kind + ':' + win] += 1
            if w.get(win):
                ctx[win][kind] += 1
    print('rejected candidates on the sets (needs= only): gold %d, spurious %d' % (ctx['all']['gold'], ctx['all']['spurious']))
    print('position: ' + ', '.join('%s gold %d spurious %d' % (k, ctx[k]['gold'], ctx[k]['spurious'])
                                   for k in ('first sentence of its document', 'after an earlier sentence')))
    print('by set (rejected / of which after an earlier sentence): ' + ', '.join(
        '%s gold %d/%d spurious %d/%d' % (k, t['gold'], t['gold:later'], t['spurious'], t['spurious:later'])
        for k, t in sorted(by_set.items())))
    print('window non-empty (any entity/word kind): ' + ', '.join(
        '%s gold %d spurious %d' % (win, ctx[win]['gold'], ctx[win]['spurious']) for win in WINDOWS))
    print()
    print('| option class | options | gold rejected | spurious prevented | ' + ' | '.join(
        '%s: gold / spurious' % w for w in WINDOWS) + ' |')
    print('|---|---|---|---|' + '---|' * len(WINDOWS))
    nopt = defaultdict(int)
    for (ln, lem, lab) in opt_table:
        nopt[lab] += 1
    for lab in sorted(table, key=lambda k: -table[k]['gold']):
        t = table[lab]
        print('| %s | %d | %d | %d | %s |' % (lab, nopt[lab], t['gold'], t['spurious'], ' | '.join(
            '%d / %d' % (t['gold:' + w], t['spurious:' + w]) for w in WINDOWS)))
    if per_option:
        print()
        for key in sorted(opt_table, key=lambda k: -opt_table[k]['gold']):
            t = opt_table[key]
            if t['gold'] == 0:
                continue
            print('%s\t%s\t%s\tgold %d spur %d\t%s' % (key[0], key[1], key[2], t['gold'], t['spurious'], '  '.join(
                '%s %d/%d' % (w, t['gold:' + w], t['spurious:' + w]) for w in WINDOWS)))
    if len(args) > 1:
        corp = defaultdict(lambda: defaultdict(int))
        for line in open(args[1], encoding='utf-8'):
            f = line.rstrip('\n').split('\t')
            if len(f) < 10 or f[3] != 'needs':
                continue
            cls = classes.get(int(f[0]), set())
            lab = label(cls)
            sat = set().union(*(SATISFY[c] for c in cls)) if cls else set()
            w = parse_windows(f[9])
            corp[lab]['all'] += 1
            for win in WINDOWS:
                if w.get(win, set()) & sat:
                    corp[lab][win] += 1
        print()
        print('| option class | corpus rejected | ' + ' | '.join('%s satisfied' % w for w in WINDOWS) + ' |')
        print('|---|---|' + '---|' * len(WINDOWS))
        for lab in sorted(corp, key=lambda k: -corp[k]['all']):
            t = corp[lab]
            print('| %s | %d | %s |' % (lab, t['all'], ' | '.join('%d' % t[w] for w in WINDOWS)))


if __name__ == '__main__':
    main()
