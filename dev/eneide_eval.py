#!/usr/bin/env python3
"""Silver-standard check of the names pipeline on ENEIDE AMD test (Aldo Moro, CC BY-NC-SA 4.0): an AUTOMATIC, larger
measurement beside the hand-annotated dev parts, never a replacement for them.

ENEIDE's annotation is silver (semi-automatic, expert-validated: P 0.92 / R 0.71 against a hand check, see the
corpus' quality_assessment_statistics.txt) and its conventions differ from docs/names.md (titles such as "Padre Santo"
kept as PERSON, not every mention annotated, ...): recall is the number to read; precision is understated by the
mentions ENEIDE leaves out.

The documents are the `paragraphs_test.csv` paragraphs whose doc_id no dev-set file of this worktree references
(`doc=document_N.html`, the names dev parts' reference form; other test files are checked for the id too). The
annotations (`annotations_test.csv`, rows ending in \\r\\r, read with a CSV parser) become a gold TSV with UTF-16
offsets; rows whose offsets do not give their surface are left out and counted. Then `extractor eval names --gold
GOLD --texts DIR` scores exact spans per type (P / R / F1), the same scorer as the dev parts.
Usage: python3 dev/eneide_eval.py ../shared/data [JAR] [--errors]
  (JAR defaults to extractor-cli/target/extractor.jar; run from the repository root)
"""
import csv, io, os, subprocess, sys, tempfile


def rows(path):
    raw = open(path, encoding='utf-8', newline='').read()
    return [r for r in csv.reader(io.StringIO(raw.replace('\r\r', '\r'))) if r and r[0] != 'doc_id']


def referenced_text():
    names = subprocess.run(['git', 'ls-files', 'extractor-core/src/test'], capture_output=True, text=True,
                           check=True).stdout.split()
    out = []
    for n in names:
        try:
            out.append(open(n, encoding='utf-8').read())
        except (UnicodeDecodeError, IsADirectoryError, FileNotFoundError):
            continue
    return '\n'.join(out)


def u16(s):
    return len(s.encode('utf-16-le')) // 2


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    root = os.path.join(argv[1], 'eneide-amd')
    jar = next((a for a in argv[2:] if not a.startswith('--')), 'extractor-cli/target/extractor.jar')
    used = referenced_text()
    paras = {r[0]: r[2] for r in rows(os.path.join(root, 'paragraphs_test.csv'))}
    docs = {d: t for d, t in paras.items() if d not in used}
    types = {'PER': 'PERSON', 'ORG': 'ORGANIZATION', 'LOC': 'LOCATION'}
    gold, bad = [], 0
    for d, b, e, surface, typ, _ in rows(os.path.join(root, 'annotations_test.csv')):
        if d not in docs:
            continue
        t, b, e = docs[d], int(b), int(e)
        if t[b:e] != surface or typ not in types:
            bad += 1
            continue
        gold.append((d[:-5], u16(t[:b]), u16(t[:e]), types[typ], surface))
    with tempfile.TemporaryDirectory() as tmp:
        for d, t in docs.items():
            with open(os.path.join(tmp, d[:-5] + '.txt'), 'w', encoding='utf-8') as f:
                f.write(t)
        g = os.path.join(tmp, 'gold.tsv')
        with open(g, 'w', encoding='utf-8') as f:
            f.write('# doc\tbegin\tend\ttype\ttext (ENEIDE AMD test, silver)\n')
            seen = set()
            for row in sorted(gold, key=lambda x: (x[0], x[1])):
                f.write('\t'.join(map(str, row)) + '\n')
                seen.add(row[0])
            for d in sorted(docs):
                if d[:-5] not in seen:
                    f.write(d[:-5] + '\n')
        print('ENEIDE AMD test (SILVER): %d of %d documents unreferenced by the dev sets, %d mentions, %d rows left out '
              '(offsets do not give the surface)' % (len(docs), len(paras), len(gold), bad))
        cmd = ['java', '-jar', jar, 'eval', 'names', '--gold', g, '--texts', tmp]
        if '--errors' in argv:
            cmd.append('--errors')
        sys.stdout.flush()
        subprocess.run(cmd, check=True)


if __name__ == '__main__':
    main(sys.argv)
