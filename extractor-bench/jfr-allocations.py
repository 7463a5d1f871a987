#!/usr/bin/env python3
"""Sampled allocation by class and by the first project frame, from a Flight Recording.

Usage (a dense allocation sample; the "profile" settings keep 300 samples a second):
  cat > /tmp/alloc.jfc <<'X'
  <?xml version="1.0" encoding="UTF-8"?>
  <configuration version="2.0">
    <event name="jdk.ObjectAllocationSample"><setting name="enabled">true</setting>
      <setting name="throttle">5000/s</setting><setting name="stackTrace">true</setting></event>
  </configuration>
  X
  java -XX:StartFlightRecording=filename=/tmp/x.jfr,settings=/tmp/alloc.jfc -cp extractor-bench/target/benchmarks.jar \
    it.storia.extractor.bench.JarComparison --stage events --corpus target/bench-corpus --rounds 12 --warmup 2 JAR
  jfr print --json --stack-depth 64 --events jdk.ObjectAllocationSample /tmp/x.jfr > /tmp/x.json
  extractor-bench/jfr-allocations.py /tmp/x.json [FRAME_SUBSTRING [TOP]]

Only samples whose stack holds a frame containing FRAME_SUBSTRING (default "runEvents": the timed event-stage
rounds of JarComparison, not its set-up) are counted. Sample weights estimate bytes; compare the shares.
"""
import collections
import json
import sys


def frame_name(frame):
    return '%s.%s:%s' % (frame['method']['type']['name'], frame['method']['name'], frame.get('lineNumber'))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    events = json.load(open(sys.argv[1]))['recording']['events']
    within = sys.argv[2] if len(sys.argv) > 2 else 'runEvents'
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    by_class = collections.Counter()
    by_frame = collections.Counter()
    total = 0
    for e in events:
        stack = e['values'].get('stackTrace')
        if not stack:
            continue
        names = [frame_name(f) for f in stack['frames']]
        if not any(within in n for n in names):
            continue
        weight = e['values']['weight']
        total += weight
        by_class[e['values']['objectClass']['name']] += weight
        by_frame[next((n for n in names if n.startswith('it/storia')), names[0])] += weight
    if total == 0:
        sys.exit('no allocation sample has a frame containing ' + within)
    print('sampled weight %d bytes' % total)
    for title, counter in (('by class', by_class), ('by first it/storia frame', by_frame)):
        print('\n' + title)
        for name, w in counter.most_common(top):
            print('%6.1f%%  %s' % (100.0 * w / total, name))


if __name__ == '__main__':
    main()
