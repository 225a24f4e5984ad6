package jvm

import (
	"os"
	"strconv"
	"strings"
)

// sourceLauncherMain is what java runs for a single-file source program:
// javac's source launcher, in-process (java.c's SOURCE_LAUNCHER_MAIN_ENTRY).
const sourceLauncherMain = "jdk.compiler/com.sun.tools.javac.launcher.Main"

// isClassPathOption reports whether a is one of the class path options.
func isClassPathOption(a string) bool {
	return a == "-classpath" || a == "-cp" || a == "--class-path"
}

// isLauncherOption reports whether a is a launcher option that takes the
// next argument as its value.
func isLauncherOption(a string) bool {
	return isClassPathOption(a) || a == "--module" || a == "-m" ||
		a == "--describe-module" || a == "-d" || a == "--source"
}

// isModuleOption reports whether a is a module-system option that takes
// the next argument as its value and goes to the VM as "a=value".
func isModuleOption(a string) bool {
	switch a {
	case "--module-path", "-p", "--upgrade-module-path", "--add-modules", "--enable-native-access",
		"--limit-modules", "--add-exports", "--add-opens", "--add-reads", "--patch-module":
		return true
	}
	return false
}

// isLongFormModuleOption reports whether a is a module option in its
// "--name=value" form.
func isLongFormModuleOption(a string) bool {
	for _, p := range []string{"--module-path=", "--upgrade-module-path=", "--add-modules=",
		"--enable-native-access=", "--limit-modules=", "--add-exports=", "--add-reads=", "--patch-module="} {
		if strings.HasPrefix(a, p) {
			return true
		}
	}
	return false
}

// isWhiteSpaceOption reports whether option a takes the next argument as
// its value.
func isWhiteSpaceOption(a string) bool { return isModuleOption(a) || isLauncherOption(a) }

// launcherArgs is the launcher's view of the command line (java.c's
// ParseArguments): its own options, the options it hands the VM, and what
// to run.
type launcherArgs struct {
	vmOptions []string // in order, as the launcher passes them to the VM
	classPath string
	haveCP    bool
	mode      int
	what      string // main class, jar file or module[/class]
	args      []string
	status    int // the exit status when the launcher prints usage
}

