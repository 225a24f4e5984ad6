package javap

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/gojvm/gojvm/classfile"
	"github.com/gojvm/gojvm/classpath"
)

// Exit statuses of javap.
const (
	ExitOK     = 0
	ExitError  = 1 // completed, but some class could not be shown
	ExitCmdErr = 2 // bad command line
)

// Env is what a javap run reads and writes besides its arguments.
type Env struct {
	Stdout, Stderr io.Writer
	Getenv         func(string) string // nil means os.Getenv
	// JDKHome selects the JDK whose runtime image supplies platform classes;
	// "" means $JAVA_HOME or the java on PATH.
	JDKHome string
	// Charset overrides the output charset derived from the locale.
	Charset *Charset
}

// task is one javap invocation, like the JDK's JavapTask.
type task struct {
	env        *Env
	opts       Options
	access     []string // access options in the order given
	classes    []string
	classPath  string
	hasCP      bool
	module     string
	help       bool
	version    bool
	fullVer    bool
	out        bytes.Buffer
	charset    Charset
	jdk        *classpath.JDK
	jdkErr     error
	userPath   classpath.Path
	resultCode int
}

type badArgs struct {
	msg       string
	showUsage bool
}

func (e *badArgs) Error() string { return e.msg }

// Main runs javap with the given arguments (not including the program name)
// and returns its exit status.
func Main(args []string, env *Env) int {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	t := &task{env: env, charset: HostCharset(env.Getenv)}
	if env.Charset != nil {
		t.charset = *env.Charset
	}
	defer t.flush()
	if err := t.handleOptions(args); err != nil {
		var ba *badArgs
		errors.As(err, &ba)
		t.errorf("%s", ba.msg)
		if ba.showUsage {
			t.out.WriteString("Usage: javap <options> <classes>\nuse --help for a list of possible options\n")
		}
		return ExitCmdErr
	}
	if len(t.classes) == 0 {
		if t.help || t.version || t.fullVer {
			return ExitOK
		}
		return ExitCmdErr
	}
	return t.run()
}

func (t *task) flush() {
	t.env.Stdout.Write(encode(t.out.Bytes(), t.charset))
	t.out.Reset()
}

// errorf prints an "Error:" line on standard error, after flushing what is
// already on standard output so that the two streams stay in order.
func (t *task) errorf(format string, args ...any) {
	t.flush()
	t.env.Stderr.Write(encode([]byte("Error: "+fmt.Sprintf(format, args...)+"\n"), t.charset))
}

func (t *task) warnf(format string, args ...any) {
	t.flush()
	t.env.Stderr.Write(encode([]byte("Warning: "+fmt.Sprintf(format, args...)+"\n"), t.charset))
}

// fileManagerOptions take a value, separately or (for the -- forms) after '='.
var fileManagerOptions = map[string]bool{
	"--class-path": true, "-classpath": true, "-cp": true, "--module-path": true, "-p": false,
	"--system": true, "-bootclasspath": true, "--multi-release": true, "--upgrade-module-path": true,
}

