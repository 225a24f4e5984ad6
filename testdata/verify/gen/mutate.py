#!/usr/bin/env python3
"""Writes the format-check mutants of the verifier corpus.

Usage: mutate.py CLASSFILE OUTDIR

Each mutant is Sample.class (compiled from src/Sample.java) with one field of
the class file changed, written to OUTDIR/<mutant>/Sample.class, so that
`java -cp OUTDIR/<mutant> Sample` shows what HotSpot's class-file parser or
verifier says about it. The class file is parsed just enough to find the
fields each mutation changes.
"""
import os
import struct
import sys


class ClassFile:
    def __init__(self, data):
        self.data = bytearray(data)
        self.pos = 8
        self.parse()

    def u1(self):
        v = self.data[self.pos]
        self.pos += 1
        return v

    def u2(self):
        v = struct.unpack_from(">H", self.data, self.pos)[0]
        self.pos += 2
        return v

    def u4(self):
        v = struct.unpack_from(">I", self.data, self.pos)[0]
        self.pos += 4
        return v

    def parse(self):
        self.cp_count = self.u2()
        self.cp = [None]  # (tag, offset of the entry, value)
        i = 1
        while i < self.cp_count:
            off = self.pos
            tag = self.u1()
            if tag == 1:
                n = self.u2()
                val = bytes(self.data[self.pos:self.pos + n]).decode("utf-8")
                self.pos += n
            elif tag in (3, 4):
                val = self.u4()
            elif tag in (5, 6):
                val = (self.u4(), self.u4())
            elif tag in (7, 8, 16, 19, 20):
                val = self.u2()
            elif tag in (9, 10, 11, 12, 17, 18):
                val = (self.u2(), self.u2())
            elif tag == 15:
                val = (self.u1(), self.u2())
            else:
                raise ValueError("tag %d" % tag)
            self.cp.append((tag, off, val))
            if tag in (5, 6):
                self.cp.append(None)
                i += 1
            i += 1
        self.access_off = self.pos
        self.pos += 2
        self.this_off = self.pos
        self.pos += 2
        self.super_off = self.pos
        self.pos += 2
        n = self.u2()
        self.pos += 2 * n
        self.fields = self.members()
        self.methods = self.members()
        self.attrs = self.attributes()

    def utf8(self, i):
        return self.cp[i][2]

    def members(self):
        out = []
        for _ in range(self.u2()):
            m = {"off": self.pos}
            m["access"] = self.u2()
            m["name"] = self.utf8(self.u2())
            m["desc"] = self.utf8(self.u2())
            m["attrs"] = self.attributes()
            out.append(m)
        return out

    def attributes(self):
        out = {}
        for _ in range(self.u2()):
            off = self.pos
            name = self.utf8(self.u2())
            n = self.u4()
            out[name] = {"off": off, "data": self.pos, "len": n}
            if name == "Code":
                save = self.pos
                code = out[name]
                code["max_stack"] = self.pos
                self.pos += 4
                code["code_length_off"] = self.pos
                code["code_length"] = self.u4()
                code["code"] = self.pos
                self.pos += code["code_length"]
                code["exceptions_off"] = self.pos
                code["exceptions"] = self.u2()
                self.pos += 8 * code["exceptions"]
                code["attrs"] = self.attributes()
                self.pos = save
            self.pos += n
        return out

    def method(self, name):
        return next(m for m in self.methods if m["name"] == name)

    def field(self, name):
        return next(f for f in self.fields if f["name"] == name)

    def index(self, tag, pred):
        return next(i for i, e in enumerate(self.cp) if e and e[0] == tag and pred(e[2]))

    def utf8_index(self, s):
        return self.index(1, lambda v: v == s)

    def put2(self, off, v):
        struct.pack_into(">H", self.data, off, v)

    def put4(self, off, v):
        struct.pack_into(">I", self.data, off, v)


def replace_utf8(cf, old, new):
    """The class file with Utf8 entry old re-encoded as new."""
    e = cf.cp[cf.utf8_index(old)]
    off = e[1]
    enc = new.encode("utf-8")
    return cf.data[:off] + bytes([1]) + struct.pack(">H", len(enc)) + enc + cf.data[off + 3 + len(old.encode("utf-8")):]


