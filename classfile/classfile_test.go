package classfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testClasses returns the javac-compiled class files under testdata.
func testClasses(t testing.TB) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	for _, dir := range []string{"../testdata/javap/classes", "../testdata/javap/classes-mod"} {
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err == nil && strings.HasSuffix(path, ".class") {
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				files[path] = data
			}
			return nil
		})
	}
	if len(files) < 20 {
		t.Fatalf("found only %d test classes", len(files))
	}
	return files
}

func TestParseTestdata(t *testing.T) {
	for path, data := range testClasses(t) {
		cf, err := Parse(data)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if cf.Magic != Magic {
			t.Errorf("%s: magic %#x", path, cf.Magic)
		}
		name, err := cf.Name()
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if base := strings.TrimSuffix(filepath.Base(path), ".class"); !strings.HasSuffix(name, base) {
			t.Errorf("%s: this_class is %q", path, name)
		}
		for _, a := range cf.Attributes {
			if u, ok := a.(*UnknownAttribute); ok {
				t.Errorf("%s: javac attribute %q not decoded (%v)", path, u.Name, u.Err)
			}
		}
		// Every instruction of every method decodes and the code is covered
		// exactly.
		for i := range cf.Methods {
			code := cf.Methods[i].Code()
			if code == nil {
				continue
			}
			pc := 0
			for pc < len(code.Code) {
				in, err := DecodeInstruction(code.Code, pc)
				if err != nil {
					t.Fatalf("%s: %v", path, err)
				}
				pc += in.Length
			}
			if pc != len(code.Code) {
				t.Errorf("%s: instructions end at %d, code is %d bytes", path, pc, len(code.Code))
			}
		}
	}
}

func TestTruncatedInputs(t *testing.T) {
	for path, data := range testClasses(t) {
		for n := 0; n < len(data); n++ {
			_, err := Parse(data[:n])
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("%s cut to %d bytes: got %v, want a FormatError", path, n, err)
			}
			if !errors.Is(err, ErrTruncated) {
				t.Fatalf("%s cut to %d bytes: %v does not report truncation", path, n, err)
			}
			if fe.Off > n {
				t.Fatalf("%s cut to %d bytes: error offset %d is past the end", path, n, fe.Off)
			}
		}
		break // one file is enough: every prefix is tried
	}
}

// classBytes builds a small class file by hand: magic, version, the given
// constant-pool entries (already encoded) and an empty class body.
func classBytes(count int, pool ...byte) []byte {
	b := []byte{0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61, byte(count >> 8), byte(count)}
	b = append(b, pool...)
	return append(b, 0, 0x21, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
}

func TestCorruptConstantPool(t *testing.T) {
	// Entry #2 has tag 2, which JVMS does not define.
	data := classBytes(3, 1, 0, 1, 'A', 2, 0, 0)
	_, err := Parse(data)
	var fe *FormatError
	var bt *BadTagError
	if !errors.As(err, &fe) || !errors.As(err, &bt) {
		t.Fatalf("got %v", err)
	}
	if bt.Index != 2 || bt.Tag != 2 || fe.Off != 14 {
		t.Errorf("got index %d tag %d offset %d, want 2, 2, 14", bt.Index, bt.Tag, fe.Off)
	}
	if !strings.Contains(err.Error(), "offset 0xe") {
		t.Errorf("message %q does not give the offset", err)
	}

	// A Utf8 entry with a continuation byte where a character must start.
	_, err = Parse(classBytes(2, 1, 0, 2, 'A', 0x80))
	var ue *UTF8Error
	if !errors.As(err, &ue) || ue.Index != 1 || ue.Error() != "malformed input around byte 1" {
		t.Fatalf("got %v", err)
	}

	// An attribute whose name index is out of range.
	data = classBytes(2, 1, 0, 1, 'A')
	data = append(data[:len(data)-2], 0, 1, 0, 9, 0, 0, 0, 0)
	if _, err := Parse(data); err == nil || !strings.Contains(err.Error(), "invalid attribute name index") {
		t.Fatalf("got %v", err)
	}
}

func TestModifiedUTF8(t *testing.T) {
	for _, s := range []string{"", "plain", "a\x00b", "é", "你好", "😀", "\xed\xa0\x80"} {
		enc := EncodeModifiedUTF8(s)
		for _, c := range enc {
			if c == 0 {
				t.Errorf("%q: encoding contains NUL", s)
			}
		}
		got, err := DecodeModifiedUTF8(enc)
		if err != nil || got != s {
			t.Errorf("%q: round trip gave %q, %v", s, got, err)
		}
	}
	// Supplementary characters are two three-byte surrogates.
	if enc := EncodeModifiedUTF8("😀"); len(enc) != 6 {
		t.Errorf("emoji encodes to %d bytes, want 6", len(enc))
	}
	if u := UTF16("a😀\xed\xa0\x80"); len(u) != 4 || u[3] != 0xD800 {
		t.Errorf("UTF16 gave %x", u)
	}
	if _, err := DecodeModifiedUTF8([]byte{0xE4, 0xBD}); err == nil || !err.(*UTF8Error).Partial {
		t.Errorf("partial character not reported: %v", err)
	}
}

func TestAccessFlagNames(t *testing.T) {
	if got := ClassAccess(0x0421).String(); got != "ACC_PUBLIC|ACC_SUPER|ACC_ABSTRACT" {
		t.Errorf("class flags: %s", got)
	}
	if got := MethodAccess(0x0049).String(); got != "ACC_PUBLIC|ACC_STATIC|ACC_BRIDGE" {
		t.Errorf("method flags: %s", got)
	}
	if got := FieldAccess(0x00C0).String(); got != "ACC_VOLATILE|ACC_TRANSIENT" {
		t.Errorf("field flags: %s", got)
	}
	// Undefined bits are listed in hex, highest first.
	if got := FieldAccess(0x0300).Names(); strings.Join(got, ",") != "0x200,0x100" {
		t.Errorf("undefined bits: %v", got)
	}
}

func TestDecodeInstruction(t *testing.T) {
	// tableswitch at pc 1: two bytes of padding, default, low 0, high 1, two offsets.
	code := []byte{0x00, 0xAA, 0, 0, 0, 0, 0, 20, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 8, 0, 0, 0, 12}
	in, err := DecodeInstruction(code, 1)
	if err != nil {
		t.Fatal(err)
	}
	if in.Length != 23 || in.Branch != 20 || len(in.Targets) != 2 || in.Targets[1] != 12 {
		t.Errorf("got %+v", in)
	}
	// wide iinc
	in, err = DecodeInstruction([]byte{0xC4, 0x84, 1, 0, 0xFF, 0xFF}, 0)
	if err != nil || !in.Wide || in.Index != 256 || in.Value != -1 || in.Mnemonic() != "iinc_w" {
		t.Errorf("wide iinc: %+v %v", in, err)
	}
	if _, err := DecodeInstruction([]byte{0xC4, 0x60}, 0); err == nil {
		t.Error("wide iadd accepted")
	}
	if _, err := DecodeInstruction([]byte{0xCB}, 0); err == nil {
		t.Error("undefined opcode accepted")
	}
	if _, err := DecodeInstruction([]byte{0x11, 0}, 0); err == nil {
		t.Error("truncated sipush accepted")
	}
	if Opcode(0xCB).String() != "bytecode 203" || Invokedynamic.String() != "invokedynamic" {
		t.Error("opcode names")
	}
}
