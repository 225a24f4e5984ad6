package libm

// rcpss returns the bits of the RCPSS approximation of 1/x for the float32
// with bits x. The approximation is the processor's own (it differs between
// vendors), as it is for HotSpot's stubs.
//
//go:noescape
func rcpss(x uint32) uint32

func init() { hardwareRcp = rcpss }
