// Graphics2D on BufferedImages of every int, 3-byte and 4-byte type,
// TYPE_BYTE_GRAY and the 16-bit RGB types: solid
// rectangles, lines and polygons, curved shapes, translucent colours,
// AlphaComposite rules, antialiasing (shapes, rectangles, lines, wide
// strokes), drawImage with alpha and composites, shape clips, gradients,
// transforms, copyArea, and images drawn scaled, flipped, rotated and
// sheared (nearest neighbour), 16-bit and gray images drawn. Prints a CRC
// of getRGB over the image and one of the raster's stored data, so a pixel
// or a stored byte that differs fails.
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.*;
import java.util.zip.CRC32;

public class AwtDraw {
    static String rgbSum(BufferedImage img) {
        CRC32 c = new CRC32();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                c.update(p >>> 24);
                c.update(p >> 16);
                c.update(p >> 8);
                c.update(p);
            }
        }
        return Long.toHexString(c.getValue());
    }

    static String dataSum(BufferedImage img) {
        CRC32 d = new CRC32();
        DataBuffer db = img.getRaster().getDataBuffer();
        for (int i = 0; i < db.getSize(); i++) {
            int v = db.getElem(i);
            d.update(v >>> 24);
            d.update(v >> 16);
            d.update(v >> 8);
            d.update(v);
        }
        return Long.toHexString(d.getValue());
    }

    interface Op {
        void run(Graphics2D g);
    }

    static final BufferedImage SPRITE = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);

    static {
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                SPRITE.setRGB(x, y, ((x * 13) << 24) | (y * 12 << 16) | (x * 7 << 8) | (x + y) * 5);
            }
        }
    }

    static final BufferedImage OPAQUE = new BufferedImage(7, 5, BufferedImage.TYPE_3BYTE_BGR);

    static {
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 7; x++) {
                OPAQUE.setRGB(x, y, (x * 30 << 16) | (y * 50 << 8) | (x * y * 9));
            }
        }
    }

    static final BufferedImage[] SHORTS = {new BufferedImage(9, 7, BufferedImage.TYPE_USHORT_565_RGB),
        new BufferedImage(9, 7, BufferedImage.TYPE_USHORT_555_RGB), new BufferedImage(9, 7, BufferedImage.TYPE_BYTE_GRAY)};

    static {
        for (BufferedImage img : SHORTS) {
            for (int y = 0; y < 7; y++) {
                for (int x = 0; x < 9; x++) {
                    img.setRGB(x, y, (x * 29 << 16) | (y * 37 << 8) | (x * y * 5 + 3));
                }
            }
        }
    }

    static final String[] OP_NAMES = {"solid", "curves", "translucent", "composites", "aa-shapes", "aa-rects",
        "aa-strokes", "wide-strokes", "drawImage", "clip", "gradient", "transform", "copyArea", "scaled-images",
        "transformed-images", "16-bit-images"};
    static final Op[] OPS = {
        g -> {
            g.setColor(Color.ORANGE);
            g.fillRect(3, 4, 20, 10);
            g.setColor(Color.BLUE);
            g.drawLine(0, 0, 39, 29);
            g.drawLine(39, 0, 2, 29);
            g.drawLine(-5, 12, 60, 14);
            g.drawLine(7, 40, 7, -3);
            g.setColor(new Color(10, 200, 30));
            g.fillPolygon(new int[] {1, 15, 8}, new int[] {28, 20, 12}, 3);
            g.fillPolygon(new int[] {20, 39, 30, 25}, new int[] {29, 25, 15, 27}, 4);
            g.setBackground(Color.PINK);
            g.clearRect(36, 20, 3, 5);
        },
        g -> {
            g.setColor(Color.BLUE);
            g.drawRect(5, 5, 25, 15);
            g.setColor(new Color(10, 200, 30));
            g.drawOval(2, 2, 30, 20);
            g.fillOval(20, 10, 15, 12);
            g.drawPolyline(new int[] {30, 35, 38, 25}, new int[] {2, 25, 8, 15}, 4);
            g.fillRoundRect(10, 18, 14, 9, 5, 5);
            g.fillArc(25, 0, 14, 14, 30, 200);
            g.draw(new QuadCurve2D.Double(0, 29, 20, -10, 39, 29));
        },
        g -> {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 40, 30);
            g.setColor(new Color(255, 0, 0, 100));
            g.fillRect(5, 5, 20, 15);
            g.setColor(new Color(0, 0, 255, 160));
            g.fillOval(10, 8, 25, 18);
            g.setColor(new Color(0, 128, 0, 7));
            g.drawLine(0, 29, 39, 0);
        },
        g -> {
            g.setColor(new Color(50, 100, 150));
            g.fillRect(0, 0, 40, 30);
            int[] rules = {AlphaComposite.SRC_OVER, AlphaComposite.SRC, AlphaComposite.DST_OUT, AlphaComposite.XOR,
                AlphaComposite.SRC_ATOP, AlphaComposite.DST_OVER, AlphaComposite.CLEAR, AlphaComposite.SRC_IN};
            for (int i = 0; i < rules.length; i++) {
                g.setComposite(AlphaComposite.getInstance(rules[i], 0.7f));
                g.setColor(new Color(200, 30 * i, 90, 180));
                g.fillRect(i * 5, i * 3, 9, 8);
            }
            g.setComposite(AlphaComposite.Src);
            g.setColor(new Color(1, 2, 3, 4));
            g.fillRect(30, 0, 10, 5);
        },
        g -> {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillOval(3, 3, 33, 22);
            g.setColor(new Color(120, 20, 220, 200));
            g.fill(new Ellipse2D.Double(10.3, 4.7, 19.1, 13.2));
            Path2D p = new Path2D.Double();
            p.moveTo(1, 1);
            p.curveTo(30, 2, 5, 25, 38, 28);
            p.quadTo(20, 29, 2, 20);
            p.closePath();
            g.setColor(Color.CYAN);
            g.fill(p);
            g.setComposite(AlphaComposite.Src);
            g.setColor(new Color(255, 255, 0, 90));
            g.fillOval(20, 2, 15, 10);
        },
        g -> {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.GREEN);
            g.fill(new Rectangle2D.Double(1.3, 1.6, 14.2, 7.3));
            g.fillRect(20, 2, 10, 5);
            g.setColor(Color.MAGENTA);
            g.drawLine(0, 29, 39, 12);
            g.drawRect(4, 12, 20, 10);
            g.rotate(0.3);
            g.setColor(new Color(0, 0, 255, 150));
            g.fillRect(15, 0, 12, 9);
            g.drawRect(5, 15, 9, 6);
        },
        g -> {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(Color.YELLOW);
            g.drawOval(4, 4, 30, 20);
            g.drawLine(0, 0, 39, 29);
            g.setStroke(new BasicStroke(4f));
            g.drawRect(8, 8, 12, 10);
        },
        g -> {
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 2f}, 0f));
            g.setColor(Color.RED);
            g.drawOval(2, 2, 34, 24);
            g.drawLine(0, 29, 39, 0);
            g.setStroke(new BasicStroke(5f));
            g.drawRect(10, 10, 15, 10);
        },
        g -> {
            g.setColor(Color.GRAY);
            g.fillRect(0, 0, 40, 30);
            g.drawImage(SPRITE, 2, 3, null);
            g.drawImage(SPRITE, 25, 15, null);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
            g.drawImage(SPRITE, 12, 8, null);
            g.setComposite(AlphaComposite.Src);
            g.drawImage(SPRITE, 30, -5, null);
        },
        g -> {
            g.setColor(Color.YELLOW);
            g.fillRect(0, 0, 40, 30);
            g.setClip(new Ellipse2D.Double(5, 3, 30, 24));
            g.setColor(Color.RED);
            g.fillRect(0, 0, 40, 30);
            g.drawImage(SPRITE, 10, 10, null);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.BLUE);
            g.fillOval(0, 0, 20, 20);
            g.setClip(8, 8, 10, 10);
            g.setColor(Color.GREEN);
            g.fillRect(0, 0, 40, 30);
        },
        g -> {
            g.setPaint(new GradientPaint(0, 0, Color.RED, 40, 30, new Color(0, 0, 255, 128)));
            g.fillRect(0, 0, 40, 30);
            g.setPaint(new GradientPaint(5, 0, Color.BLACK, 15, 0, Color.WHITE, true));
            g.fillOval(5, 5, 30, 20);
        },
        g -> {
            g.setColor(Color.LIGHT_GRAY);
            g.fillRect(0, 0, 40, 30);
            g.translate(20, 15);
            g.rotate(0.4);
            g.scale(1.3, 0.8);
            g.setColor(Color.MAGENTA);
            g.fillRect(-10, -8, 20, 16);
            g.setColor(Color.BLACK);
            g.drawLine(-15, 0, 15, 0);
            g.drawRect(-5, -5, 10, 10);
        },
        g -> {
            g.setColor(Color.BLUE);
            g.fillRect(0, 0, 10, 10);
            g.setColor(Color.RED);
            g.fillRect(10, 10, 5, 5);
            g.copyArea(0, 0, 15, 15, 20, 10);
            g.copyArea(20, 10, 15, 15, -3, 2);
        },
        g -> {
            g.setColor(Color.GRAY);
            g.fillRect(0, 0, 40, 30);
            g.drawImage(OPAQUE, 1, 2, 33, 19, null);
            g.drawImage(OPAQUE, 30, 20, 3, 2, null);
            g.drawImage(SPRITE, 20, 1, 18, 25, null);
            g.drawImage(SPRITE, 12, 0, -9, 9, null);
            g.drawImage(OPAQUE, 5, 25, 35, 30, 1, 1, 6, 4, null);
            g.setClip(new Ellipse2D.Double(2, 2, 20, 20));
            g.drawImage(OPAQUE, 0, 0, 700, 500, null);
        },
        g -> {
            g.setColor(Color.GRAY);
            g.fillRect(0, 0, 40, 30);
            g.rotate(0.5, 20, 15);
            g.drawImage(SPRITE, 10, 5, 20, 15, null);
            g.drawImage(OPAQUE, 0, 0, null);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.6f));
            g.shear(0.3, 0);
            g.drawImage(SPRITE, 2, 2, null);
            g.drawImage(SPRITE, AffineTransform.getScaleInstance(1e-12, 3), null);
        },
        g -> {
            g.setColor(Color.PINK);
            g.fillRect(0, 0, 40, 30);
            g.drawImage(SHORTS[0], 1, 1, null);
            g.drawImage(SHORTS[1], 20, 2, 15, 20, null);
            g.drawImage(SHORTS[2], 5, 18, null);
            g.drawImage(SHORTS[2], 12, 12, 18, 10, null);
            g.rotate(0.3, 20, 15);
            g.drawImage(SHORTS[0], 10, 10, null);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(SHORTS[1], 12, 3, null);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.4f));
            g.drawImage(SHORTS[0], 25, 15, null);
        },
    };


    public static void main(String[] args) {
        String[] names = {"INT_RGB", "INT_ARGB", "INT_ARGB_PRE", "INT_BGR", "3BYTE_BGR", "4BYTE_ABGR", "4BYTE_ABGR_PRE",
            "BYTE_GRAY", "USHORT_565_RGB", "USHORT_555_RGB"};
        int[] types = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_ARGB_PRE,
            BufferedImage.TYPE_INT_BGR, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR,
            BufferedImage.TYPE_4BYTE_ABGR_PRE, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_565_RGB,
            BufferedImage.TYPE_USHORT_555_RGB};
        for (int t = 0; t < types.length; t++) {
            for (int o = 0; o < OPS.length; o++) {
                BufferedImage img = new BufferedImage(40, 30, types[t]);
                Graphics2D g = img.createGraphics();
                OPS[o].run(g);
                g.dispose();
                System.out.println(names[t] + " " + OP_NAMES[o] + " " + rgbSum(img) + " " + dataSum(img));
            }
        }
    }
}
