package javap

import (
	"os"
	"strings"
	"unicode/utf8"

	"github.com/gojvm/gojvm/classfile"
)

// Charset is how javap's output characters become bytes, which for JDK 17
// depends on the locale: UTF-8 locales print UTF-8, the C and POSIX locales
// (and locales that are not installed) print ASCII with '?' for everything else.
type Charset int

const (
	CharsetUTF8 Charset = iota
	CharsetASCII
)

// HostCharset returns the charset JDK 17 would choose from the environment:
// LC_ALL, then LC_CTYPE, then LANG, as setlocale does.
func HostCharset(getenv func(string) string) Charset {
	name := ""
	for _, k := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if v := getenv(k); v != "" {
			name = v
			break
		}
	}
	lang, codeset, _ := strings.Cut(name, ".")
	codeset, _, _ = strings.Cut(codeset, "@")
	norm := strings.ToLower(strings.ReplaceAll(codeset, "-", ""))
	if norm != "utf8" {
		return CharsetASCII
	}
	if lang == "C" || lang == "POSIX" || localeInstalled(lang+".utf8") || localeInstalled(lang+"."+codeset) {
		return CharsetUTF8
	}
	return CharsetASCII
}

// localeInstalled reports whether glibc has the named locale, either as a
// directory or inside the locale archive.
func localeInstalled(name string) bool {
	if st, err := os.Stat("/usr/lib/locale/" + name); err == nil && st.IsDir() {
		return true
	}
	archive, err := os.ReadFile("/usr/lib/locale/locale-archive")
	if err != nil {
		return false
	}
	return strings.Contains(string(archive), name+"\x00")
}

// encode converts javap's text (WTF-8, see classfile.DecodeWTF8) to bytes in
// charset cs. An unpaired surrogate cannot be encoded in either charset and,
// as in Java, becomes '?'.
func encode(s []byte, cs Charset) []byte {
	clean := true
	for _, c := range s {
		if c >= 0x80 {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := classfile.DecodeWTF8(string(s[i:min(len(s), i+4)]))
		switch {
		case r < 0x80 && n == 1:
			out = append(out, byte(r))
		case cs == CharsetASCII, r >= 0xD800 && r < 0xE000, r == utf8.RuneError && n == 1:
			out = append(out, '?')
		default:
			out = utf8.AppendRune(out, r)
		}
		i += n
	}
	return out
}
