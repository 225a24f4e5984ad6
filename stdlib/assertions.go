package stdlib

import (
	"strings"

	"github.com/gojvm/gojvm/rtda"
)

// assertionsEnabled reports whether -ea enables assertions for c. System
// classes (the boot loader's) follow -esa, which gojvm does not offer.
func (st *state) assertionsEnabled(c *rtda.Class) bool {
	if c == nil || c.Loader.IsBoot() {
		return false
	}
	name := c.JavaName()
	for _, e := range st.cfg.EnableAssertions {
		switch {
		case e == "":
			return true
		case strings.HasSuffix(e, "..."):
			pkg := strings.TrimSuffix(e, "...")
			if pkg == "" {
				if !strings.Contains(name, ".") {
					return true
				}
			} else if strings.HasPrefix(name, pkg+".") || name == pkg {
				return true
			}
		case e == name:
			return true
		}
	}
	return false
}
