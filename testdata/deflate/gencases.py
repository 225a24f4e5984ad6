#!/usr/bin/env python3
"""Writes cases.txt, the Deflater scripts that regen.sh records java's results of (see the
header it writes for the script language)."""
import os

lines = []
def case(name, *ops):
    lines.append(name + " " + " ".join(ops))

lines.append("""# Deflater scripts for DeflaterCases.java (recorded from java into cases.golden by regen.sh)
# and internal/zstream's TestJavaGolden. One case a line: a name, then operations:
#   new L W            new Deflater(L, nowrap=W==1)
#   data KIND N SEED   the case's input: N bytes of KIND (zero random text runs abcd periodic
#                      mixed) from SEED
#   dict KIND N SEED   setDictionary with such bytes
#   level L / strategy S   setLevel / setStrategy
#   input N            setInput with the next N input bytes (-1: all that is left)
#   write N C O        DeflaterOutputStream.write of the next N bytes (-1: the rest): setInput
#                      C bytes at a time, deflate(new byte[O]) while !needsInput()
#   deflate O F        one deflate(new byte[O], 0, O, F), F one of none sync full
#   flush O F          DeflaterOutputStream.flush: deflate with F until it returns less than O
#   finish O           finish(), then deflate(new byte[O]) until finished()
#   finishonly         finish()
#   reset / end        reset() / end()
#   print              print the case's line (a case may print several times)
# Every deflate call's result goes into the trace; an exception from an operation is traced
# and the case goes on.""")

levels = list(range(-1, 10))
# A. every level, strategy and wrapper on a few kinds, one setInput and finish
for kind, n in [("text", 30000), ("mixed", 30000), ("random", 20000)]:
    for lv in levels:
        for st in range(3):
            for w in (0, 1):
                case(f"matrix-{kind}-l{lv}-s{st}-w{w}", f"new {lv} {w}",
                     *([f"strategy {st}"] if st else []), f"data {kind} {n} {lv * 7 + st}",
                     "input -1", "finish 8192", "print")
for kind, n in [("text", 150000), ("runs", 200000), ("abcd", 60000), ("periodic", 150000),
                ("zero", 100000), ("mixed", 150000)]:
    for lv in (-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9):
        case(f"kind-{kind}-l{lv}", f"new {lv} 0", f"data {kind} {n} 11", "input -1",
             "finish 8192", "print")
    for st in (1, 2):
        case(f"kind-{kind}-s{st}", "new 6 0", f"strategy {st}", f"data {kind} {n} 11",
             "input -1", "finish 8192", "print")

# B. sizes around the matching, window and block limits
for n in (0, 1, 2, 3, 4, 257, 258, 259, 262, 263, 16383, 16384, 32506, 32767, 32768, 32769,
          65531, 65535, 65536, 65537, 100000):
    for kind in ("text", "random", "runs"):
        for lv in (0, 1, 6, 9):
            for w in (0, 1):
                case(f"size-{n}-{kind}-l{lv}-w{w}", f"new {lv} {w}", f"data {kind} {n} {n}",
                     "write -1 512 512", "finish 512", "print")
# several megabytes
for lv in (-1, 0, 1):
    case(f"big-mixed-l{lv}", f"new {lv} 0", "data mixed 3000000 77", "write -1 8192 8192",
         "finish 8192", "print")
case("big-text-l9", "new 9 1", "data text 1000000 78", "write -1 65536 65536",
     "finish 65536", "print")
case("big-random-l6", "new 6 0", "data random 1000000 79", "write -1 100000 1000",
     "finish 1000", "print")

