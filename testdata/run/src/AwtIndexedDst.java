// TYPE_BYTE_INDEXED images as destinations (libawt's ByteIndexed loops:
// colours stored through the inverse colour cube of the palette with an
// ordered dither, the palette's primaries undithered when it represents
// them): fills with every rule, antialiasing, images of each type drawn
// unscaled, scaled, with a background, rotated and with extra alpha, indexed
// images with the same and with another palette, XOR mode; for the default
// palette, a custom palette and a small palette without primaries. Prints a
// CRC of the raster data after each step and of the PNG and GIF writes.
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.*;
import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

public class AwtIndexedDst {
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

    static IndexColorModel palette(int n, int seed, boolean bitmask) {
        byte[] r = new byte[n], g = new byte[n], b = new byte[n];
        for (int i = 0; i < n; i++) {
            r[i] = (byte) (i * seed * 7 + 30);
            g[i] = (byte) (i * 53 + seed);
            b[i] = (byte) (255 - i * 11 * seed);
        }
        return bitmask ? new IndexColorModel(8, n, r, g, b, 3) : new IndexColorModel(8, n, r, g, b);
    }

    static IndexColorModel grays(int n, int step) {
        byte[] v = new byte[n];
        for (int i = 0; i < n; i++) {
            v[i] = (byte) Math.min(255, i * step + step / 2);
        }
        return new IndexColorModel(8, n, v, v, v);
    }

