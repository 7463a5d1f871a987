#!/usr/bin/env python3
"""CPU samples of a Flight Recording by top frame (self), by first project frame and by any frame (inclusive).

Usage (the "profile" settings sample every 10 ms; record a JarComparison of one jar after its warm-up):
  java -Xmx1g -XX:StartFlightRecording=delay=60s,duration=150s,filename=/tmp/x.jfr,settings=profile \
    -cp extractor-bench/target/benchmarks.jar it.storia.extractor.bench.JarComparison \
    --corpus target/bench-corpus --rounds 60 JAR            # or --stage names|dates|... (frame runStage)
  jfr print --json --stack-depth 64 --events jdk.ExecutionSample /tmp/x.jfr > /tmp/x.json
  extractor-bench/jfr-cpu.py /tmp/x.json [FRAME_SUBSTRING [TOP [PROJECT_PACKAGE]]]

Only samples whose stack holds a frame (Class.method) containing FRAME_SUBSTRING are counted (default
"Build.run": JarComparison's timed pipeline rounds; "RuleTemporalTagger.annotate" gives the dates stage inside them).
"""
import collections
import json
import sys


def name(frame, line=False):
    n = '%s.%s' % (frame['method']['type']['name'].split('/')[-1], frame['method']['name'])
    return n + (':%s' % frame.get('lineNumber') if line else '')


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    events = json.load(open(sys.argv[1]))['recording']['events']
    within = sys.argv[2] if len(sys.argv) > 2 else 'Build.run'
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    project = sys.argv[4] if len(sys.argv) > 4 else 'it/storia'
    own = collections.Counter()
    first = collections.Counter()
    inclusive = collections.Counter()
    total = 0
    for e in events:
        stack = e['values'].get('stackTrace')
        if not stack:
            continue
        frames = stack['frames']
        if not any(within in name(f) for f in frames):
            continue
        total += 1
        own[name(frames[0], True)] += 1
        for n in {name(f) for f in frames}:
            inclusive[n] += 1
        for f in frames:
            if f['method']['type']['name'].startswith(project):
                first[name(f, True)] += 1
                break
    print('samples', total)
    for title, counts in (('self', own), ('first project frame', first), ('inclusive', inclusive)):
        print('==', title)
        for k, v in counts.most_common(top):
            print('%6.1f%% %6d %s' % (100.0 * v / max(total, 1), v, k))


if __name__ == '__main__':
    main()