def mutants(cf):
    """Yields (name, bytes) for every mutant."""
    d = lambda: bytearray(cf.data)
    main_code = cf.method("main")["attrs"]["Code"]
    exc = main_code["exceptions_off"] + 2  # the first exception_table entry
    code_len = main_code["code_length"]

    def at(off, size, v):
        b = d()
        (struct.pack_into(">H", b, off, v) if size == 2 else struct.pack_into(">I", b, off, v)
         if size == 4 else b.__setitem__(off, v))
        return b

    yield "exc-start-past-end", at(exc, 2, code_len + 5)
    yield "exc-end-past-end", at(exc + 2, 2, code_len + 5)
    yield "exc-handler-past-end", at(exc + 4, 2, code_len + 5)
    yield "exc-empty-range", at(exc + 2, 2, struct.unpack_from(">H", cf.data, exc)[0])
    yield "exc-start-mid-instruction", at(exc, 2, struct.unpack_from(">H", cf.data, exc)[0] + 1)
    yield "catch-type-65535", at(exc + 6, 2, 65535)
    yield "catch-type-utf8", at(exc + 6, 2, cf.utf8_index("main"))

    parse_int = cf.index(10, lambda v: cf.utf8(cf.cp[v[1]][2][0]) == "parseInt")
    off = cf.cp[parse_int][1]
    yield "methodref-class-past-pool", at(off + 1, 2, 65000)
    yield "methodref-class-utf8", at(off + 1, 2, cf.utf8_index("java/lang/Integer"))
    yield "methodref-nat-past-pool", at(off + 3, 2, 65000)
    yield "methodref-nat-utf8", at(off + 3, 2, cf.utf8_index("parseInt"))

    bsm = cf.attrs["BootstrapMethods"]["data"]
    yield "bsm-ref-past-pool", at(bsm + 2, 2, 65000)
    yield "bsm-ref-utf8", at(bsm + 2, 2, cf.utf8_index("main"))
    yield "bsm-arg-past-pool", at(bsm + 6, 2, 65000)
    indy = cf.index(18, lambda v: True)
    yield "indy-bsm-past-table", at(cf.cp[indy][1] + 1, 2, 40)
    yield "indy-nat-past-pool", at(cf.cp[indy][1] + 3, 2, 65000)

    yield "main-desc-no-return", replace_utf8(cf, "([Ljava/lang/String;)V", "([Ljava/lang/String;)")
    yield "field-desc-bad", replace_utf8(cf, "LSample;", "LSample")
    yield "method-name-angle", replace_utf8(cf, "twice", "<twice>")
    yield "class-name-bad", replace_utf8(cf, "java/io/PrintStream", "java/io//PrintStream")
    yield "utf8-malformed", at(cf.cp[cf.utf8_index("sample")][1] + 3, 1, 0xFF)
    yield "cp-tag-unknown", at(cf.cp[cf.utf8_index("sample")][1] - 3, 1, 2)

    yield "version-62", at(6, 2, 62)
    yield "version-44", at(6, 2, 44)
    yield "version-preview", at(4, 2, 0xFFFF)
    yield "version-minor", at(4, 2, 3)
    yield "magic-bad", at(0, 4, 0xCAFEBABF)
    yield "truncated", d()[:len(cf.data) // 2]
    yield "extra-bytes", d() + b"\0\0\0\0"
    yield "this-class-utf8", at(cf.this_off, 2, cf.utf8_index("Sample"))
    yield "super-class-past-pool", at(cf.super_off, 2, 65000)

    twice = cf.method("twice")
    mainm = cf.method("main")
    yield "method-duplicate", at(twice["off"] + 2, 4,
                                 cf.utf8_index("main") << 16 | cf.utf8_index("([Ljava/lang/String;)V"))
    label = cf.field("label")
    yield "field-duplicate", at(label["off"] + 2, 4, cf.utf8_index("count") << 16 | cf.utf8_index("I"))
    yield "method-flags-public-private", at(mainm["off"], 2, 0x000B)
    yield "field-flags-final-volatile", at(label["off"], 2, 0x0050)
    yield "class-flags-interface", at(cf.access_off, 2, 0x0201)
    tc = twice["attrs"]["Code"]
    yield "max-locals-too-small", at(tc["max_stack"] + 2, 2, 0)
    yield "code-length-zero", at(tc["code_length_off"], 4, 0)
    yield "code-attr-length", at(tc["off"] + 2, 4, tc["len"] + 1)
    smt = main_code["attrs"]["StackMapTable"]
    yield "stackmap-reserved-type", at(smt["data"] + 2, 1, 200)
    yield "stackmap-bad-offset", at(smt["data"] + 2, 1, 63)
    yield "stackmap-truncated", at(smt["data"] - 4, 4, 3)
    answer = cf.field("ANSWER")["attrs"]["ConstantValue"]["data"]
    yield "constvalue-long-on-int", at(answer, 2, cf.index(5, lambda v: True))
    yield "constvalue-past-pool", at(answer, 2, 65000)
    yield "constvalue-string-on-int", at(answer, 2, cf.index(8, lambda v: True))
    ldc = main_code["code"] + cf.data[main_code["code"]:main_code["code"] + code_len].index(0x12)
    yield "ldc-utf8", at(ldc + 1, 1, cf.utf8_index("x"))

    # HotSpot reads a Code attribute field by field from the stream and
    # names the first inner table that is wrong (measure.py's findings).
    tlnt = tc["attrs"]["LineNumberTable"]
    yield "lnt-wrong-length", at(tlnt["off"] + 2, 4, tlnt["len"] + 1)
    yield "lnt-invalid-pc", at(tlnt["data"] + 2, 2, tc["code_length"])
    mlvt = main_code["attrs"]["LocalVariableTable"]
    yield "lvt-wrong-length", at(mlvt["off"] + 2, 4, mlvt["len"] - 1)
    yield "lvt-start-pc-past", at(mlvt["data"] + 2, 2, code_len)
    yield "lvt-length-past", at(mlvt["data"] + 4, 2, code_len + 1)
    yield "lvt-name-bad-constant", at(mlvt["data"] + 6, 2, cf.index(7, lambda v: True))
    yield "lvt-index-past-max-locals", at(mlvt["data"] + 10, 2, 200)
    yield "code-length-short", at(main_code["code_length_off"], 4, code_len - 1)
    yield "code-length-long", at(main_code["code_length_off"], 4, code_len + 1)
    yield "exc-count-plus1", at(main_code["exceptions_off"], 2, main_code["exceptions"] + 1)
    yield "class-flags-module", at(cf.access_off, 2, 0x8000)
    yield "field-name-illegal", replace_utf8(cf, "count", "c/unt")
    inner = cf.attrs["InnerClasses"]["data"]
    yield "innerclasses-outer-utf8", at(inner + 4, 2, cf.utf8_index("main"))
    some_class = cf.index(7, lambda v: True)
    yield "attr-name-field", at(cf.field("ANSWER")["attrs"]["ConstantValue"]["off"], 2, some_class)
    yield "attr-name-method", at(main_code["off"], 2, some_class)
    yield "attr-name-class", at(cf.attrs["SourceFile"]["off"], 2, some_class)

    # HotSpot checks each attribute's length in its own way, reading the
    # class file as a stream (measure.py's findings).
    cv = cf.field("ANSWER")["attrs"]["ConstantValue"]
    yield "constvalue-length-plus1", at(cv["off"] + 2, 4, cv["len"] + 1)
    bsma = cf.attrs["BootstrapMethods"]
    yield "bsm-attr-length-minus1", at(bsma["off"] + 2, 4, bsma["len"] - 1)
    yield "bsm-attr-length-plus1", at(bsma["off"] + 2, 4, bsma["len"] + 1)
    ica = cf.attrs["InnerClasses"]
    yield "innerclasses-length-minus1", at(ica["off"] + 2, 4, ica["len"] - 1)
    sfa = cf.attrs["SourceFile"]
    yield "sourcefile-length-plus1", at(sfa["off"] + 2, 4, sfa["len"] + 1)
    yield "desc-illegal-class-name", replace_utf8(cf, "(Ljava/lang/String;IZ)Ljava/lang/String;",
                                                  "(Ljava/lang/String;IZ)Ljava/lang/Str.ng;")
    indy_nat = cf.index(12, lambda v: cf.utf8(v[0]) == "getAsInt" and cf.utf8(v[1]).startswith("()"))
    yield "indy-nat-desc-not-method", at(cf.cp[indy_nat][1] + 3, 2, cf.utf8_index("BootstrapMethods"))

    # A bootstrap method handle's member is looked up by name and
    # descriptor before the descriptor's classes are loaded.
    metafactory_desc = next(v[2] for v in cf.cp if v and v[0] == 1 and v[2].startswith(
        "(Ljava/lang/invoke/MethodHandles$Lookup;") and "MethodHandle;" in v[2])
    yield "bsm-desc-missing-class", replace_utf8(cf, metafactory_desc, metafactory_desc.replace(
        ")Ljava/lang/invoke/CallSite;", ")Ljava/lang/invokX/CallSite;"))
    yield "bsm-name-missing", replace_utf8(cf, "metafactory", "metafactorx")
    # A bootstrap method that throws: BootstrapMethodError wrapping its
    # exception (its single static argument reaches the JDK by itself, as
    # from HotSpot, which only the masked JDK line numbers would show).
    yield "bsm-arg-recipe-mismatch", replace_utf8(cf, "\u0001 \u0001 \u0001 1099511627776",
                                                  "\u0001 \u0001 x 1099511627776")
    bsm_mh = cf.index(15, lambda v: v[0] == 6)
    bsm_ref = cf.cp[cf.cp[bsm_mh][2][1]]
    yield "bsm-ref-tag-inconsistent", at(bsm_ref[1], 1, 11)

    # The verifier steps over HotSpot's internal bytecodes and names them.
    main_bytes = cf.data[main_code["code"]:main_code["code"] + code_len]
    yield "code-internal-opcode", at(main_code["code"] + main_bytes.index(0xB3), 1, 0xE2)
    ic = cf.method("<init>")["attrs"]["Code"]
    yield "code-truncated-instruction", at(ic["code"] + ic["code_length"] - 1, 1, 0xA6)
    lc = cf.method("lambda$main$0")["attrs"]["Code"]
    yield "code-pop2-one-slot", at(lc["code"] + 2, 1, 0x8A)


def main():
    with open(sys.argv[1], "rb") as f:
        cf = ClassFile(f.read())
    for name, data in mutants(cf):
        out = os.path.join(sys.argv[2], name)
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, "Sample.class"), "wb") as f:
            f.write(bytes(data))
        print(name)


main()
