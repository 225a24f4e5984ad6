public abstract class LinkAbstract { }
