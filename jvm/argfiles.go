package jvm

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// The java launcher rewrites its command line before parsing it (the JDK's
// libjli args.c): the options of the JDK_JAVA_OPTIONS environment variable
// go first, each @file argument is replaced by the arguments the file holds,
// and a single "--source N" argument (as a shebang line passes it) is split.
// Expansion stops at the main class (or -m/-jar operand) and after
// --disable-@files.

// ExpandArgs returns java's command line args (without the program name)
// as the launcher sees it after expansion. getenv reads the environment;
// the launcher's "NOTE: Picked up JDK_JAVA_OPTIONS" goes to stderr. A
// failure is an *OptionError for the launcher to print (exit status 1).
func ExpandArgs(args []string, getenv func(string) (string, bool), stderr io.Writer) ([]string, error) {
	var p argExpander
	var out []string
	if v, ok := getenv("JDK_JAVA_OPTIONS"); ok {
		fmt.Fprintf(stderr, "NOTE: Picked up JDK_JAVA_OPTIONS: %s\n", v)
		env, err := p.expandString(v, "JDK_JAVA_OPTIONS")
		if err != nil {
			return nil, err
		}
		out = append(out, env...)
	}
	for _, a := range args {
		more, expanded, err := p.preprocess(a, true)
		if err != nil {
			return nil, err
		}
		if expanded {
			out = append(out, more...)
		} else {
			out = append(out, a)
		}
	}
	return out, nil
}

// argExpander follows the command line as args.c does, to know where the
// application's arguments begin (after which nothing is expanded).
type argExpander struct {
	mainFound   bool // the main class (or -m/--module value) has been seen
	expectValue bool // the previous option takes the next argument as its value
	noExpansion bool // --disable-@files was given
}

// check notes argument a, which is a launcher argument (already expanded).
func (p *argExpander) check(a string) {
	isMain := false
	if strings.HasPrefix(a, "-") {
		p.expectValue = false
		switch {
		case isWhiteSpaceOption(a):
			// -m and --module take the main module as their value: it
			// counts as the main class, so expansion stops after it.
			p.expectValue = a != "--module" && a != "-m"
		case a == "--disable-@files":
			p.noExpansion = true
		case strings.HasPrefix(a, "--module="):
			isMain = true
		}
	} else {
		isMain = !p.expectValue
		p.expectValue = false
	}
	if isMain {
		p.mainFound = true
	}
}

// preprocess expands argument a if it is an @file (or, with source, a
// "--source N" in one argument); expanded reports whether it was.
func (p *argExpander) preprocess(a string, source bool) (args []string, expanded bool, err error) {
	if p.mainFound {
		return nil, false, nil // an application argument
	}
	if p.noExpansion {
		p.check(a)
		return nil, false, nil
	}
	if source && strings.HasPrefix(a, "--source") && strings.Contains(a, " ") {
		args, err := p.expandString(a, "")
		return args, true, err
	}
	if !strings.HasPrefix(a, "@") || a == "@" {
		p.check(a)
		return nil, false, nil
	}
	name := a[1:]
	if strings.HasPrefix(name, "@") { // @@arg stands for @arg
		p.check(name)
		return []string{name}, true, nil
	}
	args, err = p.readArgFile(name)
	return args, true, err
}

// readArgFile returns the arguments in the file name.
func (p *argExpander) readArgFile(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, launcherError("Error: could not open `%s'", name)
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, launcherError("Error: loading: %s", name)
	}
	args := argFileTokens(data)
	for _, a := range args {
		p.check(a)
	}
	return args, nil
}

