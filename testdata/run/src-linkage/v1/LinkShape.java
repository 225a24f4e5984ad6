public interface LinkShape { double area(); }
