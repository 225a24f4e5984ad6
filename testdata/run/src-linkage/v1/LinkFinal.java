public class LinkFinal { }
