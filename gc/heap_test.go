package gc

import "testing"

// The generation sizes java -XX:+UseSerialGC reports in its heap summary
// (-Xlog:gc+heap+exit) for these options.
func TestComputeSizesMatchesHotSpot(t *testing.T) {
	const k = 1 << 10
	for _, tc := range []struct {
		opts                Options
		eden, survivor, old uintptr
	}{
		{Options{MaxHeap: 10 << 20, NewRatio: 2, SurvivorRatio: 8}, 2752 * k, 320 * k, 6848 * k},
		{Options{MaxHeap: 200 << 20, NewRatio: 2, SurvivorRatio: 8}, 54656 * k, 6784 * k, 136576 * k},
		{Options{MaxHeap: 64 << 20, NewSize: 4 << 20, NewRatio: 2, SurvivorRatio: 8}, 3328 * k, 384 * k, 61440 * k},
	} {
		s := ComputeSizes(tc.opts)
		if s.Eden != tc.eden || s.Survivor != tc.survivor || s.Old != tc.old {
			t.Errorf("%+v: eden %dK survivor %dK old %dK, want %dK %dK %dK", tc.opts,
				s.Eden/k, s.Survivor/k, s.Old/k, tc.eden/k, tc.survivor/k, tc.old/k)
		}
	}
}
