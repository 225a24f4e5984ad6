// Uncaught ClassCastException between two user classes in the unnamed module: the
// message names both classes and their loader ('app').
public class CastFail {
    static class Animal {
    }

    static class Dog extends Animal {
        String bark() {
            return "woof";
        }
    }

    static class Cat extends Animal {
    }

    static String speak(Animal a) {
        return ((Dog) a).bark();
    }

    public static void main(String[] args) {
        Object s = "a string";
        try {
            Number n = (Number) s;
            System.out.println(n);
        } catch (ClassCastException e) {
            System.out.println("caught: " + e.getMessage());
        }
        Object arr = new int[0];
        try {
            Object[] oa = (Object[]) arr;
            System.out.println(oa);
        } catch (ClassCastException e) {
            System.out.println("caught: " + e.getMessage());
        }
        Object sa = new String[0];
        try {
            Integer[] ia = (Integer[]) sa;
            System.out.println(ia);
        } catch (ClassCastException e) {
            System.out.println("caught: " + e.getMessage());
        }
        try {
            Runnable r = (Runnable) new Object();
            System.out.println(r);
        } catch (ClassCastException e) {
            System.out.println("caught: " + e.getMessage());
        }
        try {
            System.out.println(String.class.cast(42));
        } catch (ClassCastException e) {
            System.out.println("caught Class.cast: " + e.getMessage());
        }
        Object nul = null;
        Dog d = (Dog) nul;
        System.out.println("null casts fine: " + d);
        System.out.println(speak(new Dog()));
        System.out.println(speak(new Cat()));
    }
}
