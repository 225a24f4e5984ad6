#!/usr/bin/env python3
"""Measures gojvm against java on a large set of mutated class files.

Usage: measure.py GOJVM [--java JAVA] [--out DIR] [--jobs N] [--only NAME-PREFIX]

Writes about 870 mutants of javac-compiled classes (the verifier corpus's
Sample and a few classes of testdata/run): truncations, bad constant-pool
indexes, damaged descriptors, changed code and exception tables, attribute
lengths and random single-byte changes, chosen by a fixed random seed, so a
second run makes the same files. Each mutant runs under `java` and
`gojvm run` (with the class's own directory after the mutant on the class
path) and the two are compared:

  same        stdout, stderr and exit status identical
  message     the same error class, another message (or other output)
  class       another error class or exit status
  crash       gojvm ended in a Go panic, an internal error, a signal or a hang

The summary goes to stdout; DIR/report.txt lists every difference, and
DIR/mutants/<name>/ keeps each mutant for a closer look. This is a
measurement, not a golden test: representative mutants go to mutate.py and
tests.txt, whose goldens regen.sh records from java.
"""
import argparse
import concurrent.futures
import os
import random
import re
import shutil
import struct
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.dirname(os.path.abspath(__file__))
TESTDATA = os.path.dirname(os.path.dirname(HERE))


def load_mutate():
    """mutate.py's ClassFile parser (mutate.py runs main() when imported)."""
    src = open(os.path.join(HERE, "mutate.py")).read().replace("\nmain()\n", "\n")
    ns = {}
    exec(compile(src, "mutate.py", "exec"), ns)
    return ns["ClassFile"]


ClassFile = load_mutate()

# (class directory, class name): the seeds, with the programs' arguments.
SEEDS = [
    ("verify/classes", "Sample", 300),
    ("run/classes", "Arith", 190),
    ("run/classes", "Exceptions", 190),
    ("run/classes", "Switches", 190),
]


def refs(cf):
    """(offset, size, what) of every constant-pool index inside the pool."""
    out = []
    for i, e in enumerate(cf.cp):
        if not e:
            continue
        tag, off, val = e
        if tag in (7, 8, 16, 19, 20):
            out.append((off + 1, 2, "cp%d-tag%d" % (i, tag)))
        elif tag in (9, 10, 11, 12):
            out.append((off + 1, 2, "cp%d-tag%d-a" % (i, tag)))
            out.append((off + 3, 2, "cp%d-tag%d-b" % (i, tag)))
        elif tag in (17, 18):
            out.append((off + 3, 2, "cp%d-tag%d-nat" % (i, tag)))
        elif tag == 15:
            out.append((off + 2, 2, "cp%d-mh-ref" % i))
    return out


def methods_code(cf):
    return [(m, m["attrs"]["Code"]) for m in cf.methods if "Code" in m["attrs"]]