# C. output buffer sizes, DeflaterOutputStream's pattern and big one-shot buffers
for lv in (0, 1, 4, 6, 9):
    for o in (1, 2, 5, 13, 64, 511, 4096, 65536):
        case(f"outbuf-l{lv}-o{o}", f"new {lv} {o % 2}", f"data mixed 40000 {o}",
             f"write -1 512 {o}", f"finish {o}", "print")
    for c, o in ((100000, 200000), (300000, 70000), (70000, 300000), (1, 100000), (65536, 65536)):
        n = 300000 if c > 1 else 40000
        case(f"chunks-l{lv}-c{c}-o{o}", f"new {lv} 1", f"data random {n} 3",
             f"write -1 {c} {o}", f"finish {o}", "print")
        case(f"chunks-text-l{lv}-c{c}-o{o}", f"new {lv} 0", f"data text {n} 4",
             f"write -1 {c} {o}", f"finish {o}", "print")

# D. flushes
for lv in (0, 1, 6, 9):
    for st in (0, 2):
        for o in (1, 3, 6, 100, 512, 70000):
            # DeflaterOutputStream.flush loops until a call returns less than its
            # buffer; below 6 bytes that never happens (each call after the flush
            # completes starts another empty stored block), so single calls instead.
            def fl(mode):
                return [f"flush {o} {mode}"] if o >= 6 else [f"deflate {o} {mode}"] * 9
            case(f"flush-l{lv}-s{st}-o{o}", f"new {lv} 0", f"strategy {st}",
                 "data mixed 60000 5", f"write 1000 300 {o}", *fl("sync"), "print",
                 f"write 7000 7000 {o}", *fl("full"), *fl("sync"), *fl("full"),
                 "print", f"write 40000 512 {o}", *fl("sync"), f"deflate {o} sync",
                 f"deflate {o} none", f"write -1 4096 {o}",
                 f"finish {o}", "print")
    case(f"flush-empty-l{lv}", f"new {lv} 1", f"flush 512 sync", f"flush 512 full",
         "print", "finish 512", "print")
    case(f"flush-each-l{lv}", f"new {lv} 1", "data text 20000 6", "write 100 100 64",
         "flush 64 sync", "write 1 1 64", "flush 64 sync", "write 2 2 64", "flush 64 full",
         "write 5000 5000 64", "flush 64 full", "write -1 700 64", "finish 64", "print")

# E. level and strategy changes
seqs = [
    ["level 1", "level 0", "level 9", "strategy 1", "strategy 2", "level -1", "strategy 0"],
    ["level 0", "level 6", "level 0", "level 2", "level 3", "level 4", "level 5"],
    ["strategy 2", "level 0", "strategy 0", "level 8", "level 7", "strategy 1", "level 1"],
    ["level 4", "level 6", "level 2", "level 1", "level 9", "level 0", "level 5"],
]
for si, seq in enumerate(seqs):
    for lv0 in (-1, 0, 6):
        for o in (1, 7, 512, 65536):
            for step in (3000, 40000):
                ops = [f"new {lv0} {si % 2}", f"data mixed 300000 {si}"]
                for s in seq:
                    ops += [f"write {step} {min(step, 1024)} {o}", s]
                ops += [f"write -1 4096 {o}", f"finish {o}", "print"]
                case(f"params-{si}-l{lv0}-o{o}-n{step}", *ops)
case("params-before-input", "new 6 0", "level 0", "strategy 2", "data text 10000 1",
     "input -1", "finish 100", "print")
case("params-same-func", "new 6 0", "data text 80000 2", "write 20000 20000 512", "level 9",
     "write 20000 20000 512", "level 4", "write -1 20000 512", "finish 512", "print")
case("params-after-finish", "new 6 0", "data text 1000 3", "input -1", "finish 512", "print",
     "level 0", "deflate 512 none", "print", "level 1", "deflate 512 none", "print")
case("params-after-finish-raw", "new 1 1", "data text 1000 3", "input -1", "finish 512",
     "strategy 2", "deflate 512 none", "print")
case("params-after-reset", "new 6 0", "data text 60000 3", "write 30000 512 512", "level 0",
     "reset", "write -1 512 512", "finish 512", "print")
case("params-bad", "new 6 0", "level 10", "print", "level -2", "strategy 3", "strategy -1",
     "data text 100 1", "input -1", "finish 64", "print")
case("params-pending", "new 6 0", "data text 50000 4", "input 20000", "deflate 100 none",
     "level 0", "deflate 1 none", "deflate 1 none", "deflate 5 none", "deflate 100 none",
     "print", "write -1 512 512", "finish 512", "print")

