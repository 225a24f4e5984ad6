package classfile

// ModuleAttribute is JVMS §4.7.25.
type ModuleAttribute struct {
	AttributeInfo
	NameIndex    uint16 // Module index
	Flags        uint16 // ACC_OPEN, ACC_SYNTHETIC, ACC_MANDATED
	VersionIndex uint16 // Utf8 index, or 0
	Requires     []ModuleRequire
	Exports      []ModulePackageDirective
	Opens        []ModulePackageDirective
	Uses         []uint16 // Class indexes
	Provides     []ModuleProvide
}

type ModuleRequire struct {
	ModuleIndex  uint16
	Flags        uint16 // ACC_TRANSITIVE, ACC_STATIC_PHASE, ACC_SYNTHETIC, ACC_MANDATED
	VersionIndex uint16
}

// ModulePackageDirective is an exports or opens entry.
type ModulePackageDirective struct {
	PackageIndex uint16
	Flags        uint16
	To           []uint16 // Module indexes
}

type ModuleProvide struct {
	ServiceIndex uint16
	With         []uint16 // Class indexes
}

type ModulePackagesAttribute struct {
	AttributeInfo
	Packages []uint16 // Package indexes
}

type ModuleMainClassAttribute struct {
	AttributeInfo
	MainClass uint16
}

// ModuleHashesAttribute, ModuleTargetAttribute and ModuleResolutionAttribute
// are the JDK's own module attributes, found in the runtime image's
// module-info classes.
type ModuleHashesAttribute struct {
	AttributeInfo
	AlgorithmIndex uint16
	Hashes         []ModuleHash
}

type ModuleHash struct {
	ModuleIndex uint16
	Hash        []byte
}

type ModuleTargetAttribute struct {
	AttributeInfo
	PlatformIndex uint16
}

type ModuleResolutionAttribute struct {
	AttributeInfo
	Flags uint16
}

func (r *reader) module(info AttributeInfo) *ModuleAttribute {
	m := &ModuleAttribute{AttributeInfo: info}
	m.NameIndex = r.u2()
	m.Flags = r.u2()
	m.VersionIndex = r.u2()
	if n := r.count(6); n > 0 {
		m.Requires = make([]ModuleRequire, n)
		for i := range m.Requires {
			m.Requires[i] = ModuleRequire{r.u2(), r.u2(), r.u2()}
		}
	}
	m.Exports = r.packageDirectives()
	m.Opens = r.packageDirectives()
	m.Uses = r.u2s()
	if n := r.count(4); n > 0 {
		m.Provides = make([]ModuleProvide, n)
		for i := range m.Provides {
			m.Provides[i].ServiceIndex = r.u2()
			m.Provides[i].With = r.u2s()
		}
	}
	return m
}

func (r *reader) packageDirectives() []ModulePackageDirective {
	n := r.count(6)
	if n == 0 {
		return nil
	}
	ds := make([]ModulePackageDirective, n)
	for i := range ds {
		ds[i].PackageIndex = r.u2()
		ds[i].Flags = r.u2()
		ds[i].To = r.u2s()
	}
	return ds
}
