package stdlib

import (
	"math"
	"strconv"
	"time"
)

func itoa(i int) string { return strconv.Itoa(i) }

// millisDuration is a non-negative Java timeout in milliseconds as a
// time.Duration, saturated at the longest one (about 292 years) instead of
// overflowing: Thread.sleep(Long.MAX_VALUE) and Object.wait(Long.MAX_VALUE)
// sleep and wait (timed) practically forever, as in HotSpot.
func millisDuration(millis int64) time.Duration {
	if millis > math.MaxInt64/int64(time.Millisecond) {
		return math.MaxInt64
	}
	return time.Duration(millis) * time.Millisecond
}
