// In package lib, which mod.lib has too.
package lib;

public class Other {
}