func (t *task) handleOptions(args []string) error {
	noArgs := len(args) == 0
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if !strings.HasPrefix(arg, "-") {
			t.classes = append(t.classes, args[i:]...)
			break
		}
		next := func() (string, bool) {
			if i+1 < len(args) {
				i++
				return args[i], true
			}
			return "", false
		}
		switch {
		case arg == "-help" || arg == "--help" || arg == "-?" || arg == "-h":
			t.help = true
		case arg == "-version":
			t.version = true
		case arg == "-fullversion":
			t.fullVer = true
		case arg == "-v" || arg == "-verbose" || arg == "-all":
			t.opts.Verbose = true
			t.opts.ShowDescriptors = true
			t.opts.ShowAllAttributes = true
		case arg == "-l":
			t.opts.ShowLineAndLocalVars = true
		case arg == "-public":
			t.addAccess(arg, classfile.AccPublic)
		case arg == "-protected":
			t.addAccess(arg, classfile.AccProtected)
		case arg == "-package":
			t.addAccess(arg, 0)
		case arg == "-p" || arg == "-private":
			if !t.hasAccessOption("-p") && !t.hasAccessOption("-private") {
				t.access = append(t.access, arg)
			}
			t.opts.Access = classfile.AccPrivate
		case arg == "-c":
			t.opts.ShowDisassembled = true
		case arg == "-s":
			t.opts.ShowDescriptors = true
		case arg == "-sysinfo":
			t.opts.SysInfo = true
		case arg == "-constants":
			t.opts.ShowConstants = true
		case arg == "-XDdetails" || strings.HasPrefix(arg, "-XDdetails:") || arg == "-XDinner" ||
			strings.HasPrefix(arg, "-XDindent:") || strings.HasPrefix(arg, "-XDtab:"):
			// Hidden debugging options; accepted, not implemented.
		case arg == "--module" || arg == "-m":
			v, ok := next()
			if !ok {
				return &badArgs{"no value given for " + arg, true}
			}
			t.module = v
		case strings.HasPrefix(arg, "-J"):
			// Options for the JVM that runs javap; gojvm's javap has none.
		default:
			name, value, hasValue := strings.Cut(arg, "=")
			if _, ok := fileManagerOptions[name]; !ok || name == "-p" || (hasValue && !strings.HasPrefix(name, "--")) {
				return &badArgs{"unknown option: " + arg, true}
			}
			if !hasValue {
				v, ok := next()
				if !ok {
					return &badArgs{"invalid use of option: " + arg, true}
				}
				value = v
			}
			if name == "--class-path" || name == "-classpath" || name == "-cp" {
				t.classPath, t.hasCP = value, true
			}
			// --module-path, --system and the rest are accepted; gojvm's javap
			// reads platform classes from the selected JDK only.
		}
	}
	if len(t.access) > 1 {
		return &badArgs{"bad combination of options: " + strings.Join(javaHashSetOrder(t.access), " "), false}
	}
	if len(t.classes) == 0 && !(noArgs || t.help || t.version || t.fullVer) {
		return &badArgs{"no classes specified", false}
	}
	if noArgs || t.help {
		t.out.WriteString(usage)
	}
	if t.version || t.fullVer {
		t.loadJDK()
		if t.jdk != nil {
			if t.fullVer {
				t.out.WriteString(t.jdk.Release("JAVA_RUNTIME_VERSION") + "\n")
			} else {
				t.out.WriteString(t.jdk.Release("JAVA_VERSION") + "\n")
			}
		}
	}
	return nil
}

func (t *task) addAccess(opt string, access int) {
	t.access = append(t.access, opt)
	t.opts.Access = access
}

func (t *task) hasAccessOption(opt string) bool {
	for _, a := range t.access {
		if a == opt {
			return true
		}
	}
	return false
}

// javaHashSetOrder orders distinct strings as java.util.HashSet iterates
// them, which is how javap lists conflicting access options.
func javaHashSetOrder(items []string) []string {
	bucket := func(s string) int {
		var h int32
		for _, u := range classfile.UTF16(s) {
			h = 31*h + int32(u)
		}
		return int(uint32(h)^uint32(h)>>16) & 15
	}
	out := make([]string, 0, len(items))
	for b := 0; b < 16; b++ {
		for _, s := range items {
			if bucket(s) == b {
				out = append(out, s)
			}
		}
	}
	return out
}

func (t *task) loadJDK() {
	if t.jdk == nil && t.jdkErr == nil {
		t.jdk, t.jdkErr = classpath.FindJDK(t.env.JDKHome)
	}
}

func (t *task) run() int {
	t.loadJDK()
	if t.jdkErr != nil && t.env.JDKHome != "" {
		// The JDK was named explicitly and cannot be used: say so rather
		// than report every platform class as missing.
		t.errorf("%v", t.jdkErr)
		return ExitError
	}
	cp := t.classPath
	if !t.hasCP {
		if cp = t.env.Getenv("CLASSPATH"); cp == "" {
			cp = "."
		}
	}
	t.userPath = classpath.ParsePath(cp)
	if t.module != "" {
		if t.jdk == nil || !t.jdk.HasModule(t.module) {
			t.errorf("Cannot find module %s", t.module)
			return ExitError
		}
	}
	result := ExitOK
	for _, name := range t.classes {
		result = t.writeClass(name)
	}
	return result
}

// found is a class file located for one of javap's arguments.
type found struct {
	data     []byte
	location string    // printed after "Classfile"
	modTime  time.Time // zero when unknown
	fileName string    // the name javap's warnings use
}

