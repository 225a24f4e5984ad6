package javap

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gojvm/gojvm/classfile"
)

func (p *printer) writeAttributes(as classfile.Attributes) {
	for _, a := range as {
		p.writeAttribute(a)
	}
}

// writeAttribute prints one attribute as javap -v does.
func (p *printer) writeAttribute(a classfile.Attribute) {
	switch a := a.(type) {
	case *classfile.UnknownAttribute:
		p.writeRawAttribute(a)
	case *classfile.AnnotationDefaultAttribute:
		p.println("AnnotationDefault:")
		p.indent(+1)
		p.print("default_value: ")
		p.writeElementValueBoth(&a.Value)
		p.indent(-1)
		p.println()
	case *classfile.BootstrapMethodsAttribute:
		p.println("BootstrapMethods:")
		for i, bm := range a.Methods {
			p.indent(+1)
			p.print(itoa(i) + ": #" + itoa(bm.MethodRef) + " ")
			p.println(p.stringValue(bm.MethodRef))
			p.indent(+1)
			p.println("Method arguments:")
			p.indent(+1)
			for _, arg := range bm.Args {
				p.print("#" + itoa(arg) + " ")
				p.println(p.stringValue(arg))
			}
			p.indent(-3)
		}
	case *classfile.CharacterRangeTableAttribute:
		p.println("CharacterRangeTable:")
		p.indent(+1)
		for _, e := range a.Ranges {
			p.print(fmt.Sprintf("    %2d, %2d, %6x, %6x, %4x", e.StartPC, e.EndPC, e.RangeStart, e.RangeEnd, e.Flags))
			p.tab()
			p.print(fmt.Sprintf("// %2d, %2d, %4d:%02d, %4d:%02d", e.StartPC, e.EndPC,
				int32(e.RangeStart)>>10, e.RangeStart&0x3ff, int32(e.RangeEnd)>>10, e.RangeEnd&0x3ff))
			for bit, name := range []string{"statement", "block", "assignment", "flow-controller",
				"flow-target", "invoke", "create", "branch-true", "branch-false"} {
				if e.Flags&(1<<bit) != 0 {
					p.print(", " + name)
				}
			}
			p.println()
		}
		p.indent(-1)
	case *classfile.CodeAttribute:
		p.writeCode(a)
	case *classfile.CompilationIDAttribute:
		p.writeConstant(a.Index)
	case *classfile.SourceIDAttribute:
		p.writeConstant(a.Index)
	case *classfile.ConstantValueAttribute:
		p.print("ConstantValue: ")
		p.writeConstant(a.ValueIndex)
		p.println()
	case *classfile.DeprecatedAttribute:
		p.println("Deprecated: true")
	case *classfile.EnclosingMethodAttribute:
		p.print("EnclosingMethod: #" + itoa(a.Class) + ".#" + itoa(a.Method))
		p.tab()
		p.print("// " + javaName(p.className(a.Class)))
		if a.Method != 0 {
			name, _, err := p.cp.NameAndType(a.Method)
			if err != nil {
				name = p.report(err)
			}
			p.print("." + name)
		}
		p.println()
	case *classfile.ExceptionsAttribute:
		p.println("Exceptions:")
		p.indent(+1)
		p.print("throws ")
		for i, e := range a.Exceptions {
			if i > 0 {
				p.print(", ")
			}
			p.print(javaName(p.className(e)))
		}
		p.println()
		p.indent(-1)
	case *classfile.InnerClassesAttribute:
		first := true
		for _, ic := range a.Classes {
			if !p.opts.shows(uint16(ic.Access)) {
				continue
			}
			if first {
				p.println("InnerClasses:")
				p.indent(+1)
				first = false
			}
			mods := uint16(ic.Access)
			if mods&classfile.AccInterface != 0 {
				mods &^= classfile.AccAbstract
			}
			for _, m := range modifierNames(mods, innerClassModifiers) {
				p.print(m + " ")
			}
			if ic.InnerName != 0 {
				p.print("#" + itoa(ic.InnerName) + "= ")
			}
			p.print("#" + itoa(ic.InnerClassInfo))
			if ic.OuterClassInfo != 0 {
				p.print(" of #" + itoa(ic.OuterClassInfo))
			}
			p.print(";")
			p.tab()
			p.print("// ")
			if ic.InnerName != 0 {
				p.print(p.utf8(ic.InnerName) + "=")
			}
			p.writeConstant(ic.InnerClassInfo)
			if ic.OuterClassInfo != 0 {
				p.print(" of ")
				p.writeConstant(ic.OuterClassInfo)
			}
			p.println()
		}
		if !first {
			p.indent(-1)
		}
	case *classfile.LineNumberTableAttribute:
		p.println("LineNumberTable:")
		p.indent(+1)
		for _, l := range a.Lines {
			p.println("line " + itoa(l.Line) + ": " + itoa(l.StartPC))
		}
		p.indent(-1)
	case *classfile.LocalVariableTableAttribute:
		if a.Type {
			p.println("LocalVariableTypeTable:")
		} else {
			p.println("LocalVariableTable:")
		}
		p.indent(+1)
		p.println("Start  Length  Slot  Name   Signature")
		for _, v := range a.Variables {
			p.println(fmt.Sprintf("%5d %7d %5d %5s   %s", v.StartPC, v.Length, v.Slot,
				p.stringValue(v.NameIndex), p.stringValue(v.DescriptorIndex)))
		}
		p.indent(-1)
	case *classfile.NestHostAttribute:
		p.print("NestHost: ")
		p.writeConstant(a.HostClass)
		p.println()
	case *classfile.MethodParametersAttribute:
		p.println("MethodParameters:")
		p.indent(+1)
		p.println(fmt.Sprintf("%-31s%s", "Name", "Flags"))
		for _, mp := range a.Parameters {
			name := "<no name>"
			if mp.NameIndex != 0 {
				name = p.stringValue(mp.NameIndex)
			}
			var flags string
			if mp.Access&classfile.AccFinal != 0 {
				flags += "final "
			}
			if mp.Access&classfile.AccMandated != 0 {
				flags += "mandated "
			}
			if mp.Access&classfile.AccSynthetic != 0 {
				flags += "synthetic"
			}
			p.println(fmt.Sprintf("%-31s%s", name, flags))
		}
		p.indent(-1)
	case *classfile.ModuleAttribute:
		p.writeModuleAttribute(a)
	case *classfile.ModuleHashesAttribute:
		p.println("ModuleHashes:")
		p.indent(+1)
		p.print("algorithm: #" + itoa(a.AlgorithmIndex))
		p.tab()
		p.println("// " + p.utf8(a.AlgorithmIndex))
		p.print(itoa(len(a.Hashes)))
		p.tab()
		p.println("// hashes")
		for _, h := range a.Hashes {
			p.print("#" + itoa(h.ModuleIndex))
			p.tab()
			var name string
			if c, err := p.cp.Get(h.ModuleIndex, classfile.TagModule); err != nil {
				name = p.report(err)
			} else {
				name = p.utf8(c.A)
			}
			p.println("// " + name)
			p.println("hash_length: " + itoa(len(h.Hash)))
			p.println(fmt.Sprintf("hash: [%x]", h.Hash))
		}
		p.indent(-1)
	case *classfile.ModuleMainClassAttribute:
		p.print("ModuleMainClass: #" + itoa(a.MainClass))
		p.tab()
		p.print("// " + javaName(p.className(a.MainClass)))
		p.println()
	case *classfile.ModulePackagesAttribute:
		p.println("ModulePackages: ")
		p.indent(+1)
		for _, pk := range a.Packages {
			p.print("#" + itoa(pk))
			p.tab()
			s, err := p.cp.PackageName(pk)
			if err != nil {
				s = p.report(err)
			}
			p.println("// " + javaName(s))
		}
		p.indent(-1)
	case *classfile.ModuleResolutionAttribute:
		p.println("ModuleResolution:")
		p.indent(+1)
		p.print(fmt.Sprintf("%x", a.Flags))
		p.tab()
		p.print("// ")
		for bit, name := range []string{"DO_NOT_RESOLVE_BY_DEFAULT", "WARN_DEPRECATED",
			"WARN_DEPRECATED_FOR_REMOVAL", "WARN_INCUBATING"} {
			if a.Flags&(1<<bit) != 0 {
				p.print(" " + name)
			}
		}
		p.println()
		p.indent(-1)
	case *classfile.ModuleTargetAttribute:
		p.println("ModuleTarget:")
		p.indent(+1)
		p.print("target_platform: #" + itoa(a.PlatformIndex))
		if a.PlatformIndex != 0 {
			p.tab()
			p.print("// " + p.utf8(a.PlatformIndex))
		}
		p.println()
		p.indent(-1)
	case *classfile.ClassListAttribute:
		p.println(a.Name + ":")
		p.indent(+1)
		for _, c := range a.Classes {
			p.println(p.stringValue(c))
		}
		p.indent(-1)
	case *classfile.RecordAttribute:
		p.println("Record:")
		p.indent(+1)
		for _, rc := range a.Components {
			p.print(p.memberType(rc.Attributes, rc.DescriptorIndex))
			p.print(" ")
			p.print(p.utf8(rc.NameIndex))
			p.print(";")
			p.println()
			p.indent(+1)
			if p.opts.ShowDescriptors {
				p.println("descriptor: " + p.utf8(rc.DescriptorIndex))
			}
			if p.opts.ShowAllAttributes {
				p.writeAttributes(rc.Attributes)
				p.println()
			}
			p.indent(-1)
		}
		p.indent(-1)
	case *classfile.AnnotationsAttribute:
		p.println(a.Name + ":")
		p.indent(+1)
		for i := range a.Annotations {
			p.print(itoa(i) + ": ")
			p.writeAnnotationBoth(&a.Annotations[i])
			p.println()
		}
		p.indent(-1)
	case *classfile.TypeAnnotationsAttribute:
		p.println(a.Name + ":")
		p.indent(+1)
		for i := range a.Annotations {
			p.print(itoa(i) + ": ")
			p.writeTypeAnnotation(&a.Annotations[i])
			p.println()
		}
		p.indent(-1)
	case *classfile.ParameterAnnotationsAttribute:
		p.println(a.Name + ":")
		p.indent(+1)
		for param, anns := range a.Parameters {
			p.println("parameter " + itoa(param) + ": ")
			p.indent(+1)
			for i := range anns {
				p.print(itoa(i) + ": ")
				p.writeAnnotationBoth(&anns[i])
				p.println()
			}
			p.indent(-1)
		}
		p.indent(-1)
	case *classfile.SignatureAttribute:
		p.print("Signature: #" + itoa(a.SignatureIndex))
		p.tab()
		p.println("// " + p.utf8(a.SignatureIndex))
	case *classfile.SourceDebugExtensionAttribute:
		p.println("SourceDebugExtension:")
		p.indent(+1)
		for _, s := range splitLines(decodeUTF8(a.Data)) {
			p.println(s)
		}
		p.indent(-1)
	case *classfile.SourceFileAttribute:
		p.println("SourceFile: \"" + p.utf8(a.SourceFileIndex) + "\"")
	case *classfile.StackMapTableAttribute:
		p.writeStackMapTable(a)
	case *classfile.SyntheticAttribute:
		p.println("Synthetic: true")
	}
}

