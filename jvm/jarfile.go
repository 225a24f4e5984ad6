package jvm

import (
	"archive/zip"
	"io"
	"os"
	"strings"
)

// CheckJar does what the java launcher does with the jar of -jar before it
// creates the VM (JLI_ParseManifest): the file must open, be a zip file
// and hold a META-INF/MANIFEST.MF whose main section parses. The main
// class itself is found later, by LauncherHelper (which reports a missing
// Main-Class attribute).
func CheckJar(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return &OptionError{Msg: "Error: Unable to access jarfile " + path, Launcher: true}
	}
	defer f.Close()
	corrupt := &OptionError{Msg: "Error: Invalid or corrupt jarfile " + path, Launcher: true}
	st, err := f.Stat()
	if err != nil {
		return corrupt
	}
	zr, err := zip.NewReader(f, st.Size())
	if err != nil {
		return corrupt
	}
	for _, e := range zr.File {
		if e.Name != "META-INF/MANIFEST.MF" {
			continue
		}
		rc, err := e.Open()
		if err != nil {
			return corrupt
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil || !manifestMainSectionOK(data) {
			return corrupt
		}
		return nil
	}
	return corrupt
}

// manifestMainSectionOK checks the manifest's main section the way the
// launcher reads it: up to the first empty line (or the end), every header
// is "Name: value", and continuation lines, which start with a space, must
// end with a line break.
func manifestMainSectionOK(m []byte) bool {
	s := string(m)
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i] // the launcher reads the manifest as a C string
	}
	for s != "" && s[0] != '\n' && s[0] != '\r' {
		end := strings.IndexAny(s, "\r\n")
		if end < 0 {
			return headerOK(s)
		}
		header := s[:end]
		s = s[lineBreak(s, end):]
		for s != "" && s[0] == ' ' {
			end = strings.IndexAny(s, "\r\n")
			if end < 0 {
				return false
			}
			header += s[1:end]
			s = s[lineBreak(s, end):]
		}
		if !headerOK(header) {
			return false
		}
	}
	return true
}

// lineBreak returns the index after the line break at s[i].
func lineBreak(s string, i int) int {
	if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
		return i + 2
	}
	return i + 1
}

func headerOK(h string) bool {
	_, value, ok := strings.Cut(h, ":")
	return ok && strings.HasPrefix(value, " ")
}
