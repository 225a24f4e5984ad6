// Enum used as an annotation element type (enum_const_value in element_value).
package features.anno;

public enum Color {
    RED, GREEN, BLUE
}
