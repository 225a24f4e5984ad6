// Runtime features a learner uses: Object.clone (shallow vs deep, CloneNotSupportedException),
// equals default vs overridden, getClass().getName()/getSimpleName()/getPackageName() for
// top-level, packaged, nested, anonymous, array and primitive classes, Class.forName of a user
// class (triggers static init once; initialize=false does not), reflection (getDeclaredField +
// setAccessible + get/set on a private field, getMethod + invoke, static invoke, private method,
// constructors, Array.newInstance/get/set/getLength, modifiers), Class.getModule().isNamed()/
// getName(), System.arraycopy overlapping, Float/Double bit conversions, StrictMath results,
// Math.abs/min/max/round/ceil/floor/rint, Character methods, Objects helpers.
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Objects;

import pkg.Widget;

public class MiscRuntime {
    static class Plain {
        int v;

        Plain(int v) {
            this.v = v;
        }
    }

    static class Sheep implements Cloneable {
        String name;
        int[] ids;

        Sheep(String name, int[] ids) {
            this.name = name;
            this.ids = ids;
        }

        @Override
        protected Sheep clone() throws CloneNotSupportedException {
            return (Sheep) super.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sheep s && s.name.equals(name) && Arrays.equals(s.ids, ids);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, Arrays.hashCode(ids));
        }
    }

    static class NotCloneable {
        Object tryClone() throws CloneNotSupportedException {
            return super.clone();
        }
    }

    public static void main(String[] args) throws Exception {
        cloning();
        names();
        forName();
        reflection();
        modules();
        bits();
        math();
        characters();
        objects();
    }

    static void cloning() throws CloneNotSupportedException {
        Sheep dolly = new Sheep("dolly", new int[] {1, 2});
        Sheep copy = dolly.clone();
        System.out.println("clone: same object " + (copy == dolly) + ", equals " + copy.equals(dolly) + ", shares array "
                + (copy.ids == dolly.ids) + ", same class " + (copy.getClass() == dolly.getClass()) + ", hash equal "
                + (copy.hashCode() == dolly.hashCode()));
        copy.ids[0] = 99;
        System.out.println("shallow: original sees " + dolly.ids[0]);
        Widget w = new Widget("w");
        Widget wc = w.clone();
        wc.sizes()[0] = 42;
        System.out.println("deep: " + w + " vs " + wc);
        try {
            new NotCloneable().tryClone();
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException: " + e.getMessage());
        }
        Plain a = new Plain(1);
        Plain b = new Plain(1);
        System.out.println("default equals: " + a.equals(b) + " " + a.equals(a) + "; overridden: "
                + new Sheep("x", new int[0]).equals(new Sheep("x", new int[0])));
    }

    static void names() {
        Object anon = new Object() {
        };
        Runnable lambda = () -> {
        };
        Class<?>[] classes = {MiscRuntime.class, Plain.class, Widget.class, Widget.Part.Screw.class, anon.getClass(),
                int[].class, Widget[][].class, int.class, void.class, String.class, Plain[].class, Thread.State.class,
                java.util.Map.Entry.class};
        for (Class<?> c : classes) {
            System.out.println("name=" + c.getName() + " simple=[" + c.getSimpleName() + "] package=[" + c.getPackageName()
                    + "] primitive=" + c.isPrimitive() + " array=" + c.isArray() + " typeName=" + c.getTypeName());
        }
        System.out.println("lambda simple name starts with MiscRuntime$$Lambda: "
                + lambda.getClass().getSimpleName().startsWith("MiscRuntime$$Lambda"));
        System.out.println("superclass chain: " + Widget.class.getSuperclass().getName() + ", "
                + Integer.class.getSuperclass().getName() + ", " + Object.class.getSuperclass() + ", interfaces "
                + Arrays.toString(Widget.class.getInterfaces()));
        System.out.println("isInstance " + CharSequence.class.isInstance("s") + " isAssignableFrom "
                + Number.class.isAssignableFrom(Integer.class) + " " + Integer.class.isAssignableFrom(Number.class)
                + " int.class==Integer.TYPE " + (int.class == Integer.TYPE));
        System.out.println("toString of classes: " + MiscRuntime.class + " | " + Runnable.class + " | " + int.class
                + " | " + int[].class);
    }

    static void forName() throws Exception {
        System.out.println("Class.forName(pkg.Widget$Part, initialize=false)");
        Class<?> part = Class.forName("pkg.Widget$Part", false, MiscRuntime.class.getClassLoader());
        System.out.println("  got " + part.getName());
        System.out.println("Class.forName(pkg.Widget) first time:");
        Class<?> c = Class.forName("pkg.Widget");
        System.out.println("  initCount " + Widget.initCount);
        Class<?> c2 = Class.forName("pkg.Widget");
        System.out.println("  second forName same Class object " + (c == c2) + ", initCount " + Widget.initCount);
        try {
            Class.forName("pkg.DoesNotExist");
        } catch (ClassNotFoundException e) {
            System.out.println("ClassNotFoundException: " + e.getMessage());
        }
        try {
            Class.forName("int");
        } catch (ClassNotFoundException e) {
            System.out.println("ClassNotFoundException: " + e.getMessage());
        }
        System.out.println("array forName: " + Class.forName("[Ljava.lang.String;").getSimpleName() + " "
                + Class.forName("[[I").getName());
        System.out.println("class loader of user class is app: " + (MiscRuntime.class.getClassLoader() != null)
                + ", of String is bootstrap: " + (String.class.getClassLoader() == null));
    }

    static void reflection() throws Exception {
        Widget w = new Widget("gadget");
        Field label = Widget.class.getDeclaredField("label");
        System.out.println("field " + label.getName() + " type " + label.getType().getName() + " private "
                + Modifier.isPrivate(label.getModifiers()));
        try {
            label.get(w);
        } catch (IllegalAccessException e) {
            System.out.println("IllegalAccessException: " + e.getMessage());
        }
        label.setAccessible(true);
        System.out.println("private get: " + label.get(w));
        label.set(w, "changed");
        System.out.println("after set: " + w.getLabel());
        Field weight = Widget.class.getField("weight");
        weight.setLong(w, 77L);
        System.out.println("public long field: " + weight.getLong(w) + " " + weight.get(w).getClass().getSimpleName());
        Method describe = Widget.class.getMethod("describe", String.class, int.class);
        System.out.println("invoke: " + describe.invoke(w, ">", 2) + " returnType " + describe.getReturnType().getName()
                + " params " + describe.getParameterCount());
        Method twice = Widget.class.getMethod("twice", int.class);
        System.out.println("static invoke: " + twice.invoke(null, 21) + " static " + Modifier.isStatic(twice.getModifiers()));
        Method secret = Widget.class.getDeclaredMethod("secret");
        secret.setAccessible(true);
        System.out.println("private invoke: " + secret.invoke(w));
        try {
            describe.invoke(w, null, -1);
        } catch (InvocationTargetException e) {
            System.out.println("InvocationTargetException cause: " + e.getCause());
        }
        try {
            Widget.class.getMethod("nope");
        } catch (NoSuchMethodException e) {
            System.out.println("NoSuchMethodException: " + e.getMessage());
        }
        try {
            Widget.class.getDeclaredField("nope");
        } catch (NoSuchFieldException e) {
            System.out.println("NoSuchFieldException: " + e.getMessage());
        }
        Constructor<Widget> ctor = Widget.class.getConstructor(String.class);
        Widget made = ctor.newInstance("reflected");
        System.out.println("constructor: " + made + " params " + ctor.getParameterCount() + " no-arg "
                + Widget.class.getDeclaredConstructor().newInstance());
        Object arr = Array.newInstance(int.class, 4);
        Array.setInt(arr, 2, 7);
        Array.set(arr, 3, 9);
        System.out.println("Array.newInstance: " + arr.getClass().getName() + " length " + Array.getLength(arr) + " "
                + Arrays.toString((int[]) arr) + " get(2) " + Array.get(arr, 2));
        Object grid = Array.newInstance(String.class, 2, 3);
        System.out.println("multi: " + grid.getClass().getName() + " " + Arrays.deepToString((Object[]) grid));
        try {
            Array.get(arr, 4);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("Array.get AIOOBE: " + e.getMessage());
        }
        try {
            Array.set(arr, 0, "str");
        } catch (IllegalArgumentException e) {
            System.out.println("Array.set IllegalArgumentException: " + e.getMessage());
        }
        System.out.println("modifiers: " + Modifier.toString(Widget.class.getModifiers()) + " / "
                + Modifier.toString(Plain.class.getModifiers()) + " / " + Modifier.toString(Runnable.class.getModifiers()));
        Method[] ms = Widget.class.getDeclaredMethods();
        String[] names = new String[ms.length];
        for (int i = 0; i < ms.length; i++) {
            names[i] = ms[i].getName();
        }
        Arrays.sort(names);
        System.out.println("declared methods (sorted): " + Arrays.toString(names));
        Field[] fs = Widget.class.getDeclaredFields();
        String[] fnames = new String[fs.length];
        for (int i = 0; i < fs.length; i++) {
            fnames[i] = fs[i].getName();
        }
        Arrays.sort(fnames);
        System.out.println("declared fields (sorted): " + Arrays.toString(fnames));
    }

    static void modules() {
        Module sm = String.class.getModule();
        Module um = MiscRuntime.class.getModule();
        System.out.println("String module named " + sm.isNamed() + " name " + sm.getName());
        System.out.println("user module named " + um.isNamed() + " name " + um.getName() + " same for pkg.Widget "
                + (Widget.class.getModule() == um));
        System.out.println("java.util.List module " + java.util.List.class.getModule().getName() + ", int.class module "
                + int.class.getModule().getName());
        System.out.println("packages: " + MiscRuntime.class.getPackage().getName().isEmpty() + " "
                + Widget.class.getPackage().getName() + " " + String.class.getPackage().getName());
    }

    static void bits() {
        float[] fs = {0f, -0f, 1f, -2.5f, Float.NaN, Float.POSITIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE, 0.1f};
        for (float f : fs) {
            int bitsI = Float.floatToIntBits(f);
            System.out.println("float " + f + " bits 0x" + Integer.toHexString(bitsI) + " back " + Float.intBitsToFloat(bitsI));
        }
        double[] ds = {0d, -0d, 1d, -2.5, Double.NaN, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 0.1};
        for (double d : ds) {
            long bitsL = Double.doubleToLongBits(d);
            System.out.println("double " + d + " bits 0x" + Long.toHexString(bitsL) + " back " + Double.longBitsToDouble(bitsL));
        }
        float odd = Float.intBitsToFloat(0x7fc00001);
        System.out.println("non-canonical NaN: floatToIntBits 0x" + Integer.toHexString(Float.floatToIntBits(odd))
                + " isNaN " + Float.isNaN(odd));
        System.out.println("Float.MIN_NORMAL bits 0x" + Integer.toHexString(Float.floatToIntBits(Float.MIN_NORMAL))
                + " exponent(1024f) " + Math.getExponent(1024f) + " exponent(0.1) " + Math.getExponent(0.1));
        int[] a = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 3, 6);
        System.out.println("arraycopy overlap forward " + Arrays.toString(a));
        System.arraycopy(a, 3, a, 0, 6);
        System.out.println("arraycopy overlap backward " + Arrays.toString(a));
        String[] s = {"a", "b", "c", "d"};
        System.arraycopy(s, 1, s, 0, 3);
        System.out.println("arraycopy objects " + Arrays.toString(s));
        char[] cs = "hello".toCharArray();
        System.arraycopy(cs, 0, cs, 1, 4);
        System.out.println("arraycopy chars " + new String(cs));
    }

    static void math() {
        double[] xs = {0.0, 0.5, 1.0, 2.0, Math.PI / 6, 10.0, -3.7};
        for (double x : xs) {
            System.out.println("x=" + x + " sin=" + StrictMath.sin(x) + " cos=" + StrictMath.cos(x) + " tan="
                    + StrictMath.tan(x) + " sqrt=" + StrictMath.sqrt(x) + " cbrt=" + StrictMath.cbrt(x) + " exp="
                    + StrictMath.exp(x) + " log=" + StrictMath.log(x) + " log10=" + StrictMath.log10(x) + " atan="
                    + StrictMath.atan(x));
        }
        System.out.println("pow " + StrictMath.pow(2, 10) + " " + StrictMath.pow(2, -0.5) + " " + StrictMath.pow(-2, 3)
                + " " + StrictMath.pow(10, 308) + " " + StrictMath.pow(0, -1));
        System.out.println("atan2 " + StrictMath.atan2(1, 1) + " " + StrictMath.atan2(-0.0, -1) + " " + StrictMath.atan2(0, 0));
        System.out.println("hypot " + StrictMath.hypot(3, 4) + " " + StrictMath.hypot(1e300, 1e300) + " asin "
                + StrictMath.asin(1) + " acos " + StrictMath.acos(-1) + " sinh " + StrictMath.sinh(1) + " cosh "
                + StrictMath.cosh(1) + " tanh " + StrictMath.tanh(0.5) + " expm1 " + StrictMath.expm1(1e-10) + " log1p "
                + StrictMath.log1p(1e-10));
        System.out.println("toRadians " + Math.toRadians(180) + " toDegrees " + Math.toDegrees(Math.PI));
        System.out.println("abs " + Math.abs(-5) + " " + Math.abs(-5L) + " " + Math.abs(-2.5f) + " " + Math.abs(-0.0) + " "
                + Math.abs(Integer.MIN_VALUE));
        System.out.println("min/max " + Math.min(3, -3) + " " + Math.max(3L, 4L) + " " + Math.min(1.5f, Float.NaN) + " "
                + Math.max(-0.0f, 0.0f));
        double[] rs = {2.5, 3.5, -2.5, -2.51, 0.49999999999999994, Long.MAX_VALUE * 2.0, -0.5, 1.4999};
        for (double r : rs) {
            System.out.println("r=" + r + " round=" + Math.round(r) + " rint=" + Math.rint(r) + " ceil=" + Math.ceil(r)
                    + " floor=" + Math.floor(r) + " roundf=" + Math.round((float) r));
        }
        System.out.println("signum " + Math.signum(-3.0) + " copySign " + Math.copySign(3.0, -0.0) + " scalb "
                + Math.scalb(1.5, 4) + " IEEEremainder " + Math.IEEEremainder(5, 3));
        System.out.println("Math.sqrt(2) == StrictMath.sqrt(2): " + (Math.sqrt(2) == StrictMath.sqrt(2)));
    }

    static void characters() {
        char[] cs = {'a', 'Z', '5', ' ', '\t', '_', '$', 'é', '中', '٣', 'Ⅻ', '\u00a0', '\n', '!'};
        for (char c : cs) {
            System.out.println("char U+" + String.format("%04X", (int) c) + " letter=" + Character.isLetter(c) + " digit="
                    + Character.isDigit(c) + " letterOrDigit=" + Character.isLetterOrDigit(c) + " alpha="
                    + Character.isAlphabetic(c) + " upper=" + Character.isUpperCase(c) + " lower="
                    + Character.isLowerCase(c) + " whitespace=" + Character.isWhitespace(c) + " space="
                    + Character.isSpaceChar(c) + " javaStart=" + Character.isJavaIdentifierStart(c) + " numeric="
                    + Character.getNumericValue(c) + " type=" + Character.getType(c) + " toUpper="
                    + Character.toUpperCase(c));
        }
        System.out.println("toChars " + Arrays.toString(Character.toChars(0x1F600)) + " " + new String(Character.toChars(65))
                + " codePoint " + Character.toCodePoint('\uD83D', '\uDE00') + " valid " + Character.isValidCodePoint(0x110000));
        System.out.println("digit " + Character.digit('7', 10) + " " + Character.digit('b', 16) + " " + Character.digit('z', 10)
                + " forDigit " + Character.forDigit(15, 16) + " reverseBytes " + (int) Character.reverseBytes('\u1234'));
        System.out.println("toString " + Character.toString(0x1F600) + " " + Character.valueOf('c') + " MIN_RADIX "
                + Character.MIN_RADIX + " titlecase " + Character.toTitleCase('ǆ'));
    }

    static void objects() {
        System.out.println("Objects: equals(null,null) " + Objects.equals(null, null) + " hash() " + Objects.hash()
                + " hash(1,\"a\") " + Objects.hash(1, "a") + " hashCode(null) " + Objects.hashCode(null) + " toString(null, def) "
                + Objects.toString(null, "def") + " isNull " + Objects.isNull(null) + " requireNonNullElse "
                + Objects.requireNonNullElse(null, "else") + " checkIndex " + Objects.checkIndex(2, 3));
        try {
            Objects.checkIndex(3, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkIndex: " + e.getMessage());
        }
        try {
            Objects.requireNonNull(null);
        } catch (NullPointerException e) {
            System.out.println("requireNonNull: " + e.getMessage());
        }
        System.out.println("String hashCode " + "gojvm".hashCode() + " Integer " + Integer.valueOf(7).hashCode() + " List "
                + java.util.List.of(1, 2).hashCode() + " Boolean " + Boolean.FALSE.hashCode() + " Character "
                + Character.valueOf('A').hashCode() + " Long " + Long.valueOf(-1).hashCode() + " Double "
                + Double.valueOf(0.5).hashCode() + " Map.entry " + java.util.Map.entry("k", "v").hashCode());
    }
}