// parseLauncherArgs does what java.c's ParseArguments does with the
// (expanded) command line. classPathEnv is $CLASSPATH (hasCPEnv: set).
func parseLauncherArgs(args []string, classPathEnv string, hasCPEnv bool, o *Options) (*launcherArgs, error) {
	l := &launcherArgs{}
	if hasCPEnv {
		l.setClassPath(classPathEnv)
	}
	i := 0
	for i < len(args) && strings.HasPrefix(args[i], "-") {
		arg := args[i]
		// An option that takes a value takes the next argument unless it
		// starts with '-'.
		nextIsValue := i+1 < len(args) && !strings.HasPrefix(args[i+1], "-")
		i++
		option, value, hasValue := arg, "", false
		longVM := false // "--name=value" going to the VM as it is
		switch {
		case isLauncherOption(arg):
			if nextIsValue {
				value, hasValue = args[i], true
				i++
			}
		case isModuleOption(arg):
			if nextIsValue {
				value, hasValue = args[i], true
				i++
			}
			if arg == "-p" {
				option = "--module-path"
			}
		case strings.HasPrefix(arg, "--") && strings.Contains(arg, "="):
			_, value, _ = strings.Cut(arg, "=")
			hasValue = true
			longVM = !(strings.HasPrefix(arg, "--describe-module=") || strings.HasPrefix(arg, "--module=") ||
				strings.HasPrefix(arg, "--class-path=") || strings.HasPrefix(arg, "--source="))
		}
		nonEmpty := hasValue && value != ""
		switch {
		case arg == "-jar":
			if i >= len(args) {
				l.status = 1
				o.Help, o.usageError = ToStderr, "Error: -jar requires jar file specification"
				return l, nil
			}
			if err := l.checkMode(arg); err != nil {
				return nil, err
			}
			l.mode = ModeJar
		case arg == "--module" || strings.HasPrefix(arg, "--module=") || arg == "-m":
			if !nonEmpty {
				return nil, launcherError("Error: %s requires module name", arg)
			}
			mod, _, _ := strings.Cut(value, "/")
			l.vmOptions = append(l.vmOptions, "-Djdk.module.main="+mod)
			if err := l.checkMode(arg); err != nil {
				return nil, err
			}
			l.mode = ModeModule
			l.what = value
			return l.finish(args[i:], o), nil
		case arg == "--source" || strings.HasPrefix(arg, "--source="):
			if !nonEmpty {
				return nil, launcherError("Error: %s requires source version", arg)
			}
			l.mode = ModeSource
			l.vmOptions = append(l.vmOptions, "-Djdk.internal.javac.source="+value)
		case isClassPathOption(arg) || strings.HasPrefix(arg, "--class-path="):
			if !hasValue {
				return nil, launcherError("Error: %s requires class path specification", arg)
			}
			l.setClassPath(value)
			if l.mode != ModeSource {
				l.mode = ModeClass
			}
		case arg == "--list-modules":
			o.ListModules = true
		case arg == "--show-resolved-modules":
			o.ShowResolvedModules = true
		case arg == "--validate-modules":
			l.vmOptions = append(l.vmOptions, "-Djdk.module.validation=true")
			o.ValidateModules = true
		case arg == "--describe-module" || strings.HasPrefix(arg, "--describe-module=") || arg == "-d":
			if !hasValue {
				return nil, launcherError("Error: %s requires module name", arg)
			}
			o.DescribeModule, o.describe = value, true
		case nonEmpty && longVM:
			l.vmOptions = append(l.vmOptions, option)
		case nonEmpty && isModuleOption(arg):
			l.vmOptions = append(l.vmOptions, option+"="+value)
		case arg == "--module-path" || arg == "-p" || arg == "--upgrade-module-path":
			return nil, launcherError("Error: %s requires module path specification", arg)
		case isModuleOption(arg) || isLongFormModuleOption(arg):
			return nil, launcherError("Error: %s requires modules to be specified", arg)
		// These end the options.
		case arg == "-help" || arg == "-h" || arg == "-?":
			o.Help = ToStderr
			return l, nil
		case arg == "--help":
			o.Help = ToStdout
			return l, nil
		case arg == "-version":
			o.Version, o.VersionOnly = ToStderr, true
			return l, nil
		case arg == "--version":
			o.Version, o.VersionOnly = ToStdout, true
			return l, nil
		case arg == "-X":
			o.Help, o.HelpExtra = ToStderr, true
			return l, nil
		case arg == "--help-extra":
			o.Help, o.HelpExtra = ToStdout, true
			return l, nil
		case arg == "-showversion":
			o.Version = ToStderr
		case arg == "--show-version":
			o.Version = ToStdout
		case arg == "--dry-run":
			o.DryRun = true
		case arg == "-XshowSettings" || strings.HasPrefix(arg, "-XshowSettings:"):
			o.ShowSettings = arg
		case arg == "-Xdiag":
			l.vmOptions = append(l.vmOptions, "-Dsun.java.launcher.diag=true")
		case arg == "--show-module-resolution":
			l.vmOptions = append(l.vmOptions, "-Djdk.module.showModuleResolution=true")
		case arg == "-fullversion":
			o.FullVersion = ToStderr
			return l, nil
		case arg == "--full-version":
			o.FullVersion = ToStdout
			return l, nil
		case arg == "-verbosegc":
			l.vmOptions = append(l.vmOptions, "-verbose:gc")
		case arg == "-noclassgc":
			l.vmOptions = append(l.vmOptions, "-Xnoclassgc")
		case arg == "-verify":
			l.vmOptions = append(l.vmOptions, "-Xverify:all")
		case arg == "-verifyremote":
			l.vmOptions = append(l.vmOptions, "-Xverify:remote")
		case arg == "-noverify":
			l.vmOptions = append(l.vmOptions, "-Xverify:none")
		case strings.HasPrefix(arg, "-ss") || strings.HasPrefix(arg, "-oss") ||
			strings.HasPrefix(arg, "-ms") || strings.HasPrefix(arg, "-mx"):
			l.vmOptions = append(l.vmOptions, "-X"+arg[1:])
		case arg == "-checksource" || arg == "-cs" || arg == "-noasyncgc":
			o.launcherWarnings = append(o.launcherWarnings, "Warning: "+arg+" option is no longer supported.")
		case strings.HasPrefix(arg, "-splash:"):
			// The splash screen needs a display; java shows none when
			// headless, and gojvm is always headless.
		default:
			if strings.HasPrefix(arg, "-Djava.class.path=") {
				l.haveCP = true
			}
			l.vmOptions = append(l.vmOptions, arg)
		}
	}
	return l.finish(args[i:], o), nil
}

