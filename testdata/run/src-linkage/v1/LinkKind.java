public class LinkKind { public String toString() { return "a class"; } }
