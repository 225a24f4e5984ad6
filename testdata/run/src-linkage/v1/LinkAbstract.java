public class LinkAbstract { }