// writeRawAttribute dumps an attribute javap does not decode, in hex.
func (p *printer) writeRawAttribute(a *classfile.UnknownAttribute) {
	p.print("  ")
	_, nameErr := p.cp.Utf8(a.NameIndex)
	if nameErr == nil {
		p.print(a.Name)
	} else {
		p.report(nameErr)
		p.print("attribute name = #" + itoa(a.NameIndex))
	}
	p.print(": ")
	p.print("length = 0x" + strings.ToUpper(fmt.Sprintf("%x", len(a.Data))))
	switch {
	case a.Err == nil:
		p.print(" (unknown attribute)")
	case nameErr != nil:
		p.print(" (" + a.Err.Error() + ")")
	default:
		// The JDK's reader fails inside a reflective constructor call.
		p.print(" (java.lang.reflect.InvocationTargetException)")
	}
	p.println()
	p.print("   ")
	for i, b := range a.Data {
		p.print(fmt.Sprintf("%02X", b))
		if (i+1)%16 == 0 {
			p.println()
			p.print("   ")
		} else {
			p.print(" ")
		}
	}
	p.println()
}

func (p *printer) writeModuleAttribute(a *classfile.ModuleAttribute) {
	p.println("Module:")
	p.indent(+1)
	p.print("#" + itoa(a.NameIndex))
	p.print(",")
	p.print(fmt.Sprintf("%x", a.Flags))
	p.tab()
	p.print("// " + p.stringValue(a.NameIndex))
	p.printModuleFlags(a.Flags, classfile.AccOpen, "ACC_OPEN", classfile.AccMandated, "ACC_MANDATED",
		classfile.AccSynthetic, "ACC_SYNTHETIC")
	p.println()
	p.print("#" + itoa(a.VersionIndex))
	if a.VersionIndex != 0 {
		p.tab()
		p.print("// " + p.stringValue(a.VersionIndex))
	}
	p.println()

	p.print(itoa(len(a.Requires)))
	p.tab()
	p.println("// requires")
	p.indent(+1)
	for _, r := range a.Requires {
		p.print("#" + itoa(r.ModuleIndex) + "," + fmt.Sprintf("%x", r.Flags))
		p.tab()
		p.print("// " + p.stringValue(r.ModuleIndex))
		p.printModuleFlags(r.Flags, classfile.AccTransitive, "ACC_TRANSITIVE", classfile.AccStaticPhase,
			"ACC_STATIC_PHASE", classfile.AccSynthetic, "ACC_SYNTHETIC", classfile.AccMandated, "ACC_MANDATED")
		p.println()
		p.print("#" + itoa(r.VersionIndex))
		if r.VersionIndex != 0 {
			p.tab()
			p.print("// " + p.stringValue(r.VersionIndex))
		}
		p.println()
	}
	p.indent(-1)

	for _, kind := range []struct {
		name string
		list []classfile.ModulePackageDirective
	}{{"exports", a.Exports}, {"opens", a.Opens}} {
		p.print(itoa(len(kind.list)))
		p.tab()
		p.println("// " + kind.name)
		p.indent(+1)
		for _, e := range kind.list {
			p.print("#" + itoa(e.PackageIndex) + "," + fmt.Sprintf("%x", e.Flags))
			p.tab()
			p.print("// ")
			p.print(p.stringValue(e.PackageIndex))
			p.printModuleFlags(e.Flags, classfile.AccMandated, "ACC_MANDATED", classfile.AccSynthetic, "ACC_SYNTHETIC")
			if len(e.To) == 0 {
				p.println()
				continue
			}
			p.println(" to ... " + itoa(len(e.To)))
			p.indent(+1)
			for _, to := range e.To {
				p.print("#" + itoa(to))
				p.tab()
				p.println("// ... to " + p.stringValue(to))
			}
			p.indent(-1)
		}
		p.indent(-1)
	}

	p.print(itoa(len(a.Uses)))
	p.tab()
	p.println("// uses")
	p.indent(+1)
	for _, u := range a.Uses {
		p.print("#" + itoa(u))
		p.tab()
		p.println("// " + p.stringValue(u))
	}
	p.indent(-1)

	p.print(itoa(len(a.Provides)))
	p.tab()
	p.println("// provides")
	p.indent(+1)
	for _, pr := range a.Provides {
		p.print("#" + itoa(pr.ServiceIndex))
		p.tab()
		p.print("// ")
		p.print(p.stringValue(pr.ServiceIndex))
		p.println(" with ... " + itoa(len(pr.With)))
		p.indent(+1)
		for _, w := range pr.With {
			p.print("#" + itoa(w))
			p.tab()
			p.println("// ... with " + p.stringValue(w))
		}
		p.indent(-1)
	}
	p.indent(-1)
	p.indent(-1)
}

