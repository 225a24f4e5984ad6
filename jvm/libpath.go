package jvm

import (
	"bytes"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// upstreamLibPath is HotSpot's DEFAULT_LIBPATH on 64-bit Linux.
const upstreamLibPath = "/usr/lib64:/lib64:/lib:/usr/lib"

// javaLibraryPath is java.library.path as HotSpot sets it on Linux
// (os::init_system_properties_values): $LD_LIBRARY_PATH, then
// /usr/java/packages/lib, then the built-in DEFAULT_LIBPATH, which
// distributions change (Debian puts its multiarch directories there), so
// it is read from the JDK's own libjvm.so.
func javaLibraryPath(jdkHome string) string {
	p := "/usr/java/packages/lib:" + defaultLibPath(filepath.Join(jdkHome, "lib", "server", "libjvm.so"))
	if v, ok := os.LookupEnv("LD_LIBRARY_PATH"); ok {
		p = v + ":" + p
	}
	return p
}

// defaultLibPath finds DEFAULT_LIBPATH in libjvm.so: it follows the
// "%s%s/usr/java/packages/lib:" of the format that builds the path.
func defaultLibPath(libjvm string) string {
	f, err := os.Open(libjvm)
	if err != nil {
		return upstreamLibPath
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.Size() == 0 {
		return upstreamLibPath
	}
	data, err := unix.Mmap(int(f.Fd()), 0, int(st.Size()), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return upstreamLibPath
	}
	defer unix.Munmap(data)
	marker := []byte("%s%s/usr/java/packages/lib:")
	i := bytes.Index(data, marker)
	if i < 0 {
		return upstreamLibPath
	}
	rest := data[i+len(marker):]
	end := bytes.IndexByte(rest, 0)
	if end <= 0 || end > 4096 {
		return upstreamLibPath
	}
	return string(rest[:end])
}
