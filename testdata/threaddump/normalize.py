#!/usr/bin/env python3
"""Normalizes a thread dump for comparison between HotSpot and gojvm.

Reads the program's standard output (with the dump in it) on stdin and
writes the normalized dump: what can be the same on any run, machine and JDK
17 update. It drops the timestamp, HotSpot's internal threads (compiler, GC,
"VM Thread", ...), which gojvm does not have, the SMR, JNI and heap
sections (gojvm prints its heap summary with the collector), and masks numbers that vary: thread ids, cpu and elapsed times,
native ids and addresses (each distinct object address becomes <A1>, <A2>,
... in order of appearance, so that "the same object" still shows), and line
numbers in the JDK's own classes; the JDK's build string and release become
<JDK_VERSION> and <JDK_RELEASE>, so a version in another shape still shows. cmd/gojvm's thread dump
test does the same in Go; the two must agree.
"""
import os
import re
import sys

# The JDK's build string (java.vm.version) and release (java.version), set by regen.sh.
JDK_VERSION = os.environ["JDK_VERSION"]
JDK_RELEASE = os.environ["JDK_RELEASE"]

HOTSPOT_INTERNAL = re.compile(r'^"(Service Thread|Monitor Deflation Thread|C[12] CompilerThread\d+|'
                              r'Sweeper thread|VM Thread|VM Periodic Task Thread|G1 [^"]*|GC Thread#\d+|'
                              r'Attach Listener)"')


def normalize(text):
    lines = text.split("\n")
    out = []
    addrs = {}

    def addr(m):
        a = m.group(1)
        if a not in addrs:
            addrs[a] = "A%d" % (len(addrs) + 1)
        return addrs[a]

    i = 0
    skipping = False
    while i < len(lines):
        line = lines[i]
        i += 1
        if re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", line):
            continue
        if line.startswith("Threads class SMR info:"):
            while i < len(lines) and lines[i] != "}":
                i += 1
            i += 2  # "}" and the blank line after it
            continue
        if line.startswith("JNI global refs:") or line.startswith("JNI global references:"):
            continue
        if line == "Heap":  # HotSpot's heap summary: indented lines
            while i < len(lines) and lines[i].startswith(" "):
                i += 1
            if i < len(lines) and lines[i] == "":
                i += 1
            continue
        if line.startswith('"'):
            skipping = bool(HOTSPOT_INTERNAL.match(line))
        if skipping:
            if line == "":
                skipping = False
            continue
        line = line.replace(JDK_VERSION, "<JDK_VERSION>").replace(JDK_RELEASE, "<JDK_RELEASE>")
        line = re.sub(r" #\d+ ", " #N ", line)
        line = re.sub(r"cpu=[\d.]+ms elapsed=[\d.]+s tid=0x[0-9a-f]+ nid=0x[0-9a-f]+", "cpu=T elapsed=T tid=X nid=X", line)
        line = re.sub(r"  \[0x[0-9a-f]+\]$", "  [X]", line)
        line = re.sub(r"<0x([0-9a-f]+)>", lambda m: "<" + addr(m) + ">", line)
        line = re.sub(r"\(object 0x([0-9a-f]+),", lambda m: "(object " + addr(m) + ",", line)
        line = re.sub(r"monitor 0x[0-9a-f]+ ", "monitor M ", line)
        line = re.sub(r"/0x[0-9a-f]+\.", "/0xH.", line)
        line = re.sub(r"\((java\.[a-z.]+|jdk\.[a-z.]+)@<JDK_RELEASE>/([A-Za-z$]+\.java):\d+\)", r"(\1@<JDK_RELEASE>/\2:L)", line)
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(normalize(sys.stdin.read()))
