package classfile

import "testing"

// FuzzParse checks that no input makes the decoder, the instruction
// decoder or HotSpotParseError panic. Run it with: go test ./classfile -fuzz FuzzParse
func FuzzParse(f *testing.F) {
	for _, data := range testClasses(f) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, opts := range []Options{{}, {KeepMalformedAttributes: true}} {
			cf, err := ParseWith(data, opts)
			if err != nil {
				if cf != nil {
					t.Fatal("error with a result")
				}
				// What the VM reports for it walks the bytes once more.
				HotSpotParseError(data, "Fuzz", true)
				HotSpotParseError(data, "Fuzz", false)
				continue
			}
			for i := range cf.Methods {
				if code := cf.Methods[i].Code(); code != nil {
					for pc := 0; pc < len(code.Code); {
						in, err := DecodeInstruction(code.Code, pc)
						if err != nil {
							break
						}
						pc += in.Length
					}
				}
			}
		}
	})
}
