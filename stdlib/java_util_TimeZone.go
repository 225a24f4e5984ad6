package stdlib

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gojvm/gojvm/rtda"
)

// The host's default time zone, found as the JDK finds it on Linux: the TZ
// variable, else /etc/timezone (Debian), else the zoneinfo file that
// /etc/localtime links to or is a copy of. Java falls back to the GMT
// offset when no ID is found.

const (
	etcTimezone  = "/etc/timezone"
	etcLocaltime = "/etc/localtime"
	zoneinfoDir  = "/usr/share/zoneinfo"
)

func init() {
	natives("java/util/TimeZone", map[string]rtda.NativeFunc{
		"getSystemTimeZoneID(Ljava/lang/String;)Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			id, ok := systemTimeZoneID(stateOf(t).cfg.Env)
			if !ok {
				return 0
			}
			return newString(t, id)
		},
		"getSystemGMTOffsetID()Ljava/lang/String;": func(t *rtda.Thread, a []uint64) uint64 {
			return newString(t, gmtOffsetID(time.Now()))
		},
	})
}

func systemTimeZoneID(env []string) (string, bool) {
	tz := ""
	for _, e := range env {
		if v, ok := strings.CutPrefix(e, "TZ="); ok {
			tz = v
		}
	}
	if tz == "" {
		var ok bool
		if tz, ok = platformTimeZoneID(); !ok {
			return "", false
		}
	}
	tz = strings.TrimPrefix(tz, ":")
	tz = strings.TrimPrefix(tz, "posix/")
	return tz, true
}

func platformTimeZoneID() (string, bool) {
	if data, err := os.ReadFile(etcTimezone); err == nil {
		line, _, _ := strings.Cut(string(data), "\n")
		if line != "" {
			return line, true
		}
	}
	fi, err := os.Lstat(etcLocaltime)
	if err != nil {
		return "", false
	}
	if fi.Mode()&os.ModeSymlink != 0 {
		if link, err := os.Readlink(etcLocaltime); err == nil {
			if id, ok := zoneName(filepath.Clean(link)); ok {
				return id, true
			}
		}
	}
	data, err := os.ReadFile(etcLocaltime)
	if err != nil {
		return "", false
	}
	return findZoneinfoFile(data, zoneinfoDir)
}

// zoneName is the part of a zoneinfo path after "zoneinfo/".
func zoneName(path string) (string, bool) {
	_, id, ok := strings.Cut(path, "zoneinfo/")
	return id, ok
}

// findZoneinfoFile looks under dir for a file with the given contents,
// trying UTC and GMT first as the JDK does.
func findZoneinfoFile(data []byte, dir string) (string, bool) {
	identical := func(path string) (string, bool) {
		fi, err := os.Stat(path)
		if err != nil {
			return "", false
		}
		if fi.IsDir() {
			return findZoneinfoFile(data, path)
		}
		if !fi.Mode().IsRegular() || fi.Size() != int64(len(data)) {
			return "", false
		}
		if other, err := os.ReadFile(path); err == nil && bytes.Equal(other, data) {
			return zoneName(path)
		}
		return "", false
	}
	if dir == zoneinfoDir {
		for _, popular := range []string{"UTC", "GMT"} {
			if id, ok := identical(dir + "/" + popular); ok {
				return id, true
			}
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", false
	}
	for _, e := range entries {
		switch name := e.Name(); {
		case strings.HasPrefix(name, "."), name == "ROC", name == "posixrules", name == "localtime":
			continue
		}
		if id, ok := identical(dir + "/" + e.Name()); ok {
			return id, true
		}
	}
	return "", false
}

// gmtOffsetID is "GMT" or "GMT+hh:mm" for the local offset at now.
func gmtOffsetID(now time.Time) string {
	_, off := now.Zone()
	if off == 0 {
		return "GMT"
	}
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return fmt.Sprintf("GMT%c%02d:%02d", sign, off/3600, off/60%60)
}
