package libm

// The log, log10 and pow stubs take a first approximation of 1/m, for the
// fraction m in [1, 2) of their argument, from the RCPPS instruction on m's
// leading 23 bits (as a float32), and round it to 8 significant bits.
// RCPPS is only specified to within 1.5 * 2**-12 and each processor family
// has its own approximation, so HotSpot's log, log10 and pow depend, in the
// last bit and for a small share of arguments, on the processor. On amd64
// gojvm runs the RCPSS instruction itself, as HotSpot does; elsewhere it
// uses rcpTable, recorded from the processor the golden results of
// testdata/libm come from.

// hardwareRcp is rcpss on amd64, nil elsewhere.
var hardwareRcp func(uint32) uint32

// rcp returns the bits of the processor's float32 approximation of 1/m for
// the float32 bits m of a value in [1, 2).
func rcp(m uint32) uint32 {
	if hardwareRcp != nil {
		return hardwareRcp(m)
	}
	return tableRcp(m)
}

// tableRcp is rcp as recorded in rcpTable: the recording processor's
// approximation depends on the leading 12 fraction bits of m only, and has
// 12 fraction bits below its leading 1/2.
func tableRcp(m uint32) uint32 {
	return 0x3f000000 | uint32(rcpTable[m>>11&0xfff])<<11
}
