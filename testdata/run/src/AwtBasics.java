// Headless java.awt without drawing: GraphicsEnvironment.isHeadless, Color
// (brighter, decode, HSB), geometry (Rectangle, Area, Path2D, Line2D) and
// AffineTransform math, and the HeadlessException of a component.
import java.awt.*;
import java.awt.geom.*;

public class AwtBasics {
    public static void main(String[] args) {
        System.out.println("headless=" + GraphicsEnvironment.isHeadless());
        Color c = new Color(10, 20, 30, 40);
        System.out.println(c + " rgb=" + c.getRGB() + " alpha=" + c.getAlpha());
        System.out.println(Color.RED.brighter() + " " + Color.ORANGE.darker() + " " + Color.decode("#123456"));
        float[] hsb = Color.RGBtoHSB(200, 100, 50, null);
        System.out.println(hsb[0] + " " + hsb[1] + " " + hsb[2] + " "
                + Integer.toHexString(Color.HSBtoRGB(0.3f, 0.5f, 0.7f)) + " " + new Color(0.25f, 0.5f, 0.75f));
        AffineTransform at = AffineTransform.getRotateInstance(Math.PI / 6);
        at.translate(3, 4);
        at.scale(2, 0.5);
        System.out.println(at + " " + at.transform(new Point2D.Double(1, 2), null));
        try {
            System.out.println(at.createInverse() + " det=" + at.getDeterminant());
        } catch (NoninvertibleTransformException e) {
            System.out.println(e);
        }
        Rectangle r = new Rectangle(1, 2, 30, 40);
        System.out.println(r.intersection(new Rectangle(10, 10, 100, 100)) + " " + r.union(new Rectangle(-5, 0, 3, 3))
                + " " + r.contains(5, 5) + " " + r.outcode(100, 1));
        Area ar = new Area(new Ellipse2D.Double(0, 0, 10, 10));
        ar.subtract(new Area(new Rectangle2D.Double(5, 0, 5, 10)));
        System.out.println(ar.getBounds2D() + " rectangular=" + ar.isRectangular());
        Path2D p = new Path2D.Double();
        p.moveTo(0, 0);
        p.curveTo(10, 0, 10, 10, 0, 10);
        p.closePath();
        System.out.println(p.getBounds2D() + " " + p.contains(3, 5) + " " + p.contains(9, 9));
        System.out.println(Line2D.linesIntersect(0, 0, 10, 10, 0, 10, 10, 0) + " "
                + new Line2D.Double(0, 0, 10, 0).ptSegDist(5, 3));
        System.out.println(new Dimension(3, 4) + " " + new Insets(1, 2, 3, 4) + " " + new Point(5, 6));
        try {
            new Frame("x");
        } catch (HeadlessException e) {
            System.out.println("HeadlessException: " + e.getMessage());
        }
    }
}
