package classfile

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Modified UTF-8 (JVMS §4.4.7) encodes UTF-16 code units, not code points:
// NUL takes two bytes and a supplementary character is two three-byte
// surrogates. DecodeModifiedUTF8 turns it into a Go string; surrogate pairs
// become ordinary four-byte UTF-8 and an unpaired surrogate keeps its
// three-byte form (as in WTF-8), so that UTF16 can restore the exact Java
// string.

// UTF8Error reports malformed Modified UTF-8, with the message
// java.io.DataInputStream.readUTF gives for it.
type UTF8Error struct {
	Index   int  // byte index within the string where decoding failed
	Partial bool // the last character is incomplete
}

func (e *UTF8Error) Error() string {
	if e.Partial {
		return "malformed input: partial character at end"
	}
	return "malformed input around byte " + itoa(e.Index)
}

// DecodeModifiedUTF8 decodes b, accepting what DataInputStream.readUTF accepts.
func DecodeModifiedUTF8(b []byte) (string, error) {
	ascii := true
	for _, c := range b {
		if c >= 0x80 || c == 0 {
			ascii = false
			break
		}
	}
	if ascii {
		return string(b), nil
	}
	units := make([]uint16, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		switch c >> 4 {
		case 0, 1, 2, 3, 4, 5, 6, 7:
			units = append(units, uint16(c))
			i++
		case 12, 13:
			if i+2 > len(b) {
				return "", &UTF8Error{Partial: true}
			}
			if b[i+1]&0xC0 != 0x80 {
				return "", &UTF8Error{Index: i + 2}
			}
			units = append(units, uint16(c&0x1F)<<6|uint16(b[i+1]&0x3F))
			i += 2
		case 14:
			if i+3 > len(b) {
				return "", &UTF8Error{Partial: true}
			}
			if b[i+1]&0xC0 != 0x80 || b[i+2]&0xC0 != 0x80 {
				return "", &UTF8Error{Index: i + 2}
			}
			units = append(units, uint16(c&0x0F)<<12|uint16(b[i+1]&0x3F)<<6|uint16(b[i+2]&0x3F))
			i += 3
		default:
			return "", &UTF8Error{Index: i}
		}
	}
	return StringFromUTF16(units), nil
}

// StringFromUTF16 converts Java chars to a Go string, keeping unpaired
// surrogates in their three-byte form.
func StringFromUTF16(units []uint16) string {
	var sb strings.Builder
	sb.Grow(len(units))
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case u < 0x80:
			sb.WriteByte(byte(u))
		case utf16.IsSurrogate(rune(u)):
			if u < 0xDC00 && i+1 < len(units) && units[i+1] >= 0xDC00 && units[i+1] < 0xE000 {
				sb.WriteRune(utf16.DecodeRune(rune(u), rune(units[i+1])))
				i++
				continue
			}
			sb.WriteByte(0xE0 | byte(u>>12))
			sb.WriteByte(0x80 | byte(u>>6)&0x3F)
			sb.WriteByte(0x80 | byte(u)&0x3F)
		default:
			sb.WriteRune(rune(u))
		}
	}
	return sb.String()
}

// UTF16 returns the Java chars of a string made by DecodeModifiedUTF8 or
// StringFromUTF16.
func UTF16(s string) []uint16 {
	units := make([]uint16, 0, len(s))
	for i := 0; i < len(s); {
		r, n := DecodeWTF8(s[i:])
		i += n
		if r >= 0x10000 {
			r1, r2 := utf16.EncodeRune(r)
			units = append(units, uint16(r1), uint16(r2))
		} else {
			units = append(units, uint16(r))
		}
	}
	return units
}

// DecodeWTF8 is utf8.DecodeRuneInString extended to the three-byte encoding
// of a lone surrogate, which it returns as the surrogate's code unit.
func DecodeWTF8(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// EncodeModifiedUTF8 is the inverse of DecodeModifiedUTF8.
func EncodeModifiedUTF8(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, u := range UTF16(s) {
		switch {
		case u != 0 && u < 0x80:
			out = append(out, byte(u))
		case u < 0x800:
			out = append(out, 0xC0|byte(u>>6), 0x80|byte(u)&0x3F)
		default:
			out = append(out, 0xE0|byte(u>>12), 0x80|byte(u>>6)&0x3F, 0x80|byte(u)&0x3F)
		}
	}
	return out
}
