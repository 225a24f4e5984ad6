package javap

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gojvm/gojvm/classfile"
)

// FuzzWriteClass checks that javap's writers survive any class file the
// decoder accepts. Run it with: go test ./javap -fuzz FuzzWriteClass
func FuzzWriteClass(f *testing.F) {
	filepath.WalkDir("../testdata/javap", func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".class") {
			if data, err := os.ReadFile(path); err == nil {
				f.Add(data)
			}
		}
		return nil
	})
	f.Fuzz(func(t *testing.T, data []byte) {
		cf, err := classfile.ParseWith(data, classfile.Options{KeepMalformedAttributes: true})
		if err != nil {
			return
		}
		var out bytes.Buffer
		for _, opts := range []Options{
			{Verbose: true, ShowDescriptors: true, ShowAllAttributes: true, Access: classfile.AccPrivate, ShowConstants: true},
			{ShowDisassembled: true, ShowLineAndLocalVars: true, ShowDescriptors: true},
		} {
			out.Reset()
			WriteClass(&out, cf, &Source{Location: "fuzz", Data: data}, &opts)
		}
	})
}
