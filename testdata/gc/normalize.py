#!/usr/bin/env python3
"""Normalizes the standard output of a GC test (testdata/gc) for comparison.

What a collector logs depends on numbers no two VMs share (times, sizes, addresses, how
many collections a run needs), so the comparison keeps what must agree:

  * program output, in order, exactly;
  * unified-logging lines ("[0.012s][info][gc] ...") as the set of their distinct shapes:
    decorations without padding, hexadecimal numbers as ADDR, other numbers as N, runs of
    spaces (which pad numbers of varying width) as one; HotSpot's
    start-up lines about its CDS archive and compressed class space (gc+metaspace lines
    without a GC id) are dropped, as gojvm maps no archive;
  * the SymbolTable/StringTable statistics of -XX:+PrintStringTableStatistics with their
    numbers as N and runs of spaces as one.

cmd/gojvm/gc_golden_test.go implements the same normalization in Go.
"""
import re
import sys

UL = re.compile(r'^\[[0-9.]+s\]\[([a-z]+) *\]\[([a-z,]+) *\] (.*)$')
STAT_PREFIXES = ("Number of ", "Total footprint", "Average bucket", "Variance of", "Std. dev.", "Maximum bucket")


def numbers(s):
    s = re.sub(r'0x[0-9a-f]+', 'ADDR', s)
    s = re.sub(r'[0-9]+(\.[0-9]+)?', 'N', s)
    return re.sub(r' +', ' ', s)


def normalize(text):
    lines, shapes = [], set()
    for line in text.split('\n')[:-1] if text.endswith('\n') else text.split('\n'):
        m = UL.match(line)
        if m:
            level, tags, msg = m.groups()
            if tags == 'gc,metaspace' and not msg.startswith('GC('):
                continue
            shapes.add('[%s][%s] %s' % (level, tags, numbers(msg)))
        elif line.startswith(STAT_PREFIXES):
            lines.append(numbers(line))
        else:
            lines.append(line)
    out = ''.join(l + '\n' for l in lines)
    if shapes:
        out += '--- unified logging: distinct line shapes ---\n'
        out += ''.join(s + '\n' for s in sorted(shapes))
    return out


if __name__ == '__main__':
    sys.stdout.write(normalize(sys.stdin.read()))
