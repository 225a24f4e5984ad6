// Indexed images as sources onto every image type libawt has loops for:
// opaque (ByteIndexedOpaque), all-gray (Index8Gray), bitmask (ByteIndexedBm,
// one transparent index) and translucent colour models (ByteIndexed), drawn
// unscaled, with a background colour, scaled, flipped, clipped, rotated and
// with extra alpha. Prints a CRC of each destination's data after each step.
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.*;
import java.util.zip.CRC32;

public class AwtIndexedSrc {
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

    static BufferedImage indexed(IndexColorModel cm) {
        BufferedImage s = new BufferedImage(12, 10, BufferedImage.TYPE_BYTE_INDEXED, cm);
        WritableRaster r = s.getRaster();
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 12; x++) {
                r.setSample(x, y, 0, (x * 25 + y * 7) % cm.getMapSize());
            }
        }
        return s;
    }

    public static void main(String[] args) {
        int n = 64;
        byte[] rs = new byte[n], gs = new byte[n], bs = new byte[n], as = new byte[n], grays = new byte[256];
        for (int i = 0; i < n; i++) {
            rs[i] = (byte) (i * 4);
            gs[i] = (byte) (255 - i * 3);
            bs[i] = (byte) (i * 37);
            as[i] = (byte) (i * 4 + 3);
        }
        for (int i = 0; i < 256; i++) {
            grays[i] = (byte) i;
        }
        IndexColorModel[] cms = {
            (IndexColorModel) new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_INDEXED).getColorModel(),
            new IndexColorModel(8, 256, grays, grays, grays),
            new IndexColorModel(8, n, rs, gs, bs, 5),
            new IndexColorModel(8, n, rs, gs, bs, as),
        };
        String[] cmNames = {"opaque", "gray", "bitmask", "translucent"};
        int[] types = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_ARGB_PRE,
            BufferedImage.TYPE_INT_BGR, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR,
            BufferedImage.TYPE_4BYTE_ABGR_PRE, BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY,
            BufferedImage.TYPE_USHORT_565_RGB, BufferedImage.TYPE_USHORT_555_RGB};
        String[] names = {"INT_RGB", "INT_ARGB", "INT_ARGB_PRE", "INT_BGR", "3BYTE_BGR", "4BYTE_ABGR",
            "4BYTE_ABGR_PRE", "BYTE_GRAY", "USHORT_GRAY", "USHORT_565_RGB", "USHORT_555_RGB"};
        for (int c = 0; c < cms.length; c++) {
            BufferedImage src = indexed(cms[c]);
            for (int t = 0; t < types.length; t++) {
                BufferedImage dst = new BufferedImage(30, 24, types[t]);
                Graphics2D g = dst.createGraphics();
                g.setColor(new Color(250, 180, 190, 200));
                g.fillRect(0, 0, 30, 24);
                StringBuilder sb = new StringBuilder(cmNames[c] + "-" + names[t]);
                g.drawImage(src, 1, 1, null);
                sb.append(' ').append(sum(dst));
                g.drawImage(src, 15, 2, new Color(20, 90, 160), null);
                sb.append(' ').append(sum(dst));
                g.drawImage(src, 2, 3, 25, 17, null);
                sb.append(' ').append(sum(dst));
                g.drawImage(src, 28, 20, 3, 2, null);
                sb.append(' ').append(sum(dst));
                g.drawImage(src, 3, 12, 20, 8, new Color(200, 30, 60), null);
                sb.append(' ').append(sum(dst));
                Graphics2D g2 = (Graphics2D) g.create();
                g2.clipRect(4, 4, 13, 9);
                g2.drawImage(src, 0, 0, 30, 24, 1, 1, 7, 6, null);
                sb.append(' ').append(sum(dst));
                g2.dispose();
                g2 = (Graphics2D) g.create();
                g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.6f));
                g2.drawImage(src, 6, 5, null);
                sb.append(' ').append(sum(dst));
                g2.dispose();
                g2 = (Graphics2D) g.create();
                g2.rotate(0.35, 15, 12);
                g2.drawImage(src, 8, 6, null);
                sb.append(' ').append(sum(dst));
                g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g2.drawImage(src, 2, 2, 26, 20, null);
                sb.append(' ').append(sum(dst));
                g2.dispose();
                System.out.println(sb);
                g.dispose();
            }
        }
    }
}
