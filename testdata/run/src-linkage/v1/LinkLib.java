public class LinkLib {
    public static int goneField = 1;
    public int instanceField = 2;
    public static int fieldNowInstance = 3;
    public int fieldNowStatic = 4;
    public static int hidden = 5;
    public static int nowFinal = 6;
    public static void gone() { }
    public static int count() { return 1; }
    public static void nowInstance() { }
    public void nowStatic() { }
    public static void secret() { }
    public static String stillHere() { return "still here"; }
}
