// Package ulog is HotSpot's unified logging (JEP 158) as far as gojvm logs:
// the -Xlog option's selections, levels and outputs, and the
// "[0.012s][info][gc,heap] message" lines with their decorations padded as
// HotSpot pads them.
package ulog

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// Level is a log level; lower is more severe.
type Level int

const (
	Off Level = iota
	Error
	Warning
	Info
	Debug
	Trace
)

var levelNames = [...]string{"off", "error", "warning", "info", "debug", "trace"}

func (l Level) String() string { return levelNames[l] }

func parseLevel(s string) (Level, bool) {
	for i, n := range levelNames {
		if n == s {
			return Level(i), true
		}
	}
	return 0, false
}

// selection enables a tag set (exactly, or every set containing it with
// wildcard) up to a level.
type selection struct {
	tags     []string
	wildcard bool
	level    Level
}

func (s *selection) matches(tags []string) bool {
	if !s.wildcard && len(tags) != len(s.tags) {
		return false
	}
	for _, want := range s.tags {
		found := false
		for _, t := range tags {
			if t == want || want == "all" {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// output is one destination with its selections and decoration widths.
type output struct {
	w          io.Writer
	selections []selection
	// widths are the widest uptime, level and tags decorations written so
	// far: HotSpot pads each decoration to the widest it has printed.
	widths [3]int
	// plain is set by the decorators "none": messages without decorations.
	plain bool
}

// level returns the level enabled on o for a tag set (the last matching
// selection wins, as in HotSpot's configuration order).
func (o *output) level(tags []string) Level {
	l := Off
	for i := range o.selections {
		if o.selections[i].matches(tags) {
			l = o.selections[i].level
		}
	}
	return l
}

// Log is a VM's logging configuration.
type Log struct {
	mu      sync.Mutex
	start   time.Time
	outputs []*output
}

// New returns the default configuration: warnings and errors of every tag
// to stdout.
func New(start time.Time, stdout io.Writer) *Log {
	return &Log{start: start, outputs: []*output{{w: stdout, selections: []selection{{tags: []string{"all"}, wildcard: true, level: Warning}}}}}
}

// Configure applies one -Xlog option ("-Xlog", "-Xlog:gc*", "-Xlog:gc+heap=debug:stderr",
// "-Xlog:disable") as HotSpot's LogConfiguration::parse_command_line_arguments does.
// stdout and stderr are the process's streams.
func (l *Log) Configure(opt string, stdout, stderr io.Writer) error {
	spec, _ := strings.CutPrefix(opt, "-Xlog")
	if spec == "" {
		return l.add("all=info", stdout)
	}
	spec, ok := strings.CutPrefix(spec, ":")
	if !ok {
		return fmt.Errorf("Invalid -Xlog option '%s'", opt)
	}
	if spec == "disable" {
		l.outputs = l.outputs[:1]
		l.outputs[0].selections = nil
		return nil
	}
	what, dest, _ := strings.Cut(spec, ":")
	if what == "" {
		what = "all=info"
	}
	if msg := checkSelections(what); msg != "" {
		// HotSpot logs what is wrong, then rejects the option.
		l.Printf(Error, "logging", "%s", msg)
		return fmt.Errorf("Invalid -Xlog option '%s', see error log for details.", opt)
	}
	dest, decorators, _ := strings.Cut(dest, ":")
	decorators, _, _ = strings.Cut(decorators, ":") // output options: the defaults only
	// Decorators: "none", or the default uptime, level and tags.
	var w io.Writer
	switch {
	case dest == "" || dest == "stdout" || dest == "#0":
		w = stdout
	case dest == "stderr" || dest == "#1":
		w = stderr
	default:
		name := strings.Trim(strings.TrimPrefix(dest, "file="), `"`)
		f, err := os.Create(name)
		if err != nil {
			return fmt.Errorf("Error opening log file '%s': %s", name, err)
		}
		w = f
	}
	if err := l.add(what, w); err != nil {
		return err
	}
	if decorators == "none" {
		for _, o := range l.outputs {
			if o.w == w {
				o.plain = true
			}
		}
	}
	return nil
}

// checkSelections returns HotSpot's message for the first invalid tag or
// level of a selection list, or "".
func checkSelections(what string) string {
	for _, item := range strings.Split(what, ",") {
		tags, lv, hasLevel := strings.Cut(item, "=")
		if hasLevel {
			if _, ok := parseLevel(lv); !ok {
				return "Invalid level '" + lv + "' in log selection."
			}
		}
		tags = strings.TrimSuffix(tags, "*")
		if tags == "all" {
			continue
		}
		for _, t := range strings.Split(tags, "+") {
			if !knownTags[t] {
				return "Invalid tag '" + t + "' in log selection."
			}
		}
	}
	return ""
}

// add enables a comma-separated selection list on the output writing to w.
func (l *Log) add(what string, w io.Writer) error {
	var o *output
	for _, x := range l.outputs {
		if x.w == w {
			o = x
		}
	}
	if o == nil {
		o = &output{w: w}
		l.outputs = append(l.outputs, o)
	}
	for _, item := range strings.Split(what, ",") {
		sel := selection{level: Info}
		tags, lv, hasLevel := strings.Cut(item, "=")
		if hasLevel {
			var ok bool
			if sel.level, ok = parseLevel(lv); !ok {
				return fmt.Errorf("Invalid level '%s' in log configuration.", lv)
			}
		}
		if strings.HasSuffix(tags, "*") {
			sel.wildcard = true
			tags = strings.TrimSuffix(tags, "*")
		}
		if tags == "all" {
			sel.wildcard = true
		}
		sel.tags = strings.Split(tags, "+")
		o.selections = append(o.selections, sel)
	}
	return nil
}

// Enabled reports whether a message of this level and tag set goes
// anywhere ("gc,heap" is the tag set gc+heap).
func (l *Log) Enabled(level Level, tags string) bool {
	if l == nil {
		return false
	}
	ts := strings.Split(tags, ",")
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, o := range l.outputs {
		if level <= o.level(ts) {
			return true
		}
	}
	return false
}

// Printf writes a message with the decorations uptime, level and tags to
// every output where it is enabled.
func (l *Log) Printf(level Level, tags string, format string, args ...any) {
	if l == nil {
		return
	}
	ts := strings.Split(tags, ",")
	msg := fmt.Sprintf(format, args...)
	up := fmt.Sprintf("%.3fs", time.Since(l.start).Seconds())
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, o := range l.outputs {
		if level > o.level(ts) {
			continue
		}
		if o.plain {
			io.WriteString(o.w, msg+"\n")
			continue
		}
		decos := [3]string{up, level.String(), tags}
		var b strings.Builder
		for i, d := range decos {
			o.widths[i] = max(o.widths[i], len(d))
			b.WriteByte('[')
			b.WriteString(d)
			if i > 0 { // the uptime is not padded: it only grows
				b.WriteString(strings.Repeat(" ", o.widths[i]-len(d)))
			}
			b.WriteByte(']')
		}
		b.WriteByte(' ')
		b.WriteString(msg)
		b.WriteByte('\n')
		io.WriteString(o.w, b.String())
	}
}
