package classpath

import (
	"archive/zip"
	"io"
	"path/filepath"
	"sync"
)

// Jar is a jar (zip) file of classes. It is opened on first use.
type Jar struct {
	path string

	once    sync.Once
	err     error
	zr      *zip.ReadCloser
	entries map[string]*zip.File
}

// NewJar returns the class-path entry for the jar at path.
func NewJar(path string) *Jar { return &Jar{path: path} }

func (j *Jar) String() string { return j.path }

func (j *Jar) open() error {
	j.once.Do(func() {
		j.zr, j.err = zip.OpenReader(j.path)
		if j.err != nil {
			return
		}
		j.entries = make(map[string]*zip.File, len(j.zr.File))
		for _, f := range j.zr.File {
			if _, dup := j.entries[f.Name]; !dup {
				j.entries[f.Name] = f
			}
		}
	})
	return j.err
}

// Entry returns the contents of the named entry, or nil if there is none.
func (j *Jar) Entry(name string) ([]byte, *zip.File, error) {
	if err := j.open(); err != nil {
		return nil, nil, err
	}
	f := j.entries[name]
	if f == nil {
		return nil, nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	return data, f, err
}

func (j *Jar) Find(name string) (*Class, error) {
	data, f, err := j.Entry(name + ".class")
	if data == nil || err != nil {
		return nil, nil // an unreadable jar is skipped, as by the JDK's loaders
	}
	abs, _ := filepath.Abs(j.path)
	return &Class{Name: name, Data: data, ModTime: f.Modified,
		URI: "jar:file:" + abs + "!/" + name + ".class"}, nil
}