    public static void main(String[] args) throws Exception {
        IndexColorModel[] cms = {
            (IndexColorModel) new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_INDEXED).getColorModel(),
            palette(200, 3, false),
            palette(16, 5, false),
            grays(256, 1),
            grays(64, 4),
        };
        String[] cmNames = {"default", "custom", "small", "gray", "gray64"};
        int[] rules = {AlphaComposite.CLEAR, AlphaComposite.SRC, AlphaComposite.SRC_OVER, AlphaComposite.DST_OVER,
            AlphaComposite.SRC_IN, AlphaComposite.DST_OUT, AlphaComposite.SRC_ATOP, AlphaComposite.XOR};
        int[] srcTypes = {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_ARGB_PRE, BufferedImage.TYPE_INT_RGB,
            BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY,
            BufferedImage.TYPE_4BYTE_ABGR};
        for (int c = 0; c < cms.length; c++) {
            BufferedImage dst = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_INDEXED, cms[c]);
            Graphics2D g = dst.createGraphics();
            StringBuilder sb = new StringBuilder(cmNames[c] + "-fill");
            g.setColor(new Color(180, 120, 60));
            g.fillRect(0, 0, 40, 30);
            g.setColor(Color.RED);
            g.fillRect(2, 2, 6, 5);
            sb.append(' ').append(sum(dst));
            g.setColor(new Color(30, 200, 140, 120));
            g.fillRect(4, 3, 25, 14);
            sb.append(' ').append(sum(dst));
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.fill(new Ellipse2D.Double(8.5, 6.25, 26, 19));
            sb.append(' ').append(sum(dst));
            g.setColor(new Color(250, 250, 20, 200));
            g.fill(new Rectangle2D.Double(3.3, 9.6, 30.2, 11.7));
            sb.append(' ').append(sum(dst));
            g.setStroke(new BasicStroke(2.25f));
            g.draw(new Rectangle2D.Double(5.5, 4.25, 22.5, 17.75));
            sb.append(' ').append(sum(dst));
            Graphics2D gr = (Graphics2D) g.create();
            gr.rotate(0.3, 20, 15);
            gr.fill(new Rectangle2D.Double(10.2, 8.7, 17.1, 9.3));
            gr.dispose();
            sb.append(' ').append(sum(dst));
            for (int r : rules) {
                g.setComposite(AlphaComposite.getInstance(r, 0.7f));
                g.fill(new Ellipse2D.Double(2.5, 12.5, 20, 15));
                sb.append(' ').append(sum(dst));
            }
            System.out.println(sb);
            g.dispose();
            for (int s = 0; s < srcTypes.length; s++) {
                BufferedImage src = source(srcTypes[s]);
                dst = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_INDEXED, cms[c]);
                g = dst.createGraphics();
                g.setColor(new Color(90, 140, 200));
                g.fillRect(0, 0, 40, 30);
                sb = new StringBuilder(cmNames[c] + "-" + s);
                g.drawImage(src, 1, 1, null);
                sb.append(' ').append(sum(dst));
                g.drawImage(src, 14, 3, 25, 21, null);
                sb.append(' ').append(sum(dst));
                Graphics2D g2 = (Graphics2D) g.create();
                g2.setComposite(AlphaComposite.Src);
                g2.drawImage(src, 20, 12, null);
                sb.append(' ').append(sum(dst));
                g2.drawImage(src, 3, 15, 18, 12, null);
                sb.append(' ').append(sum(dst));
                g2.dispose();
                g2 = (Graphics2D) g.create();
                g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
                g2.drawImage(src, 6, 6, null);
                sb.append(' ').append(sum(dst));
                g2.dispose();
                g2 = (Graphics2D) g.create();
                g2.rotate(0.4, 20, 15);
                g2.drawImage(src, 10, 8, null);
                sb.append(' ').append(sum(dst));
                g2.clipRect(5, 5, 20, 14);
                g2.drawImage(src, 14, 10, new Color(250, 10, 10), null);
                sb.append(' ').append(sum(dst));
                g2.dispose();
                g2 = (Graphics2D) g.create();
                g2.clip(new Ellipse2D.Double(3, 3, 33, 23));
                g2.drawImage(src, 9, 7, null);
                sb.append(' ').append(sum(dst));
                g2.drawImage(src, 0, 0, 40, 30, null);
                sb.append(' ').append(sum(dst));
                g2.setComposite(AlphaComposite.Src);
                g2.drawImage(src, 5, 13, null);
                sb.append(' ').append(sum(dst));
                g2.drawImage(src, 2, 1, 37, 27, null);
                sb.append(' ').append(sum(dst));
                g2.dispose();
                System.out.println(sb);
                g.dispose();
            }
            // Indexed sources: the same palette, another one, a bitmask one.
            BufferedImage[] isrcs = {new BufferedImage(12, 10, BufferedImage.TYPE_BYTE_INDEXED, cms[c]),
                new BufferedImage(12, 10, BufferedImage.TYPE_BYTE_INDEXED, palette(100, 2, false)),
                new BufferedImage(12, 10, BufferedImage.TYPE_BYTE_INDEXED, palette(64, 7, true))};
            for (int s = 0; s < isrcs.length; s++) {
                WritableRaster r = isrcs[s].getRaster();
                int n = ((IndexColorModel) isrcs[s].getColorModel()).getMapSize();
                for (int y = 0; y < 10; y++) {
                    for (int x = 0; x < 12; x++) {
                        r.setSample(x, y, 0, (x * 25 + y * 7) % n);
                    }
                }
                dst = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_INDEXED, cms[c]);
                g = dst.createGraphics();
                g.setColor(new Color(60, 60, 60));
                g.fillRect(0, 0, 40, 30);
                sb = new StringBuilder(cmNames[c] + "-indexed" + s);
                g.drawImage(isrcs[s], 1, 1, null);
                sb.append(' ').append(sum(dst));
                g.drawImage(isrcs[s], 12, 5, 26, 20, null);
                sb.append(' ').append(sum(dst));
                g.drawImage(isrcs[s], 3, 18, new Color(0, 255, 0), null);
                sb.append(' ').append(sum(dst));
                g.rotate(0.3);
                g.drawImage(isrcs[s], 15, 2, null);
                sb.append(' ').append(sum(dst));
                System.out.println(sb);
                g.dispose();
            }
            // XOR mode onto the indexed image, shapes and images.
            dst = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_INDEXED, cms[c]);
            g = dst.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 40, 30);
            g.setXORMode(new Color(30, 140, 200));
            g.setColor(Color.ORANGE);
            g.fillRect(3, 3, 20, 10);
            g.drawLine(0, 29, 39, 0);
            g.drawImage(source(BufferedImage.TYPE_INT_ARGB), 6, 6, null);
            g.drawImage(source(BufferedImage.TYPE_INT_RGB), 20, 14, null);
            System.out.println(cmNames[c] + "-xor " + sum(dst));
            g.dispose();
            for (String fmt : new String[] {"png", "gif", "bmp"}) {
                ByteArrayOutputStream bo = new ByteArrayOutputStream();
                boolean ok = ImageIO.write(dst, fmt, bo);
                CRC32 crc = new CRC32();
                crc.update(bo.toByteArray());
                System.out.println(cmNames[c] + "-" + fmt + " " + ok + " " + bo.size() + " " + Long.toHexString(crc.getValue()));
            }
        }
    }
}
