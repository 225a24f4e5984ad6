#!/usr/bin/env python3
"""Normalizes the standard output of a heap dump test (testdata/hprof) for comparison:
process and thread ids (java_pid<PID>.hprof, hs_err_pid<PID>.log, pid=<PID>, tid=<TID>),
the dump's size and time ("Heap dump file created [<N> bytes in <S> secs]"), HotSpot's
source line in the fatal error banner, the JDK's build number after <JDK_RELEASE>, and the
core dump line of the banner, which depends on the machine's core file limit.
cmd/gojvm/hprof_test.go does the same in Go.
"""
import re
import sys

RULES = [
    (re.compile(r'java_pid[0-9]+\.hprof'), 'java_pid<PID>.hprof'),
    (re.compile(r'hs_err_pid[0-9]+\.log'), 'hs_err_pid<PID>.log'),
    (re.compile(r'Heap dump file created \[[0-9]+ bytes in [0-9.]+ secs\]'),
     'Heap dump file created [<N> bytes in <S> secs]'),
    (re.compile(r'pid=[0-9]+, tid=[0-9]+'), 'pid=<PID>, tid=<TID>'),
    (re.compile(r'\(debug\.cpp:[0-9]+\)'), '(debug.cpp:<LINE>)'),
    (re.compile(r'<JDK_RELEASE>\+[0-9]+'), '<JDK_RELEASE>+<BUILD>'),
    (re.compile(r'^# (No core dump will be written|Core dump will be written)\..*$', re.M), '# <CORE DUMP>'),
]

text = sys.stdin.read()
for pattern, repl in RULES:
    text = pattern.sub(repl, text)
sys.stdout.write(text)