// expandString splits s at white space into arguments and expands each as
// a command-line argument, for JDK_JAVA_OPTIONS (varName; quotes group
// words there) or a "--source N" argument (varName ""). Neither may hold
// an option that ends the options (-jar, --version, ...) or the main class.
func (p *argExpander) expandString(s, varName string) ([]string, error) {
	var out []string
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' }
	for i := 0; i < len(s); {
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if i == len(s) {
			break
		}
		var b strings.Builder
		for i < len(s) && !isSpace(s[i]) {
			if varName != "" && (s[i] == '"' || s[i] == '\'') {
				end := strings.IndexByte(s[i+1:], s[i])
				if end < 0 {
					return nil, launcherError("Error: Unmatched quote in environment variable %s", varName)
				}
				b.WriteString(s[i+1 : i+1+end])
				i += end + 2
				continue
			}
			b.WriteByte(s[i])
			i++
		}
		a := b.String()
		fromFile, expanded, err := p.preprocess(a, false)
		if err != nil {
			return nil, err
		}
		if !expanded {
			if isTerminalOption(a) {
				if varName != "" {
					return nil, launcherError("Error: Option %s is not allowed in environment variable %s", a, varName)
				}
				return nil, launcherError("Error: Option %s is not allowed in this context", a)
			}
			out = append(out, a)
		} else {
			for _, fa := range fromFile {
				if isTerminalOption(fa) {
					if varName != "" {
						return nil, launcherError("Error: Option %s in %s is not allowed in environment variable %s", fa, a, varName)
					}
					return nil, launcherError("Error: Option %s in %s is not allowed in this context", fa, a)
				}
			}
			out = append(out, fromFile...)
		}
		if p.mainFound {
			if varName != "" {
				return nil, launcherError("Error: Cannot specify main class in environment variable %s", varName)
			}
			return nil, launcherError("Error: Cannot specify main class in this context")
		}
	}
	return out, nil
}

// isTerminalOption reports whether a ends java's options: after it comes
// the main class, or nothing is run.
func isTerminalOption(a string) bool {
	switch a {
	case "-jar", "-m", "--module", "--dry-run", "-h", "-?", "-help", "--help", "-X", "--help-extra",
		"-version", "--version", "-fullversion", "--full-version":
		return true
	}
	return strings.HasPrefix(a, "--module=")
}

func launcherError(format string, args ...any) *OptionError {
	return &OptionError{Msg: fmt.Sprintf(format, args...), Launcher: true}
}

// argFileTokens splits the contents of an @file into arguments, by the
// launcher's rules: arguments are separated by white space; '#' starts a
// comment to the end of the line; single or double quotes group words, and
// inside them a backslash escapes the next character (\n, \r, \t and \f
// stand for control characters) or, before a line break, joins the next
// line with its leading white space removed. An open quote ends at the
// end of the line.
func argFileTokens(data []byte) []string {
	const (
		findNext = iota
		inComment
		inQuote
		inEscape
		skipLeadWS
		inToken
	)
	state := findNext
	var (
		tokens []string
		parts  []string // pieces of the current argument before anchor
		anchor int      // start of the piece being read
		quote  byte
	)
	isWS := func(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' }
	n := len(data)
	for i := 0; i < n; i++ {
		c := data[i]
		switch state {
		case findNext, skipLeadWS:
			for isWS(c) {
				i++
				if i >= n {
					return tokens // a pending piece after a line join is dropped, as java drops it
				}
				c = data[i]
			}
			if state == findNext {
				state = inToken
			} else {
				state = inQuote
			}
			anchor = i
		case inEscape:
			if c == '\n' || c == '\r' {
				state = skipLeadWS
			} else {
				parts = append(parts, string(unescapeArgFileChar(c)))
				state = inQuote
			}
			anchor = i + 1
			continue
		case inComment:
			for c != '\n' && c != '\r' {
				i++
				if i >= n {
					return tokens
				}
				c = data[i]
			}
			anchor = i + 1
			state = findNext
			continue
		}
		switch c {
		case ' ', '\t', '\f', '\n', '\r':
			if state == inQuote && c != '\n' && c != '\r' {
				continue
			}
			tokens = append(tokens, strings.Join(parts, "")+string(data[anchor:i]))
			parts = nil
			state = findNext
		case '#':
			if state == inQuote {
				continue
			}
			state = inComment // what was read of this argument since the last quote is dropped
			anchor = i + 1
		case '\\':
			if state != inQuote {
				continue
			}
			parts = append(parts, string(data[anchor:i]))
			state = inEscape
			anchor = i + 1
		case '\'', '"':
			if state == inQuote && quote != c {
				continue
			}
			if anchor != i {
				parts = append(parts, string(data[anchor:i]))
			}
			anchor = i + 1
			if state == inToken {
				quote = c
				state = inQuote
			} else {
				state = inToken
			}
		}
	}
	if state == inToken || state == inQuote {
		if anchor < n {
			parts = append(parts, string(data[anchor:n]))
		}
		if len(parts) != 0 {
			tokens = append(tokens, strings.Join(parts, ""))
		}
	}
	return tokens
}

func unescapeArgFileChar(c byte) byte {
	switch c {
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	case 'f':
		return '\f'
	}
	return c
}
