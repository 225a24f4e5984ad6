public class LinkBase { public void hook() { System.out.println("hook"); } }