// noteSizes records the sizes of the launcher's -Xss, -Xmx and -Xms
// options, which it reads as java.c's AddOption does.
func (l *launcherArgs) noteSizes(o *Options) {
	for _, a := range l.vmOptions {
		if len(a) < 4 {
			continue
		}
		n, ok := launcherSize(a[4:])
		if !ok {
			continue
		}
		switch a[:4] {
		case "-Xss":
			if n > 0 && n < 64<<10 {
				n = 64 << 10
			}
			o.launcherStackSize = n
		case "-Xmx":
			o.launcherMaxHeap = n
		case "-Xms":
			o.launcherInitialHeap = n
		}
	}
}

// launcherSize parses a size as the launcher does (java.c's parse_size):
// digits and at most one unit letter.
func launcherSize(s string) (int64, bool) {
	digits := 0
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	n, err := strconv.ParseInt(s[:digits], 10, 64)
	if err != nil || len(s)-digits > 1 {
		return 0, false
	}
	switch strings.ToLower(s[digits:]) {
	case "t":
		return n << 40, true
	case "g":
		return n << 30, true
	case "m":
		return n << 20, true
	case "k":
		return n << 10, true
	case "":
		return n, true
	}
	return 0, false
}

// checkMode refuses a second main entry point after --source.
func (l *launcherArgs) checkMode(arg string) error {
	if l.mode == ModeSource {
		return launcherError("Error: Option %s is not allowed with --source", arg)
	}
	return nil
}

func (l *launcherArgs) setClassPath(cp string) {
	l.classPath, l.haveCP = cp, true
	l.vmOptions = append(l.vmOptions, "-Djava.class.path="+expandClassPathWildcards(cp))
}

// finish takes the main class (unless -m named it) and the program's
// arguments from rest, and settles the launch mode.
func (l *launcherArgs) finish(rest []string, o *Options) *launcherArgs {
	if l.what == "" && len(rest) > 0 {
		l.what, rest = rest[0], rest[1:]
	}
	l.args = rest
	switch {
	case l.what == "":
		if !o.ListModules && !o.describe && !o.ValidateModules {
			l.status = 1
		}
	case l.mode == 0:
		if !l.haveCP {
			l.setClassPath(".")
		}
		l.mode = ModeClass
		if isSourceFile(l.what) {
			l.mode = ModeSource
		}
	case l.mode == ModeClass && isSourceFile(l.what):
		l.mode = ModeSource
	}
	if l.mode == ModeSource {
		// The source file is the source launcher's first argument (with
		// "--source N" and no file, it has none and says so).
		l.vmOptions = append(l.vmOptions, "--add-modules=ALL-DEFAULT")
		if l.what != "" {
			l.args = append([]string{l.what}, l.args...)
		}
		l.what = sourceLauncherMain
	}
	if l.mode == ModeJar && l.what != "" {
		l.setClassPath(l.what)
	}
	return l
}

// isSourceFile reports whether the main class argument names a Java
// source file (java runs it in source-file mode).
func isSourceFile(a string) bool {
	if !strings.HasSuffix(a, ".java") {
		return false
	}
	_, err := os.Stat(a)
	return err == nil
}

// expandClassPathWildcards expands each "dir/*" (or "*") element of a
// class path to the jar files in dir, in directory order, as the launcher
// does (JLI_WildcardExpandClasspath).
func expandClassPathWildcards(cp string) string {
	if !strings.Contains(cp, "*") {
		return cp
	}
	var out []string
	for _, e := range strings.Split(cp, ":") {
		if e != "*" && !strings.HasSuffix(e, "/*") {
			out = append(out, e)
			continue
		}
		prefix := strings.TrimSuffix(e, "*")
		dir := prefix
		if dir == "" {
			dir = "."
		}
		f, err := os.Open(dir)
		if err != nil {
			continue
		}
		names, _ := f.Readdirnames(-1) // unsorted, as readdir gives them
		f.Close()
		for _, n := range names {
			if strings.HasSuffix(strings.ToLower(n), ".jar") {
				if st, err := os.Stat(prefix + n); err == nil && !st.IsDir() {
					out = append(out, prefix+n)
				}
			}
		}
	}
	return strings.Join(out, ":")
}

// JarOperand returns the jar file of a -jar command line, found as java.c's
// SelectVersion finds it before parsing the options (so that an unreadable
// jar is reported first), or "".
func JarOperand(args []string) string {
	jar := false
	i := 0
	for ; i < len(args) && strings.HasPrefix(args[i], "-"); i++ {
		a := args[i]
		if a == "-jar" {
			jar = true
		}
		if isWhiteSpaceOption(a) && i+1 < len(args) && !strings.HasPrefix(args[i+1], "-") {
			i++
		}
	}
	if !jar || i >= len(args) {
		return ""
	}
	return args[i]
}
