public class LinkVanishing { }
