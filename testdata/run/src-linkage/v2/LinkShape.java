public class LinkShape { public double area() { return 0; } }
