package gc

// AgeTable counts the bytes of survivors by age, for the tenuring
// threshold (HotSpot's AgeTable).
type AgeTable [16]uintptr

// TenuringThreshold is HotSpot's AgeTable::compute_tenuring_threshold: the
// youngest age at which the survivors of that age and younger fill more
// than desired bytes (TargetSurvivorRatio percent of a survivor space),
// at most maxThreshold.
func (t *AgeTable) TenuringThreshold(desired uintptr, maxThreshold int) int {
	var total uintptr
	age := 1
	for age < len(t) {
		total += t[age]
		if total > desired {
			break
		}
		age++
	}
	return min(age, maxThreshold)
}
