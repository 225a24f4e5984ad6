#!/usr/bin/env python3
"""Normalizes the standard output of a GC test (testdata/gc) for comparison.

A collector's log holds numbers no two VMs share (times, addresses, how much the JDK's own
start-up allocated), so the comparison keeps what must agree and masks only those numbers:

  * program output, in order, exactly (the SymbolTable/StringTable statistics of
    -XX:+PrintStringTableStatistics with their numbers as N and runs of spaces as one);
  * the unified-logging lines ("[0.012s][info][gc] ...") in order, without decorations'
    padding, hexadecimal numbers as ADDR and other numbers as N. The lines of one
    collection (those with the same "GC(n)") form an event; an event whose lines are the
    same as the previous event's is left out, since how many times in a row a collection of
    one kind runs depends on each VM's allocations, but the kinds of collections, their
    order, their causes and the lines each logs (which generations it touched, its phases)
    do not. HotSpot's start-up lines about its CDS archive and compressed class space
    (gc+metaspace lines without a GC id) are dropped, as gojvm maps no archive;
  * facts: the heap in use after each full collection ("Pause Full ... 12M->3M(...)"): what
    the program keeps alive, which the Go test compares with a tolerance (2 MB or 10%)
    instead of exactly.

cmd/gojvm/gclog_test.go implements the same normalization in Go and also checks that the
numbers gojvm logs are consistent among themselves (after <= before, used <= capacity,
generations adding up).
"""
import re
import sys

UL = re.compile(r'^\[[0-9.]+s\]\[([a-z]+) *\]\[([a-z,]+) *\] (.*)$')
GC_ID = re.compile(r'^GC\(([0-9]+)\) ')
FULL_PAUSE = re.compile(r'^GC\([0-9]+\) Pause Full \(.*\) [0-9]+M->([0-9]+)M\([0-9]+M\) [0-9.]+ms$')
STAT_PREFIXES = ("Number of ", "Total footprint", "Average bucket", "Variance of", "Std. dev.", "Maximum bucket")


def numbers(s):
    s = re.sub(r'0x[0-9a-f]+', 'ADDR', s)
    s = re.sub(r'[0-9]+(\.[0-9]+)?', 'N', s)
    return re.sub(r' +', ' ', s)


def normalize(text):
    program, log, facts = [], [], []
    event_id, event, previous = None, [], None

    def end_event():
        nonlocal event, previous
        if event and event != previous:
            log.extend(event)
        previous, event = event, []

    lines = text.split('\n')
    if text == '' or text.endswith('\n'):
        lines = lines[:-1]
    for line in lines:
        m = UL.match(line)
        if not m:
            program.append(numbers(line) if line.startswith(STAT_PREFIXES) else line)
            continue
        level, tags, msg = m.groups()
        gc = GC_ID.match(msg)
        if tags == 'gc,metaspace' and not gc:
            continue
        shape = '[%s][%s] %s' % (level, tags, numbers(msg))
        if gc and gc.group(1) == event_id:
            event.append(shape)
        else:
            end_event()
            event_id = gc.group(1) if gc else None
            if gc:
                event.append(shape)
            else:
                log.append(shape)
                previous = None
        full = FULL_PAUSE.match(msg) if tags == 'gc' else None
        if full:
            facts.append('heap after full GC: %sM' % full.group(1))
    end_event()

    out = ''.join(l + '\n' for l in program)
    if log:
        out += '--- unified logging, repeated collections once ---\n'
        out += ''.join(l + '\n' for l in log)
    if facts:
        out += '--- facts (compared within 2 MB or 10%) ---\n'
        out += ''.join(f + '\n' for f in facts)
    return out


if __name__ == '__main__':
    sys.stdout.write(normalize(sys.stdin.read()))
