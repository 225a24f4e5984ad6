public interface LinkKind { }
