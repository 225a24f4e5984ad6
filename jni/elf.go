package jni

import (
	"debug/elf"
	"encoding/binary"
	"fmt"
	"os"
)

// elfDiagnosis is what HotSpot adds to the dynamic linker's message when
// a library fails to load (os::dll_load on Linux): if the file is an ELF
// object for another machine, word width or byte order, it says so.
func elfDiagnosis(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	var head [52]byte // an Elf32_Ehdr
	if n, _ := f.Read(head[:]); n != len(head) {
		return ""
	}
	data := elf.Data(head[elf.EI_DATA])
	machine := elf.Machine(binary.LittleEndian.Uint16(head[18:]))
	if data != elf.ELFDATA2LSB {
		if data == 0 || data > 2 {
			return ""
		}
		machine = elf.Machine(binary.BigEndian.Uint16(head[18:]))
	}
	lib := elfArch{code: machine, class: elf.Class(head[elf.EI_CLASS]), data: data}
	for _, a := range elfArchs {
		if a.code == machine {
			lib.compat, lib.name = a.compat, a.name
		}
	}
	running := elfArchs[amd64Index]
	if lib.compat != running.compat {
		if lib.name != "" {
			return fmt.Sprintf(" (Possible cause: can't load %s .so on a %s platform)", lib.name, running.name)
		}
		return fmt.Sprintf(" (Possible cause: can't load this .so (machine code=0x%x) on a %s platform)", uint16(lib.code), running.name)
	}
	if lib.data != running.data {
		return " (Possible cause: endianness mismatch)"
	}
	if lib.class > elf.ELFCLASSNONE && lib.class != running.class {
		return " (Possible cause: architecture word width mismatch)"
	}
	return ""
}

// elfArch is one of the architectures HotSpot names in its diagnosis.
type elfArch struct {
	code, compat elf.Machine
	class        elf.Class
	data         elf.Data
	name         string
}

const amd64Index = 3

var elfArchs = []elfArch{
	{elf.EM_386, elf.EM_386, elf.ELFCLASS32, elf.ELFDATA2LSB, "IA 32"},
	{elf.EM_486, elf.EM_386, elf.ELFCLASS32, elf.ELFDATA2LSB, "IA 32"},
	{elf.EM_IA_64, elf.EM_IA_64, elf.ELFCLASS64, elf.ELFDATA2LSB, "IA 64"},
	{elf.EM_X86_64, elf.EM_X86_64, elf.ELFCLASS64, elf.ELFDATA2LSB, "AMD 64"},
	{elf.EM_SPARC, elf.EM_SPARC, elf.ELFCLASS32, elf.ELFDATA2MSB, "Sparc 32"},
	{elf.EM_SPARC32PLUS, elf.EM_SPARC, elf.ELFCLASS32, elf.ELFDATA2MSB, "Sparc 32"},
	{elf.EM_SPARCV9, elf.EM_SPARCV9, elf.ELFCLASS64, elf.ELFDATA2MSB, "Sparc v9 64"},
	{elf.EM_PPC, elf.EM_PPC, elf.ELFCLASS32, elf.ELFDATA2MSB, "Power PC 32"},
	{elf.EM_PPC64, elf.EM_PPC64, elf.ELFCLASS64, elf.ELFDATA2MSB, "Power PC 64"},
	{elf.EM_PPC64, elf.EM_PPC64, elf.ELFCLASS64, elf.ELFDATA2LSB, "Power PC 64 LE"},
	{elf.EM_ARM, elf.EM_ARM, elf.ELFCLASS32, elf.ELFDATA2LSB, "ARM"},
	{elf.EM_S390, elf.EM_S390, elf.ELFCLASSNONE, elf.ELFDATA2MSB, "IBM System/390"},
	{elf.EM_ALPHA, elf.EM_ALPHA, elf.ELFCLASS64, elf.ELFDATA2LSB, "Alpha"},
	{elf.EM_MIPS_RS3_LE, elf.EM_MIPS_RS3_LE, elf.ELFCLASS32, elf.ELFDATA2LSB, "MIPSel"},
	{elf.EM_MIPS, elf.EM_MIPS, elf.ELFCLASS32, elf.ELFDATA2MSB, "MIPS"},
	{elf.EM_PARISC, elf.EM_PARISC, elf.ELFCLASS32, elf.ELFDATA2MSB, "PARISC"},
	{elf.EM_68K, elf.EM_68K, elf.ELFCLASS32, elf.ELFDATA2MSB, "M68k"},
	{elf.EM_AARCH64, elf.EM_AARCH64, elf.ELFCLASS64, elf.ELFDATA2LSB, "AARCH64"},
	{elf.EM_RISCV, elf.EM_RISCV, elf.ELFCLASS64, elf.ELFDATA2LSB, "RISC-V"},
}
