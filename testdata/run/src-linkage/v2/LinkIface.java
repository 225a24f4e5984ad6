public interface LinkIface { void added(); }
