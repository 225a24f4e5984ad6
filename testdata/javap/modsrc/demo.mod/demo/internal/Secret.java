// Package opened for deep reflection (opens demo.internal).
package demo.internal;

public class Secret {
    private final String value = "secret";
}
