// Package classpath finds class files: in directories, in jar files and in
// the JDK's runtime image (lib/modules).
package classpath

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Class is a class file found on a class path.
type Class struct {
	Name    string // internal name, "java/lang/Object"
	Data    []byte
	URI     string    // where it came from: file:, jar:file: or jrt: URI
	Path    string    // the file's absolute path, for a class read from a directory
	Module  string    // the module, for a class in the runtime image
	ModTime time.Time // the file's, the jar entry's or the image's modification time
}

// Entry is one element of a class path.
type Entry interface {
	// Find returns the class with the given internal name, or nil.
	Find(name string) (*Class, error)
	String() string
}

// Path is a class path: entries searched in order.
type Path []Entry

// Find returns the first class with the given internal name, or nil.
func (p Path) Find(name string) (*Class, error) {
	for _, e := range p {
		c, err := e.Find(name)
		if c != nil || err != nil {
			return c, err
		}
	}
	return nil, nil
}

// ParsePath turns a class-path string (elements separated by ':') into
// entries. Like the java launcher, it expands "dir/*" to the jars in dir and
// skips elements that do not exist.
func ParsePath(s string) Path {
	var p Path
	for _, elem := range filepath.SplitList(s) {
		if elem == "" {
			elem = "."
		}
		if strings.HasSuffix(elem, "*") && (len(elem) == 1 || os.IsPathSeparator(elem[len(elem)-2])) {
			dir := filepath.Dir(elem)
			ents, _ := os.ReadDir(dir)
			for _, de := range ents {
				if n := de.Name(); strings.HasSuffix(strings.ToLower(n), ".jar") {
					p = append(p, &Jar{path: filepath.Join(dir, n)})
				}
			}
			continue
		}
		st, err := os.Stat(elem)
		switch {
		case err != nil:
		case st.IsDir():
			p = append(p, Dir(elem))
		default:
			p = append(p, &Jar{path: elem})
		}
	}
	return p
}

// Dir is a directory of class files laid out by package.
type Dir string

func (d Dir) String() string { return string(d) }

func (d Dir) Find(name string) (*Class, error) {
	path := filepath.Join(string(d), filepath.FromSlash(name)+".class")
	return ReadFile(path, name)
}

// ReadFile reads a class file from path, returning nil if it does not exist.
func ReadFile(path, name string) (*Class, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) || errors.Is(err, os.ErrInvalid) {
			return nil, nil
		}
		var pe *os.PathError
		if errors.As(err, &pe) && pe.Err != nil && strings.Contains(pe.Err.Error(), "is a directory") {
			return nil, nil
		}
		return nil, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	c := &Class{Name: name, Data: data, Path: abs, URI: "file:" + abs}
	if st, err := os.Stat(path); err == nil {
		c.ModTime = st.ModTime()
	}
	return c, nil
}

// Image is the runtime-image entry of a class path: the classes of every
// module in the JDK's lib/modules.
type Image struct{ *RuntimeImage }

func (i Image) String() string { return i.Path() }

func (i Image) Find(name string) (*Class, error) {
	mod, data, ok, err := i.FindClass(name)
	if !ok || err != nil {
		return nil, err
	}
	return &Class{Name: name, Data: data, Module: mod, ModTime: i.ModTime(),
		URI: "jrt:/" + mod + "/" + name + ".class"}, nil
}

// JDK is an installed JDK.
type JDK struct {
	Home  string
	Image *RuntimeImage
}

// FindJDK locates the JDK whose runtime image supplies the platform classes:
// home if it is not empty (gojvm's --jdk), else $JAVA_HOME, else the JDK of
// the java command on PATH.
func FindJDK(home string) (*JDK, error) {
	if home == "" {
		home = os.Getenv("JAVA_HOME")
	}
	if home == "" {
		java, err := exec.LookPath("java")
		if err != nil {
			return nil, errors.New("cannot find a JDK: set JAVA_HOME, pass --jdk, or put java on PATH")
		}
		if real, err := filepath.EvalSymlinks(java); err == nil {
			java = real
		}
		home = filepath.Dir(filepath.Dir(java))
	}
	img, err := OpenRuntimeImage(filepath.Join(home, "lib", "modules"))
	if err != nil {
		return nil, fmt.Errorf("cannot use JDK at %s: %w", home, err)
	}
	return &JDK{Home: home, Image: img}, nil
}

// Release returns a value from the JDK's release file, such as JAVA_VERSION.
func (j *JDK) Release(key string) string {
	data, err := os.ReadFile(filepath.Join(j.Home, "release"))
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok && k == key {
			return strings.Trim(v, `"`)
		}
	}
	return ""
}

// HasModule reports whether the runtime image contains the named module.
func (j *JDK) HasModule(name string) bool {
	data, err := j.Image.Resource("/" + name + "/module-info.class")
	return data != nil && err == nil
}
