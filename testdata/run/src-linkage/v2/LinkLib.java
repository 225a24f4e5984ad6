public class LinkLib {
    public int fieldNowInstance;
    public int instanceField2 = 2;
    public static int fieldNowStatic = 4;
    private static int hidden = 5;
    public static final int nowFinal = 6;
    public static long count() { return 1; }
    public void nowInstance() { }
    public static void nowStatic() { }
    private static void secret() { }
    public static String stillHere() { return "still here"; }
}