def mutants(cf, budget, rng):
    """Yields (family, name, bytes), at most budget of them."""
    data = bytes(cf.data)
    out = []

    def at(off, size, v):
        b = bytearray(data)
        if size == 1:
            b[off] = v & 0xFF
        elif size == 2:
            struct.pack_into(">H", b, off, v & 0xFFFF)
        else:
            struct.pack_into(">I", b, off, v & 0xFFFFFFFF)
        return bytes(b)

    # Truncations.
    n = len(data)
    cuts = sorted(set([0, 4, 8, 9, 10] + [rng.randrange(10, n) for _ in range(25)]))
    for c in cuts:
        out.append(("truncate", "trunc-%d" % c, data[:c]))

    # Constant-pool indexes: zero, past the pool, to an entry of another kind.
    utf8s = [i for i, e in enumerate(cf.cp) if e and e[0] == 1]
    ints = [i for i, e in enumerate(cf.cp) if e and e[0] in (3, 4, 5, 6)]
    classes = [i for i, e in enumerate(cf.cp) if e and e[0] == 7]
    rs = refs(cf)
    rng.shuffle(rs)
    for off, size, what in rs[:22]:
        out.append(("cpindex", what + "-zero", at(off, size, 0)))
        out.append(("cpindex", what + "-past", at(off, size, cf.cp_count + rng.randrange(0, 3))))
        other = rng.choice(utf8s + ints + classes)
        out.append(("cpindex", what + "-to%d" % other, at(off, size, other)))
    for what, off in (("this", cf.this_off), ("super", cf.super_off)):
        out.append(("cpindex", what + "-zero", at(off, 2, 0)))
        out.append(("cpindex", what + "-utf8", at(off, 2, rng.choice(utf8s))))

    # Descriptors and names: a Utf8 entry used as one, changed in place (same length).
    descs = sorted({m["desc"] for m in cf.methods} | {f["desc"] for f in cf.fields})
    names = sorted({m["name"] for m in cf.methods} | {f["name"] for f in cf.fields})
    for s in descs + names + [cf.utf8(cf.cp[i][2]) for i in classes[:6]]:
        if not s:
            continue
        idx = cf.utf8_index(s)
        off = cf.cp[idx][1] + 3
        enc = s.encode("utf-8")
        for _ in range(2):
            p = rng.randrange(len(enc))
            ch = rng.choice(b"V;[L()/.<>IJZX$0")
            out.append(("descriptor", "utf8-%d-%d-%c" % (idx, p, ch), at(off + p, 1, ch)))

    # Code: limits, lengths and opcodes.
    for m, code in methods_code(cf):
        name = m["name"].strip("<>")
        ms = code["max_stack"]
        out.append(("code", name + "-max-stack-0", at(ms, 2, 0)))
        out.append(("code", name + "-max-locals-0", at(ms + 2, 2, 0)))
        out.append(("code", name + "-max-stack-1", at(ms, 2, 1)))
        out.append(("code", name + "-code-length-plus1", at(code["code_length_off"], 4, code["code_length"] + 1)))
        out.append(("code", name + "-code-length-minus1", at(code["code_length_off"], 4, code["code_length"] - 1)))
        out.append(("code", name + "-code-length-huge", at(code["code_length_off"], 4, 0x10000)))
        for _ in range(4):
            p = rng.randrange(code["code_length"])
            v = rng.randrange(256)
            out.append(("code", "%s-byte%d-%02x" % (name, p, v), at(code["code"] + p, 1, v)))
        # Exception tables.
        for k in range(code["exceptions"]):
            e = code["exceptions_off"] + 2 + 8 * k
            cl = code["code_length"]
            out.append(("exceptions", "%s-exc%d-start-past" % (name, k), at(e, 2, cl)))
            out.append(("exceptions", "%s-exc%d-end-past" % (name, k), at(e + 2, 2, cl + 1)))
            out.append(("exceptions", "%s-exc%d-handler-past" % (name, k), at(e + 4, 2, cl)))
            out.append(("exceptions", "%s-exc%d-handler-mid" % (name, k), at(e + 4, 2, rng.randrange(cl))))
            out.append(("exceptions", "%s-exc%d-catch-utf8" % (name, k), at(e + 6, 2, rng.choice(utf8s))))
            out.append(("exceptions", "%s-exc%d-catch-past" % (name, k), at(e + 6, 2, cf.cp_count)))
        out.append(("exceptions", name + "-exc-count-plus1", at(code["exceptions_off"], 2, code["exceptions"] + 1)))
        for aname, a in code["attrs"].items():
            out.append(("attribute", "%s-%s-len-plus1" % (name, aname), at(a["off"] + 2, 4, a["len"] + 1)))
            out.append(("attribute", "%s-%s-len-minus1" % (name, aname), at(a["off"] + 2, 4, a["len"] - 1)))
            if a["len"] > 2:
                p = rng.randrange(a["len"])
                out.append(("attribute", "%s-%s-byte%d" % (name, aname, p), at(a["data"] + p, 1, rng.randrange(256))))
    for m in cf.methods + cf.fields:
        for aname, a in m["attrs"].items():
            out.append(("attribute", "%s-%s-len-plus1" % (m["name"].strip("<>"), aname), at(a["off"] + 2, 4, a["len"] + 1)))
    for aname, a in cf.attrs.items():
        out.append(("attribute", "class-%s-len-plus1" % aname, at(a["off"] + 2, 4, a["len"] + 1)))
        out.append(("attribute", "class-%s-len-minus1" % aname, at(a["off"] + 2, 4, a["len"] - 1)))
        if a["len"] > 2:
            p = rng.randrange(a["len"])
            out.append(("attribute", "class-%s-byte%d" % (aname, p), at(a["data"] + p, 1, rng.randrange(256))))

    # Flags.
    for m in cf.methods + cf.fields:
        v = rng.choice([0x0003, 0x0006, 0x0010 | 0x0400, 0x0040 | 0x0010, 0x0100, 0x0400, 0x0800, 0xFFFF])
        out.append(("flags", "%s-flags-%04x" % (m["name"].strip("<>"), v), at(m["off"], 2, v)))
    for v in (0x0200, 0x0400, 0x0410, 0x2000, 0x4000, 0x8000, 0x0601):
        out.append(("flags", "class-flags-%04x" % v, at(cf.access_off, 2, v)))

    # Random single-byte changes anywhere: a quarter of the budget.
    rng.shuffle(out)
    out = out[:budget - budget // 4]
    names = set(x[1] for x in out)
    while len(out) < budget:
        p = rng.randrange(8, n)
        v = rng.randrange(256)
        if data[p] == v:
            continue
        name = "byte%d-%02x" % (p, v)
        if name not in names:
            names.add(name)
            out.append(("random", name, at(p, 1, v)))
    return sorted(out, key=lambda x: (x[0], x[1]))


def run(cmd, cwd, timeout):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        return "timeout", (e.stdout or b"").decode("utf-8", "replace"), (e.stderr or b"").decode("utf-8", "replace")


ERROR_RE = re.compile(r"(java\.lang\.[A-Za-z]*(Error|Exception))(: (.*))?")


def error_of(rc, err):
    """The error class and message java/gojvm reported, or the exit status."""
    m = ERROR_RE.search(err)
    if m:
        return m.group(1), (m.group(4) or "")
    return "rc=%s" % rc, ""


def env():
    e = {k: v for k, v in os.environ.items()
         if k not in ("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "CLASSPATH", "LC_ALL", "TZ", "LANG")}
    e.update(LC_ALL="C.UTF-8", TZ="UTC")
    return e


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gojvm")
    ap.add_argument("--java", default=shutil.which("java"))
    ap.add_argument("--out", default="/tmp/gojvm-measure")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="", help="comma-separated prefixes of the mutants to run")
    ap.add_argument("--timeout", type=int, default=30)
    a = ap.parse_args()
    gojvm = os.path.abspath(a.gojvm)
    e = env()
    os.environ.clear()
    os.environ.update(e)
    shutil.rmtree(os.path.join(a.out, "mutants"), ignore_errors=True)
    cases = []
    for d, cls, budget in SEEDS:
        cdir = os.path.join(TESTDATA, d)
        with open(os.path.join(cdir, cls + ".class"), "rb") as f:
            cf = ClassFile(f.read())
        rng = random.Random("gojvm-measure-" + cls)
        for family, name, data in mutants(cf, budget, rng):
            mname = cls + "-" + name
            if not any(mname == o or mname.startswith(o) for o in a.only.split(",")):
                continue
            mdir = os.path.join(a.out, "mutants", mname)
            os.makedirs(mdir, exist_ok=True)
            with open(os.path.join(mdir, cls + ".class"), "wb") as f:
                f.write(data)
            cases.append((family, mname, mdir, cdir, cls))

    def one(c):
        family, mname, mdir, cdir, cls = c
        cp = mdir + ":" + cdir
        j = run([a.java, "-Xmx64m", "-cp", cp, cls], mdir, a.timeout)
        g = run([gojvm, "run", "-Xmx64m", "-cp", cp, cls], mdir, a.timeout * 3)
        return c, j, g

    results = {"same": [], "message": [], "class": [], "crash": []}
    report = []
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as ex:
        for c, j, g in ex.map(one, cases):
            family, mname = c[0], c[1]
            grc, gout, gerr = g
            both = gout + gerr
            if grc == "timeout" and j[0] != "timeout" or grc == 134 or grc not in ("timeout",) and grc < 0 \
                    or "goroutine " in both or "panic:" in both or "fatal error:" in both:
                kind = "crash"
            elif j == g:
                kind = "same"
            elif error_of(j[0], j[2])[0] == error_of(grc, gerr)[0] and j[0] == grc:
                kind = "message"
            else:
                kind = "class"
            results[kind].append(mname)
            if kind != "same":
                report.append("=== %s %s (%s)\njava  rc=%s\n%s%s\ngojvm rc=%s\n%s%s\n" % (
                    kind, mname, family, j[0], j[1][-1500:], j[2][-1500:], grc, gout[-1500:], gerr[-1500:]))
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "report.txt"), "w") as f:
        f.write("\n".join(report))
    total = sum(len(v) for v in results.values())
    print("%d mutants" % total)
    for k in ("same", "message", "class", "crash"):
        print("%-8s %4d  %s" % (k, len(results[k]), " ".join(results[k][:12]) + (" ..." if len(results[k]) > 12 else "")))


main()