func (p *printer) printModuleFlags(flags uint16, pairs ...any) {
	for i := 0; i < len(pairs); i += 2 {
		if flags&uint16(pairs[i].(int)) != 0 {
			p.print(" " + pairs[i+1].(string))
		}
	}
}

func (p *printer) writeStackMapTable(a *classfile.StackMapTableAttribute) {
	p.println("StackMapTable: number_of_entries = " + itoa(len(a.Frames)))
	p.indent(+1)
	for i := range a.Frames {
		f := &a.Frames[i]
		header := func(kind string) {
			p.print("frame_type = " + itoa(f.FrameType) + " ")
			p.println(kind)
		}
		delta := func() { p.println("offset_delta = " + itoa(f.OffsetDelta)) }
		switch t := f.FrameType; {
		case t < 64:
			header("/* same */")
		case t < 128:
			header("/* same_locals_1_stack_item */")
			p.indent(+1)
			p.writeVerificationTypes("stack", f.Stack)
			p.indent(-1)
		case t == 247:
			header("/* same_locals_1_stack_item_frame_extended */")
			p.indent(+1)
			delta()
			p.writeVerificationTypes("stack", f.Stack)
			p.indent(-1)
		case t >= 248 && t <= 250:
			header("/* chop */")
			p.indent(+1)
			delta()
			p.indent(-1)
		case t == 251:
			header("/* same_frame_extended */")
			p.indent(+1)
			delta()
			p.indent(-1)
		case t >= 252 && t <= 254:
			header("/* append */")
			p.indent(+1)
			delta()
			p.writeVerificationTypes("locals", f.Locals)
			p.indent(-1)
		case t == 255:
			header("/* full_frame */")
			p.indent(+1)
			delta()
			p.writeVerificationTypes("locals", f.Locals)
			p.writeVerificationTypes("stack", f.Stack)
			p.indent(-1)
		}
	}
	p.indent(-1)
}

var verificationTypeNames = [...]string{"top", "int", "float", "double", "long", "null", "this", "CP", "uninitialized"}

func (p *printer) writeVerificationTypes(name string, types []classfile.VerificationType) {
	p.print(name + " = [")
	for i, v := range types {
		switch v.Tag {
		case classfile.ItemObject:
			p.print(" ")
			p.writeConstant(v.Index)
		case classfile.ItemUninitialized:
			p.print(" uninitialized")
			p.print(" " + itoa(v.Index))
		default:
			p.print(" " + verificationTypeNames[v.Tag])
		}
		if i == len(types)-1 {
			p.print(" ")
		} else {
			p.print(",")
		}
	}
	p.println("]")
}

// decodeUTF8 decodes bytes as Java's new String(bytes, UTF_8) does,
// replacing malformed input with U+FFFD.
func decodeUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

var lineBreaks = regexp.MustCompile(`[\r\n]+`)

// splitLines splits like Java's String.split("[\r\n]+"): trailing empty
// strings are dropped.
func splitLines(s string) []string {
	if !lineBreaks.MatchString(s) {
		return []string{s}
	}
	parts := lineBreaks.Split(s, -1)
	for len(parts) > 0 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	return parts
}
