#!/usr/bin/env python3
"""JIT compile time by method, tier and origin, and deoptimisations by reason, from a Flight Recording.

Usage (record every compilation: the "profile" settings keep only those over 100 ms):
  sed '/"jdk.Compilation"/,/<\\/event>/ s/100 ms/0 ms/' $JAVA_HOME/lib/jfr/profile.jfc > /tmp/all-compilations.jfc
  java -XX:StartFlightRecording=filename=/tmp/x.jfr,settings=/tmp/all-compilations.jfc -jar extractor.jar extract ...
  jfr print --json --events jdk.Compilation,jdk.Deoptimization /tmp/x.jfr > /tmp/x.json
  extractor-bench/jfr-compilations.py /tmp/x.json [TOP]

Durations are the compiler threads' elapsed time per compilation (inflated on a loaded machine); compare the
shares, and read the compiler threads' CPU from cpu-by-thread.sh.
"""
import collections
import json
import re
import sys


def seconds(iso):
    m = re.match(r'PT(?:(\d+)H)?(?:(\d+)M)?([\d.]+)S', iso)
    if not m:
        raise ValueError('not an ISO-8601 duration: ' + iso)
    return int(m.group(1) or 0) * 3600 + int(m.group(2) or 0) * 60 + float(m.group(3))


def origin(type_name):
    if type_name.startswith('it/storia'):
        return 'it.storia'
    if type_name.startswith('opennlp'):
        return 'opennlp'
    if 'jackson' in type_name:
        return 'jackson'
    return 'jdk/other'


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    events = json.load(open(sys.argv[1]))['recording']['events']
    time_by_method = collections.Counter()
    count_by_method = collections.Counter()
    c2_by_method = collections.defaultdict(list)
    by_tier = collections.Counter()
    by_origin = collections.Counter()
    deopt_reasons = collections.Counter()
    deopt_methods = collections.Counter()
    for e in events:
        v = e['values']
        method = v['method']['type']['name'] + '.' + v['method']['name']
        if e['type'] == 'jdk.Compilation':
            t = seconds(v['duration'])
            time_by_method[method] += t
            count_by_method[method] += 1
            by_tier[v['compileLevel']] += t
            by_origin[origin(v['method']['type']['name'])] += t
            if v['compileLevel'] == 4:
                c2_by_method[method].append((t, v.get('isOsr', False)))
        elif e['type'] == 'jdk.Deoptimization':
            deopt_reasons[(v.get('reason'), v.get('action'))] += 1
            deopt_methods[method] += 1
    total = sum(time_by_method.values())
    c2 = [c for cs in c2_by_method.values() for c in cs]
    c2_total = sum(t for t, _ in c2)
    first = sum(cs[0][0] for cs in c2_by_method.values())
    osr = sum(t for t, o in c2 if o)
    print('compilations: %d, %.1f s; by tier (s): %s' % (sum(count_by_method.values()), total,
          {k: round(by_tier[k], 1) for k in sorted(by_tier)}))
    print('by origin (s): %s' % {k: round(v, 1) for k, v in by_origin.most_common()})
    if c2_total > 0:
        print('C2 (tier 4): %d compilations of %d methods, %.1f s: first compilations %.1f s, recompilations %.1f s'
              ' (%.0f%%), on-stack-replacement %.1f s (%.0f%%)' % (len(c2), len(c2_by_method), c2_total, first,
                                                                 c2_total - first, 100 * (c2_total - first) / c2_total,
                                                                 osr, 100 * osr / c2_total))
    print('--- compile time by method (all tiers)')
    for m, t in time_by_method.most_common(top):
        print('%7.2f s %4d x  %s' % (t, count_by_method[m], m))
    print('--- deoptimisations: %d' % sum(deopt_reasons.values()))
    for r, c in deopt_reasons.most_common(10):
        print('%5d %s' % (c, r))
    for m, c in deopt_methods.most_common(10):
        print('%5d %s' % (c, m))


if __name__ == '__main__':
    main()
