public final class LinkFinal { }
