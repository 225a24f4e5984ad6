package nio

import "sync"

// Statistics of the memory Allocate hands out (Unsafe.allocateMemory), for
// -XX:NativeMemoryTracking's "Other" category: bytes and blocks now, and
// at their peak.

var (
	statsMu            sync.Mutex
	blocks             int64
	peakBytes, peakNum int64
)

// countBlock records one more (+1) or one fewer (-1) block; reserved has
// already been updated.
func countBlock(d int64) {
	statsMu.Lock()
	blocks += d
	if r := reserved.Load(); r > peakBytes {
		peakBytes, peakNum = r, blocks
	}
	statsMu.Unlock()
}

// MemoryStats returns the bytes and blocks allocated and not freed, and
// the most bytes ever allocated at once with the block count then.
func MemoryStats() (bytes, count, peak, peakCount int64) {
	statsMu.Lock()
	defer statsMu.Unlock()
	return reserved.Load(), blocks, peakBytes, peakNum
}
