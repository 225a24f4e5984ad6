import java.lang.annotation.*;
import java.lang.reflect.*;
import java.util.*;

// HotSpot lists a class's methods sorted by the address of their name
// symbols; reflection, and so annotation toString, shows that order.
public class ReflectionOrder {
    static class Account {
        private double balance; private String owner;
        public Account() {} public Account(String o) { owner = o; } Account(String o, double b) { owner = o; balance = b; } protected Account(int x) {}
        public void deposit(double amt) { balance += amt; }
        public boolean withdraw(double amt) { return false; }
        public double getBalance() { return balance; }
        public String getOwner() { return owner; }
        public void setOwner(String o) { owner = o; }
        private void audit() {}
        static Account open(String who) { return new Account(who); }
        public void transferTo(Account other, double amt) {}
        public String toString() { return owner; }
        public int hashCode() { return 1; }
        public boolean equals(Object o) { return false; }
        protected void finalizeAccount() {}
        public void calculateInterest(int years) {}
        public void calculateInterest(double rate, int years) {}
        public void calculateInterest() {}
    }
    enum Color { RED, GREEN }
    @Retention(RetentionPolicy.RUNTIME) @interface Info { String value() default "none"; int[] nums() default {1, 2}; ElementType kind() default ElementType.TYPE; String name() default ""; }
    @Info("type") static class Annotated { @Info(nums = 3, name = "f") public int field; }
    interface Shape { double area(); default String describe() { return "shape"; } static Shape unit() { return null; } }
    public static void main(String[] args) throws Exception {
        for (Class<?> c : new Class<?>[]{Account.class, Color.class, Shape.class, Info.class, ReflectionOrder.class}) {
            System.out.println(c.getName());
            for (Method m : c.getDeclaredMethods()) System.out.println("  " + m);
            for (Constructor<?> k : c.getDeclaredConstructors()) System.out.println("  " + k);
            for (Field f : c.getDeclaredFields()) System.out.println("  " + f);
        }
        System.out.println(Arrays.toString(Account.class.getMethods()));
        // An annotation's toString lists its members in getDeclaredMethods order.
        System.out.println(Annotated.class.getAnnotation(Info.class));
        System.out.println(Annotated.class.getField("field").getAnnotation(Info.class));
    }
}
