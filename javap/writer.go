package javap

import (
	"bytes"
	"strings"

	"github.com/gojvm/gojvm/classfile"
)

// lineWriter reproduces javap's text layout rules. Spaces are held back and
// only written when something visible follows them, so no line ends in a
// space; a line's indentation is added when its first visible character
// arrives; tab() pads to a comment column. Columns count UTF-16 units, as
// Java's StringBuilder does.
type lineWriter struct {
	out            *bytes.Buffer
	line           strings.Builder
	lineLen        int // in UTF-16 units
	indentCount    int
	indentWidth    int
	tabColumn      int
	pendingSpaces  int
	pendingNewline bool
}

func newLineWriter(out *bytes.Buffer) *lineWriter {
	return &lineWriter{out: out, indentWidth: 2, tabColumn: 40}
}

func (w *lineWriter) print(s string) {
	if w.pendingNewline {
		w.println()
		w.pendingNewline = false
	}
	for i := 0; i < len(s); {
		r, n := classfile.DecodeWTF8(s[i:])
		c := s[i : i+n]
		i += n
		switch r {
		case ' ':
			w.pendingSpaces++
		case '\n':
			w.println()
		default:
			if w.lineLen == 0 {
				w.pendingSpaces += w.indentCount * w.indentWidth
			}
			for ; w.pendingSpaces > 0; w.pendingSpaces-- {
				w.line.WriteByte(' ')
				w.lineLen++
			}
			w.line.WriteString(c)
			if r >= 0x10000 {
				w.lineLen += 2
			} else {
				w.lineLen++
			}
		}
	}
}

func (w *lineWriter) println() {
	w.pendingSpaces = 0
	w.out.WriteString(w.line.String())
	w.out.WriteByte('\n')
	w.line.Reset()
	w.lineLen = 0
}

func (w *lineWriter) indent(delta int) { w.indentCount += delta }

func (w *lineWriter) tab() {
	col := w.indentCount*w.indentWidth + w.tabColumn
	if col <= w.lineLen {
		w.pendingSpaces++
	} else {
		w.pendingSpaces += col - w.lineLen
	}
}

// flush writes a partly built line, as happens when javap stops early.
func (w *lineWriter) flush() {
	if w.lineLen > 0 {
		w.out.WriteString(w.line.String())
		w.line.Reset()
		w.lineLen = 0
	}
}
