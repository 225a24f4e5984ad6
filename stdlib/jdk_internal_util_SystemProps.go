package stdlib

import (
	"os"
	"os/user"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/gojvm/gojvm/rtda"
)

// Indexes of SystemProps.Raw's platform properties (the array is in the
// alphabetical order of the property names).
const (
	propDisplayCountry = iota
	propDisplayLanguage
	propDisplayScript
	propDisplayVariant
	propFileEncoding
	propFileSeparator
	propFormatCountry
	propFormatLanguage
	propFormatScript
	propFormatVariant
	propFtpNonProxyHosts
	propFtpProxyHost
	propFtpProxyPort
	propHTTPNonProxyHosts
	propHTTPProxyHost
	propHTTPProxyPort
	propHTTPSProxyHost
	propHTTPSProxyPort
	propJavaIoTmpdir
	propLineSeparator
	propOsArch
	propOsName
	propOsVersion
	propPathSeparator
	propSocksNonProxyHosts
	propSocksProxyHost
	propSocksProxyPort
	propSunArchAbi
	propSunArchDataModel
	propSunCPUEndian
	propSunCPUIsalist
	propSunIoUnicodeEncoding
	propSunJnuEncoding
	propSunOsPatchLevel
	propSunStderrEncoding
	propSunStdoutEncoding
	propUserDir
	propUserHome
	propUserName
	propCount
)

// Locale describes the process locale as the JDK's native code derives it
// from LC_ALL/LC_CTYPE/LANG.
type Locale struct {
	Language, Country, Variant, Script string
	Encoding                           string // "UTF-8" or "ANSI_X3.4-1968"
}

// HostLocale reads the locale from the environment as setlocale would for
// the JDK: the C and POSIX locales (and locales that are not installed) are
// English with ASCII; an installed UTF-8 locale gives its language and UTF-8.
func HostLocale(getenv func(string) string) Locale {
	name := ""
	for _, k := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if v := getenv(k); v != "" {
			name = v
			break
		}
	}
	ascii := Locale{Language: "en", Country: "US", Encoding: "ANSI_X3.4-1968"}
	lang, codeset, _ := strings.Cut(name, ".")
	codeset, _, _ = strings.Cut(codeset, "@")
	norm := strings.ToLower(strings.ReplaceAll(codeset, "-", ""))
	if norm != "utf8" {
		return ascii
	}
	if lang == "C" || lang == "POSIX" {
		return Locale{Language: "en", Encoding: "UTF-8"}
	}
	if !localeInstalled(lang+".utf8") && !localeInstalled(lang+"."+codeset) {
		return ascii
	}
	l := Locale{Encoding: "UTF-8"}
	l.Language, l.Country, _ = strings.Cut(lang, "_")
	return l
}

func localeInstalled(name string) bool {
	if st, err := os.Stat("/usr/lib/locale/" + name); err == nil && st.IsDir() {
		return true
	}
	archive, err := os.ReadFile("/usr/lib/locale/locale-archive")
	return err == nil && strings.Contains(string(archive), name+"\x00")
}

func platformProperties(t *rtda.Thread, a []uint64) uint64 {
	st := stateOf(t)
	getenv := func(k string) string {
		for _, e := range st.cfg.Env {
			if kk, v, ok := strings.Cut(e, "="); ok && kk == k {
				return v
			}
		}
		return ""
	}
	loc := HostLocale(getenv)
	props := make([]string, propCount)
	props[propDisplayLanguage] = loc.Language
	props[propDisplayCountry] = loc.Country
	props[propFormatLanguage] = loc.Language
	props[propFormatCountry] = loc.Country
	props[propFileEncoding] = loc.Encoding
	props[propSunJnuEncoding] = loc.Encoding
	props[propFileSeparator] = "/"
	props[propPathSeparator] = ":"
	props[propLineSeparator] = "\n"
	props[propJavaIoTmpdir] = "/tmp"
	props[propOsArch] = "amd64"
	props[propOsName] = "Linux"
	var uts unix.Utsname
	if unix.Uname(&uts) == nil {
		props[propOsVersion] = unix.ByteSliceToString(uts.Release[:])
	}
	props[propSunArchDataModel] = "64"
	props[propSunCPUEndian] = "little"
	props[propSunIoUnicodeEncoding] = "UnicodeLittle"
	if wd, err := os.Getwd(); err == nil {
		props[propUserDir] = wd
	}
	if u, err := user.Current(); err == nil {
		props[propUserName] = u.Username
		props[propUserHome] = u.HomeDir
	} else {
		props[propUserName] = "?"
		props[propUserHome] = "?"
	}
	// Index slots left empty are null, as in the JDK.
	mark := t.HandleMark()
	defer t.ReleaseHandles(mark)
	arr := t.NewArrayOf(t.VM.StringClass, propCount)
	if arr == 0 {
		return 0
	}
	h := t.NewHandle(arr)
	for i, v := range props {
		if v == "" { // sun.cpu.isalist is null on Linux, as in the JDK
			continue
		}
		s := t.NewString(v)
		if s == 0 {
			return 0
		}
		t.VM.Heap.SetRef(*h, rtda.ElemOffset(i, 2), s)
	}
	return uint64(*h)
}