func (t *task) writeClass(name string) int {
	f, err := t.open(name)
	if err != nil {
		var fnf *fileNotFoundError
		if errors.As(err, &fnf) {
			t.errorf("file not found: %s", fnf.msg)
		} else {
			t.errorf("IO error reading %s: %v", name, err)
		}
		return ExitError
	}
	if f == nil {
		t.errorf("class not found: %s", name)
		return ExitError
	}
	cf, err := classfile.ParseWith(f.data, classfile.Options{KeepMalformedAttributes: true})
	if err != nil {
		var bt *classfile.BadTagError
		var ue *classfile.UTF8Error
		switch {
		case errors.Is(err, classfile.ErrTruncated):
			t.errorf("unexpected end of file while reading %s", name)
		case errors.As(err, &bt):
			t.errorf("error while reading constant pool for %s: %v", name, bt)
		case errors.As(err, &ue):
			t.errorf("IO error reading %s: %v", name, ue)
		default:
			t.errorf("IO error reading %s: %v", name, err)
		}
		return ExitError
	}
	if !strings.HasSuffix(name, ".class") {
		sameName := func(a, b string) bool {
			r := strings.NewReplacer("/", ".", "$", ".")
			return r.Replace(a) == r.Replace(b)
		}
		if cf.ThisClass == 0 {
			if name != "module-info" {
				t.warnf("File %s does not contain class %s", f.fileName, name)
			}
		} else if cn, err := cf.Name(); err == nil && !sameName(cn, name) {
			t.warnf("File %s does not contain class %s", f.fileName, name)
		}
	}
	WriteClass(&t.out, cf, &Source{Location: f.location, ModTime: f.modTime, Data: f.data}, &t.opts)
	return ExitOK
}

// open finds the class file for an argument as javap does: as a class name
// (platform classes first, then the user class path), as a nested class
// name with dots for dollars, as a file name ending in .class, or as a URL.
func (t *task) open(name string) (*found, error) {
	if f, err := t.findByName(name); f != nil || err != nil {
		return f, err
	}
	cn := name
	for {
		i := strings.LastIndexByte(cn, '.')
		if i < 0 {
			break
		}
		cn = cn[:i] + "$" + cn[i+1:]
		if f, err := t.findByName(cn); f != nil || err != nil {
			return f, err
		}
	}
	if !strings.HasSuffix(name, ".class") {
		return nil, nil
	}
	if st, err := os.Stat(name); err == nil && !st.IsDir() {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		abs, _ := filepath.Abs(name)
		return &found{data: data, location: abs, modTime: st.ModTime(), fileName: name}, nil
	}
	if urlPattern.MatchString(name) {
		return t.openURL(name)
	}
	return nil, nil
}

var urlPattern = regexp.MustCompile(`^[A-Za-z]+:`)

func (t *task) findByName(name string) (*found, error) {
	if strings.HasSuffix(name, ".") || strings.Contains(name, "..") || strings.HasPrefix(name, ".") {
		return nil, nil
	}
	internal := strings.ReplaceAll(name, ".", "/")
	if t.jdk != nil {
		if t.module != "" {
			data, err := t.jdk.Image.Resource("/" + t.module + "/" + internal + ".class")
			if data == nil || err != nil {
				return nil, err
			}
			return &found{data: data, location: "jrt:/" + t.module + "/" + internal + ".class",
				modTime: t.jdk.Image.ModTime(), fileName: "/modules/" + t.module + "/" + internal + ".class"}, nil
		}
		mod, data, ok, err := t.jdk.Image.FindClass(internal)
		if err != nil {
			return nil, err
		}
		if !strings.Contains(internal, "/") {
			// javac's file manager indexes the unnamed package of the system
			// modules module by module, so the last module that has the
			// class wins: "module-info" is jdk.zipfs's.
			mod, data, ok = t.lastModuleWith(internal + ".class")
		}
		if ok {
			return &found{data: data, location: "jrt:/" + mod + "/" + internal + ".class",
				modTime: t.jdk.Image.ModTime(), fileName: "/modules/" + mod + "/" + internal + ".class"}, nil
		}
	} else if t.module != "" {
		return nil, nil
	}
	for _, e := range t.userPath {
		c, err := e.Find(internal)
		if err != nil {
			return nil, err
		}
		if c == nil {
			continue
		}
		f := &found{data: c.Data, location: c.URI, modTime: c.ModTime}
		switch e.(type) {
		case classpath.Dir:
			f.location = c.Path
			f.fileName = filepath.Join(e.String(), filepath.FromSlash(internal)+".class")
			if e.String() == "." {
				f.fileName = "./" + filepath.FromSlash(internal) + ".class"
			}
		default:
			abs, _ := filepath.Abs(e.String())
			f.location = "jar:file://" + abs + "!/" + internal + ".class"
			f.fileName = e.String() + "(" + internal + ".class)"
		}
		return f, nil
	}
	return nil, nil
}

