package jvm

import (
	"reflect"
	"testing"
)

// -XX:OnOutOfMemoryError's list is split and expanded as HotSpot's
// next_OnError_command and Arguments::copy_expand_pid do.
func TestOnErrorCommands(t *testing.T) {
	for _, c := range []struct {
		list string
		want []string
	}{
		{"kill -9 %p", []string{"kill -9 77"}},
		{"echo a; echo b;;  echo c", []string{"echo a", "echo b", "echo c"}},
		{"echo 100%% %x %", []string{"echo 100% %x %"}},
		{"echo one\necho two", []string{"echo one\necho two"}},
		{" ; ", nil},
	} {
		if got := onErrorCommands(c.list, 77); !reflect.DeepEqual(got, c.want) {
			t.Errorf("onErrorCommands(%q) = %q, want %q", c.list, got, c.want)
		}
	}
}
