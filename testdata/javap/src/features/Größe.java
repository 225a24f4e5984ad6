// Non-ASCII identifiers: a class named Größe (non-ASCII class file name), a method named
// 计算, a field named λ and a parameter named ñ.
package features;

public class Größe {
    public static final double π = Math.PI;
    private int λ = 1;

    public int 计算(int ñ) {
        return ñ * λ;
    }

    public static Größe erzeugen() {
        return new Größe();
    }

    public class Größer {
        public int mehr() {
            return λ + 1;
        }
    }
}
