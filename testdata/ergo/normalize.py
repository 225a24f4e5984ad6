#!/usr/bin/env python3
"""Normalizes java's standard output for the ergonomics tests (regen.sh).

Usage: normalize.py OPTLINE < out > normalized

- -XX:+PrintFlagsFinal: only the lines of the flags in flags.txt are kept.
- -XX:+PrintCommandLineFlags: values java derived from this machine's memory
  become placeholders the test derives again: <MEM> (the memory, MaxRAM when
  ergonomics set it), <MEM*P%> (P percent of it, as java computes it: the
  memory times P over 100 in double precision, truncated), and
  <THP_MITIGATION> for -XX:-THPStackMitigation, which java prints unless
  transparent huge pages are in "always" mode.
- unified-logging timestamps become [<T>].
"""
import re
import sys

optline = sys.argv[1]
names = set()
with open("flags.txt") as f:
    for line in f:
        line = line.strip()
        if line and not line.startswith("#"):
            names.add(line)

mem = 0
with open("/proc/meminfo") as f:
    for line in f:
        if line.startswith("MemTotal:"):
            mem = int(line.split()[1]) * 1024


def percent(name, default):
    m = re.search(r"-XX:%s=([0-9.]+)" % name, optline)
    return float(m.group(1)) if m else default


derived = {}
if "-XX:MaxRAM=" not in optline and "-Xmx" not in optline:
    derived["MaxRAM"] = (mem, "<MEM>")
    p = percent("MaxRAMPercentage", 25.0)
    derived["MaxHeapSize"] = (int(mem * p / 100), "<MEM*%s%%>" % p)
if "-XX:MaxRAM=" not in optline and "-Xms" not in optline:
    p = percent("InitialRAMPercentage", 1.5625)
    derived["InitialHeapSize"] = (int(mem * p / 100), "<MEM*%s%%>" % p)

out = []
in_flags = False
for line in sys.stdin.read().split("\n"):
    if line == "[Global flags]":
        in_flags = True
        out.append(line)
        continue
    if in_flags:
        f = line.split()
        if len(f) >= 2 and re.match(r"^ *[a-z_0-9]+ [A-Za-z0-9_]+ +=", line):
            if f[1] in names:
                out.append(line)
            continue
        in_flags = False
    if line.startswith("-XX:"):
        flags = []
        for flag in line.split(" "):
            m = re.match(r"^-XX:([A-Za-z0-9]+)=([0-9]+)$", flag)
            if m and m.group(1) in derived and int(m.group(2)) == derived[m.group(1)][0]:
                flag = "-XX:%s=%s" % (m.group(1), derived[m.group(1)][1])
            elif flag == "-XX:-THPStackMitigation":
                flag = "<THP_MITIGATION>"
            flags.append(flag)
        line = " ".join(flags)
    line = re.sub(r"^\[[0-9]+\.[0-9]+s\]", "[<T>]", line)
    out.append(line)
sys.stdout.write("\n".join(out))
