// TYPE_BYTE_BINARY images (1, 2 and 4 bits per pixel, libawt's ByteBinary
// loops, colours stored through the palette's inverse colour cube): solid
// and XOR fills, lines, shapes and paths, antialiased and translucent fills,
// images of other types drawn onto them unscaled, scaled and rotated, and
// packed images drawn onto the other types and onto each other; a raster
// with a bit offset (a child raster); indexed and packed images with
// bitmask palettes drawn in XOR mode onto every type. Prints a CRC of the raster data after
// each step and of the PNG and BMP writes.
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.*;
import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

public class AwtBinary {
    static String sum(BufferedImage img) {
        CRC32 d = new CRC32();
        DataBuffer db = img.getRaster().getDataBuffer();
        for (int i = 0; i < db.getSize(); i++) {
            d.update(db.getElem(i));
        }
        return Long.toHexString(d.getValue());
    }

    static BufferedImage source(int type) {
        BufferedImage s = new BufferedImage(12, 10, type);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 12; x++) {
                int a = (x * 23 + y * 5 + 40) & 0xff;
                s.setRGB(x, y, a << 24 | (x * 21) << 16 | (y * 25) << 8 | ((x + y) * 11));
            }
        }
        return s;
    }

    static BufferedImage binary(int bits, int w, int h) {
        if (bits == 1) {
            return new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        }
        int n = 1 << bits;
        byte[] r = new byte[n], g = new byte[n], b = new byte[n];
        for (int i = 0; i < n; i++) {
            r[i] = (byte) (i * 255 / (n - 1));
            g[i] = (byte) ((i * 97) & 0xff);
            b[i] = (byte) (255 - i * 255 / (n - 1));
        }
        return new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY, new IndexColorModel(bits, n, r, g, b));
    }

    static String sum32(BufferedImage img) {
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

    static void xorFrom() {
        byte[] r = new byte[4], g = new byte[4], b = new byte[4];
        for (int i = 0; i < 4; i++) {
            r[i] = (byte) (i * 80);
            g[i] = (byte) (200 - i * 50);
            b[i] = (byte) (i * 33);
        }
        BufferedImage[] srcs = {new BufferedImage(9, 7, BufferedImage.TYPE_BYTE_INDEXED),
            new BufferedImage(9, 7, BufferedImage.TYPE_BYTE_BINARY, new IndexColorModel(2, 4, r, g, b, 1)),
            new BufferedImage(9, 7, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, 4, r, g, b, 2))};
        int[] types = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR,
            BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY, BufferedImage.TYPE_BYTE_INDEXED,
            BufferedImage.TYPE_BYTE_BINARY};
        for (int i = 0; i < srcs.length; i++) {
            BufferedImage s = srcs[i];
            WritableRaster w = s.getRaster();
            for (int y = 0; y < 7; y++) {
                for (int x = 0; x < 9; x++) {
                    w.setSample(x, y, 0, (x * 7 + y * 3) % 4 + (i == 0 ? x * 20 : 0));
                }
            }
            StringBuilder sb = new StringBuilder("xor-from" + i);
            for (int t : types) {
                BufferedImage d = new BufferedImage(20, 15, t);
                Graphics2D dg = d.createGraphics();
                dg.setColor(Color.GRAY);
                dg.fillRect(0, 0, 20, 15);
                dg.setXORMode(new Color(10, 200, 70));
                dg.drawImage(s, 2, 3, null);
                dg.drawImage(s, 5, 1, 14, 12, null);
                dg.drawImage(s, 9, 6, Color.BLUE, null);
                sb.append(' ').append(sum32(d));
                dg.dispose();
            }
            System.out.println(sb);
        }
    }

    public static void main(String[] args) throws Exception {
        xorFrom();
        for (int bits : new int[] {1, 2, 4}) {
            BufferedImage dst = binary(bits, 37, 23);
            Graphics2D g = dst.createGraphics();
            StringBuilder sb = new StringBuilder("bits" + bits + "-draw");
            g.setColor(new Color(200, 200, 200));
            g.fillRect(0, 0, 37, 23);
            g.setColor(new Color(20, 90, 240));
            g.fillRect(3, 2, 15, 9);
            sb.append(' ').append(sum(dst));
            g.drawLine(0, 22, 36, 1);
            g.drawRect(5, 5, 25, 12);
            g.drawOval(2, 3, 30, 17);
            g.fill(new Ellipse2D.Double(20.5, 8.5, 14, 11));
            g.draw(new QuadCurve2D.Double(1, 1, 30, 40, 35, 2));
            sb.append(' ').append(sum(dst));
            g.setColor(Color.RED);
            g.fillPolygon(new int[] {2, 30, 12}, new int[] {20, 15, 3}, 3);
            g.drawPolyline(new int[] {1, 9, 17, 35}, new int[] {1, 20, 4, 18}, 4);
            sb.append(' ').append(sum(dst));
            g.setXORMode(Color.WHITE);
            g.setColor(Color.BLACK);
            g.fillRect(8, 4, 20, 12);
            g.drawLine(0, 0, 36, 22);
            g.fill(new Ellipse2D.Double(4.5, 9.5, 12, 10));
            sb.append(' ').append(sum(dst));
            g.drawImage(source(BufferedImage.TYPE_INT_ARGB), 10, 6, null);
            sb.append(' ').append(sum(dst));
            g.setPaintMode();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(250, 240, 30));
            g.fill(new Ellipse2D.Double(6.3, 2.7, 22.4, 17.1));
            sb.append(' ').append(sum(dst));
            g.setColor(new Color(40, 220, 90, 140));
            g.fillRect(10, 10, 20, 10);
            sb.append(' ').append(sum(dst));
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OUT, 0.6f));
            g.fill(new Rectangle2D.Double(2.5, 3.5, 16, 9));
            sb.append(' ').append(sum(dst));
            System.out.println(sb);
            g.dispose();
            int[] srcTypes = {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR,
                BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_BYTE_INDEXED};
            for (int s = 0; s < srcTypes.length; s++) {
                BufferedImage src = source(srcTypes[s]);
                dst = binary(bits, 37, 23);
                g = dst.createGraphics();
                sb = new StringBuilder("bits" + bits + "-from" + s);
                g.drawImage(src, 1, 1, null);
                sb.append(' ').append(sum(dst));
                g.drawImage(src, 14, 3, 21, 19, null);
                sb.append(' ').append(sum(dst));
                Graphics2D g2 = (Graphics2D) g.create();
                g2.setComposite(AlphaComposite.Src);
                g2.drawImage(src, 20, 12, null);
                sb.append(' ').append(sum(dst));
                g2.dispose();
                g2 = (Graphics2D) g.create();
                g2.rotate(0.4, 18, 11);
                g2.drawImage(src, 10, 6, null);
                sb.append(' ').append(sum(dst));
                g2.dispose();
                System.out.println(sb);
                g.dispose();
            }
            // Packed images as sources.
            BufferedImage packed = binary(bits, 13, 9);
            WritableRaster pr = packed.getRaster();
            for (int y = 0; y < 9; y++) {
                for (int x = 0; x < 13; x++) {
                    pr.setSample(x, y, 0, (x * 3 + y * 5) % (1 << bits));
                }
            }
            int[] dstTypes = {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR,
                BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_USHORT_565_RGB};
            sb = new StringBuilder("bits" + bits + "-to");
            for (int t : dstTypes) {
                BufferedImage d = new BufferedImage(30, 20, t);
                Graphics2D dg = d.createGraphics();
                dg.drawImage(packed, 1, 2, null);
                dg.drawImage(packed, 12, 5, 17, 13, null);
                dg.rotate(0.3);
                dg.drawImage(packed, 8, 0, null);
                sb.append(' ').append(sum(d));
                dg.dispose();
            }
            for (int b2 : new int[] {1, 2, 4}) {
                BufferedImage d = binary(b2, 30, 20);
                Graphics2D dg = d.createGraphics();
                dg.drawImage(packed, 1, 2, null);
                dg.drawImage(packed, 12, 5, 17, 13, null);
                sb.append(' ').append(sum(d));
                dg.dispose();
            }
            System.out.println(sb);
            // A child raster starting mid-byte.
            BufferedImage big = binary(bits, 40, 12);
            BufferedImage child = big.getSubimage(3, 2, 30, 8);
            Graphics2D cg = child.createGraphics();
            cg.setColor(Color.WHITE);
            cg.fillRect(1, 1, 25, 5);
            cg.drawImage(source(BufferedImage.TYPE_INT_RGB), 2, 0, null);
            cg.setXORMode(Color.BLACK);
            cg.drawLine(0, 7, 29, 0);
            cg.dispose();
            BufferedImage copy = new BufferedImage(40, 12, BufferedImage.TYPE_INT_RGB);
            copy.createGraphics().drawImage(child, 5, 1, null);
            System.out.println("bits" + bits + "-child " + sum(big) + " " + sum(copy));
            for (String fmt : new String[] {"png"}) {
                ByteArrayOutputStream bo = new ByteArrayOutputStream();
                boolean ok = ImageIO.write(big, fmt, bo);
                CRC32 crc = new CRC32();
                crc.update(bo.toByteArray());
                System.out.println("bits" + bits + "-" + fmt + " " + ok + " " + bo.size() + " " + Long.toHexString(crc.getValue()));
            }
        }
    }
}
