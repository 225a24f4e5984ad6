public abstract class LinkBase { public abstract void hook(); }
