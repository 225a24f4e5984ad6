// drawImage between BufferedImage types, TYPE_BYTE_GRAY among them: copies,
// scaling and rotation (nearest neighbour, and bilinear and bicubic
// interpolation). Prints CRCs of getRGB and of the stored data.
import java.awt.*;
import java.awt.image.*;
import java.util.zip.CRC32;

public class AwtImages {
    static String sum(BufferedImage img) {
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
        CRC32 d = new CRC32();
        DataBuffer db = img.getRaster().getDataBuffer();
        for (int i = 0; i < db.getSize(); i++) {
            int v = db.getElem(i);
            d.update(v >>> 24);
            d.update(v >> 16);
            d.update(v >> 8);
            d.update(v);
        }
        return Long.toHexString(c.getValue()) + " " + Long.toHexString(d.getValue());
    }

    public static void main(String[] args) {
        String[] names = {"INT_RGB", "INT_ARGB", "INT_ARGB_PRE", "INT_BGR", "3BYTE_BGR", "4BYTE_ABGR",
            "4BYTE_ABGR_PRE", "BYTE_GRAY"};
        int[] types = {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_ARGB_PRE,
            BufferedImage.TYPE_INT_BGR, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR,
            BufferedImage.TYPE_4BYTE_ABGR_PRE, BufferedImage.TYPE_BYTE_GRAY};
        for (int s = 0; s < types.length; s++) {
            BufferedImage src = new BufferedImage(7, 5, types[s]);
            boolean alpha = src.getColorModel().hasAlpha();
            for (int y = 0; y < 5; y++) {
                for (int x = 0; x < 7; x++) {
                    src.setRGB(x, y, ((alpha ? 40 + x * 30 : 255) << 24) | (x * 30 << 16) | (y * 50 << 8) | (x * y * 9));
                }
            }
            for (int d = 0; d < types.length; d++) {
                for (int op = 0; op < 5; op++) {
                    BufferedImage img = new BufferedImage(20, 15, types[d]);
                    Graphics2D g = img.createGraphics();
                    if (op == 0) {
                        g.drawImage(src, 2, 3, null);
                    } else if (op == 1) {
                        g.drawImage(src, 1, 1, 17, 12, null);
                    } else if (op == 2) {
                        g.rotate(0.4, 10, 7);
                        g.drawImage(src, 4, 4, null);
                    } else {
                        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, op == 3
                                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                        g.drawImage(src, 1, 1, 17, 12, null);
                        g.rotate(0.4, 10, 7);
                        g.drawImage(src, 9, 6, 9, 7, null);
                    }
                    g.dispose();
                    System.out.println(names[s] + " -> " + names[d] + " " + new String[] {"copy", "scaled", "rotated", "bilinear", "bicubic"}[op]
                            + " " + sum(img));
                }
            }
        }
    }
}
