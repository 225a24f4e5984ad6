// Package javap disassembles class files into exactly the text that JDK 17's
// javap prints, options, messages and exit statuses included.
package javap

import "github.com/gojvm/gojvm/classfile"

// Options selects what javap shows, as its command-line flags do.
type Options struct {
	Verbose              bool // -v: everything below, plus the constant pool and all attributes
	ShowDescriptors      bool // -s
	ShowAllAttributes    bool // implied by -v
	ShowLineAndLocalVars bool // -l
	ShowDisassembled     bool // -c
	ShowConstants        bool // -constants
	SysInfo              bool // -sysinfo
	// Access is the least visible access shown: 0 for package (the default),
	// or AccPublic, AccProtected or AccPrivate.
	Access int
}

// shows reports whether a member or inner class with these flags is shown.
func (o *Options) shows(flags uint16) bool {
	public := flags&classfile.AccPublic != 0
	protected := flags&classfile.AccProtected != 0
	private := flags&classfile.AccPrivate != 0
	pkg := !(public || protected || private)
	switch o.Access {
	case classfile.AccPublic:
		return !(protected || private || pkg)
	case classfile.AccProtected:
		return !(private || pkg)
	case 0:
		return !private
	}
	return true
}