func (t *task) lastModuleWith(resource string) (string, []byte, bool) {
	mods := t.jdk.Image.Modules()
	for i := len(mods) - 1; i >= 0; i-- {
		if data, err := t.jdk.Image.Resource("/" + mods[i] + "/" + resource); data != nil && err == nil {
			return mods[i], data, true
		}
	}
	return "", nil, false
}

// fileNotFoundError is a failure to read a class that javap reports as
// "file not found"; other read errors are "IO error reading".
type fileNotFoundError struct{ msg string }

func (e *fileNotFoundError) Error() string { return e.msg }

// openURL reads a jrt:, file: or jar:file: URL. As with Java's URL
// connections, the jrt: file system reports no modification time.
func (t *task) openURL(u string) (*found, error) {
	switch {
	case strings.HasPrefix(u, "jrt:/"):
		if t.jdk == nil {
			return nil, nil
		}
		res := strings.TrimPrefix(u, "jrt:")
		data, err := t.jdk.Image.Resource(res)
		if err != nil {
			return nil, err
		}
		if data == nil {
			return nil, errors.New(strings.TrimPrefix(res, "/") + " not found")
		}
		return &found{data: data, location: u, modTime: time.Unix(0, 0), fileName: u}, nil
	case strings.HasPrefix(u, "file:"):
		path := strings.TrimPrefix(u, "file:")
		if strings.HasPrefix(path, "//") {
			path = strings.TrimPrefix(path, "//")
		}
		st, err := os.Stat(path)
		if err != nil {
			return nil, &fileNotFoundError{path + " (No such file or directory)"}
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		return &found{data: data, location: path, modTime: st.ModTime(), fileName: u}, nil
	case strings.HasPrefix(u, "jar:file:"):
		jarPath, entry, ok := strings.Cut(strings.TrimPrefix(u, "jar:file:"), "!/")
		if !ok {
			return nil, nil
		}
		if strings.HasPrefix(jarPath, "//") {
			jarPath = strings.TrimPrefix(jarPath, "//")
		}
		if _, err := os.Stat(jarPath); err != nil {
			return nil, &fileNotFoundError{jarPath}
		}
		data, zf, err := classpath.NewJar(jarPath).Entry(entry)
		if err != nil {
			return nil, err
		}
		if data == nil {
			return nil, &fileNotFoundError{"JAR entry " + entry + " not found in " + jarPath}
		}
		return &found{data: data, location: u, modTime: zf.Modified, fileName: u}, nil
	}
	return nil, nil
}

const usage = `Usage: javap <options> <classes>
where possible options include:
  --help -help -h -?               Print this help message
  -version                         Version information
  -v  -verbose                     Print additional information
  -l                               Print line number and local variable tables
  -public                          Show only public classes and members
  -protected                       Show protected/public classes and members
  -package                         Show package/protected/public classes
                                   and members (default)
  -p  -private                     Show all classes and members
  -c                               Disassemble the code
  -s                               Print internal type signatures
  -sysinfo                         Show system info (path, size, date, SHA-256 hash)
                                   of class being processed
  -constants                       Show final constants
  --module <module>, -m <module>   Specify module containing classes to be disassembled
  -J<vm-option>                    Specify a VM option
  --module-path <path>             Specify where to find application modules
  --system <jdk>                   Specify where to find system modules
  --class-path <path>              Specify where to find user class files
  -classpath <path>                Specify where to find user class files
  -cp <path>                       Specify where to find user class files
  -bootclasspath <path>            Override location of bootstrap class files
  --multi-release <version>        Specify the version to use in multi-release JAR files

GNU-style options may use = instead of whitespace to separate the name of an option
from its value.

Each class to be shown may be specified by a filename, a URL, or by its fully
qualified class name. Examples:
   path/to/MyClass.class
   jar:file:///path/to/MyJar.jar!/mypkg/MyClass.class
   java.lang.Object

`