# F. dictionaries
for w in (0, 1):
    for dn in (1, 2, 3, 100, 32767, 32768, 40000):
        for lv in (0, 1, 6, 9):
            case(f"dict-{dn}-l{lv}-w{w}", f"new {lv} {w}", f"dict text {dn} 9", "print",
                 "data text 50000 9", "write -1 512 512", "finish 512", "print")
case("dict-after-start", "new 6 0", "data text 5000 1", "write 100 100 512", "dict text 100 1",
     "write -1 512 512", "finish 512", "print")
case("dict-twice", "new 6 0", "dict text 300 1", "dict random 200 2", "print",
     "data text 5000 1", "write -1 512 512", "finish 512", "print")
case("dict-raw-midstream", "new 6 1", "data text 60000 2", "write 20000 512 512",
     "flush 512 full", "dict text 40000 3", "print", "write 20000 512 512", "flush 512 sync",
     "dict text 500 4", "write 100 100 512", "dict text 500 5", "write -1 512 512",
     "finish 512", "print")
case("dict-raw-pending", "new 6 1", "data text 60000 2", "write 10000 512 512",
     "dict text 500 4", "print", "finish 512", "print")
case("dict-level0", "new 0 0", "dict text 100 1", "data text 5000 1", "write -1 512 512",
     "finish 512", "print")
case("dict-after-finish", "new 6 0", "data text 100 1", "input -1", "finish 512", "dict text 50 1",
     "print", "reset", "dict text 50 1", "data text 300 1", "input -1", "finish 512", "print")

# G. reset and reuse (the window keeps the previous stream's bytes)
for lv in (0, 1, 6, 9):
    case(f"reset-l{lv}", f"new {lv} 0", "data text 100000 1", "write -1 4096 512",
         "finish 512", "print", "reset", "data random 40000 2", "write -1 4096 512",
         "finish 512", "print", "reset", "data text 20000 1", "write -1 512 512",
         "finish 512", "print", "reset", "data text 70000 3", "write 30000 512 512",
         "reset", "write -1 512 512", "finish 512", "print")

# H. end
case("end", "new 6 0", "data text 1000 1", "input -1", "end", "deflate 512 none", "print",
     "dict text 10 1", "reset", "print")

# I. edges
case("edge-more-after-finish", "new 6 0", "data text 20000 1", "input 10000", "finishonly",
     "deflate 10 none", "deflate 10 none", "input -1", "deflate 512 none", "deflate 512 none",
     "print")
case("edge-out0", "new 6 0", "data text 2000 1", "input -1", "deflate 0 none", "deflate 0 sync",
     "finishonly", "deflate 0 none", "print", "finish 512", "deflate 0 none", "deflate 512 none",
     "print")
case("edge-finished-again", "new 6 1", "data text 100 1", "input -1", "finish 512",
     "deflate 512 none", "deflate 512 none", "input -1", "deflate 512 none", "print")
case("edge-bad-init", "new 10 0", "print")
case("edge-bad-init2", "new -2 1", "print")
case("edge-input-after-finish-started", "new 6 0", "data text 2000 1", "input 100", "finishonly",
     "deflate 10 none", "print", "input -1", "deflate 512 none", "print", "deflate 512 none",
     "print")
case("edge-input-after-finish-started-raw", "new 0 1", "data random 2000 1", "input 100",
     "finishonly", "deflate 10 none", "input -1", "deflate 512 none", "deflate 512 none", "print")
case("edge-finish-tiny", "new 9 0", "data random 3000 1", "input -1", "finish 1", "print")
case("edge-level0-flushes", "new 0 0", "data random 100000 2", "write 50 50 100000",
     "flush 100000 sync", "write 70000 70000 10", "flush 10 sync", "write -1 30000 200000",
     "finish 200000", "print")

open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.txt"), "w").write("\n".join(lines) + "\n")
print(f"cases.txt: {len(lines) - 1} cases")
