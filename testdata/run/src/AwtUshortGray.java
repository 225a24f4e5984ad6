// TYPE_USHORT_GRAY as a destination and a source: libawt's UshortGray loops
// (UshortGray.c with the 1ShortGray strategy of AlphaMacros.h: 16-bit alpha
// and gray arithmetic) for translucent and antialiased fills, every
// AlphaComposite rule, images with alpha blended in, converting, scaled and
// transformed blits from the other types, and 16-bit gray images drawn onto
// the colour types. Prints a CRC of the raster's data after each step and of
// the PNG and BMP ImageIO writes.
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.*;
import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

public class AwtUshortGray {
    static String sum(BufferedImage img) {
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

    static BufferedImage source(int type) {
        BufferedImage s = new BufferedImage(12, 10, type);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 12; x++) {
                int a = (x * 23 + y * 5) & 0xff;
                s.setRGB(x, y, a << 24 | (x * 21) << 16 | (y * 25) << 8 | ((x + y) * 11));
            }
        }
        return s;
    }

    static BufferedImage background() {
        BufferedImage dst = new BufferedImage(40, 30, BufferedImage.TYPE_USHORT_GRAY);
        short[] data = ((DataBufferUShort) dst.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < data.length; i++) {
            data[i] = (short) (i * 977);
        }
        return dst;
    }

    static void line(String name, BufferedImage img) {
        System.out.println(name + " " + sum(img));
    }

    public static void main(String[] args) throws Exception {
        Color[] colors = {new Color(200, 40, 90), new Color(10, 220, 130, 100), new Color(255, 255, 255, 1)};
        int[] rules = {AlphaComposite.CLEAR, AlphaComposite.SRC, AlphaComposite.SRC_OVER, AlphaComposite.DST_OVER,
            AlphaComposite.SRC_IN, AlphaComposite.DST_IN, AlphaComposite.SRC_OUT, AlphaComposite.DST_OUT,
            AlphaComposite.DST, AlphaComposite.SRC_ATOP, AlphaComposite.DST_ATOP, AlphaComposite.XOR};
        // Fills: solid, translucent, antialiased, each rule with extra alpha.
        for (int c = 0; c < colors.length; c++) {
            BufferedImage dst = background();
            Graphics2D g = dst.createGraphics();
            g.setColor(colors[c]);
            g.fillRect(2, 2, 20, 12);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.fill(new Ellipse2D.Double(10.3, 5.6, 25.2, 19.7));
            g.setStroke(new BasicStroke(2.5f));
            g.drawLine(1, 28, 38, 3);
            StringBuilder sb = new StringBuilder("fill" + c);
            sb.append(' ').append(sum(dst));
            for (int r : rules) {
                g.setComposite(AlphaComposite.getInstance(r, 0.6f));
                g.fill(new Ellipse2D.Double(3.5, 2.25, 20.5, 17.3));
                g.fillRect(25, 20, 10, 6);
                sb.append(' ').append(sum(dst));
            }
            g.setComposite(AlphaComposite.Src);
            g.fill(new RoundRectangle2D.Double(5.5, 12.5, 30, 14, 6, 6));
            sb.append(' ').append(sum(dst));
            System.out.println(sb);
            g.dispose();
        }
        // Images with alpha blended in, from each source type, every rule.
        int[] srcTypes = {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_ARGB_PRE, BufferedImage.TYPE_INT_RGB};
        String[] srcNames = {"INT_ARGB", "INT_ARGB_PRE", "INT_RGB"};
        for (int s = 0; s < srcTypes.length; s++) {
            BufferedImage src = source(srcTypes[s]);
            BufferedImage dst = background();
            Graphics2D g = dst.createGraphics();
            StringBuilder sb = new StringBuilder("blend-" + srcNames[s]);
            g.drawImage(src, 3, 4, null);
            sb.append(' ').append(sum(dst));
            g.drawImage(src, 20, 2, 30, 25, null);
            sb.append(' ').append(sum(dst));
            for (int r : rules) {
                g.setComposite(AlphaComposite.getInstance(r, 0.7f));
                g.drawImage(src, 5, 8, null);
                sb.append(' ').append(sum(dst));
            }
            g.setComposite(AlphaComposite.SrcOver);
            g.rotate(0.4, 20, 15);
            g.drawImage(src, 12, 8, null);
            sb.append(' ').append(sum(dst));
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, 4, 2, 30, 20, null);
            sb.append(' ').append(sum(dst));
            g.setClip(new Ellipse2D.Double(2, 2, 30, 24));
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.5f));
            g.drawImage(src, 0, 0, null);
            sb.append(' ').append(sum(dst));
            System.out.println(sb);
            g.dispose();
        }
        // Opaque images converted: each type, unscaled, scaled, flipped, clipped.
        BufferedImage indexed = new BufferedImage(12, 10, BufferedImage.TYPE_BYTE_INDEXED);
        WritableRaster ir = indexed.getRaster();
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 12; x++) {
                ir.setSample(x, y, 0, (x * 25 + y * 7) & 0xff);
            }
        }
        BufferedImage[] opaque = {source(BufferedImage.TYPE_INT_ARGB), source(BufferedImage.TYPE_INT_RGB),
            source(BufferedImage.TYPE_3BYTE_BGR), source(BufferedImage.TYPE_BYTE_GRAY), indexed,
            source(BufferedImage.TYPE_USHORT_GRAY), source(BufferedImage.TYPE_INT_BGR)};
        String[] opaqueNames = {"INT_ARGB", "INT_RGB", "3BYTE_BGR", "BYTE_GRAY", "BYTE_INDEXED", "USHORT_GRAY", "INT_BGR"};
        for (int s = 0; s < opaque.length; s++) {
            BufferedImage dst = background();
            Graphics2D g = dst.createGraphics();
            g.setComposite(AlphaComposite.Src);
            StringBuilder sb = new StringBuilder("convert-" + opaqueNames[s]);
            g.drawImage(opaque[s], 1, 1, null);
            sb.append(' ').append(sum(dst));
            g.drawImage(opaque[s], 14, 3, 25, 21, null);
            sb.append(' ').append(sum(dst));
            g.drawImage(opaque[s], 38, 28, 5, 12, null);
            sb.append(' ').append(sum(dst));
            g.clipRect(4, 4, 17, 13);
            g.drawImage(opaque[s], 0, 0, 40, 30, 1, 1, 9, 8, null);
            sb.append(' ').append(sum(dst));
            g.setClip(null);
            g.shear(0.3, 0.1);
            g.drawImage(opaque[s], 10, 5, null);
            sb.append(' ').append(sum(dst));
            System.out.println(sb);
            g.dispose();
        }
        // 16-bit gray images onto the other types.
        BufferedImage gray = background();
        int[] dstTypes = {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR,
            BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_565_RGB, BufferedImage.TYPE_4BYTE_ABGR};
        StringBuilder sb = new StringBuilder("from-gray");
        for (int t : dstTypes) {
            BufferedImage dst = new BufferedImage(30, 24, t);
            Graphics2D g = dst.createGraphics();
            g.drawImage(gray, 0, 0, null);
            g.drawImage(gray, 3, 3, 20, 15, null);
            g.rotate(0.3);
            g.drawImage(gray, 8, 0, null);
            sb.append(' ').append(sum(dst));
            g.dispose();
        }
        System.out.println(sb);
        // XOR mode on 16-bit gray.
        BufferedImage xd = background();
        Graphics2D xg = xd.createGraphics();
        xg.setXORMode(new Color(30, 140, 200));
        xg.setColor(Color.ORANGE);
        xg.fillRect(3, 3, 20, 10);
        xg.drawImage(source(BufferedImage.TYPE_INT_ARGB), 6, 6, null);
        xg.drawImage(background(), 10, 10, null);
        line("xor", xd);
        // ImageIO writes the 16-bit gray image.
        BufferedImage out = background();
        Graphics2D og = out.createGraphics();
        og.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        og.setColor(new Color(90, 180, 30, 160));
        og.fill(new Ellipse2D.Double(4, 4, 30, 20));
        og.dispose();
        for (String fmt : new String[] {"png", "bmp"}) {
            ByteArrayOutputStream bo = new ByteArrayOutputStream();
            boolean ok = ImageIO.write(out, fmt, bo);
            CRC32 c = new CRC32();
            c.update(bo.toByteArray());
            System.out.println(fmt + " " + ok + " " + bo.size() + " " + Long.toHexString(c.getValue()));
        }
    }
}
