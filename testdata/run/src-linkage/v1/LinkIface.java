public interface LinkIface { default void added() { System.out.println("default"); } }
