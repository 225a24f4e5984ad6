// Empty public interface in the default package (no methods, no fields).
public interface Marker {
}
