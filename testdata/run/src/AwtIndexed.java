// TYPE_BYTE_INDEXED images (the default 6x6x6 colour cube and grays)
// drawn unscaled, scaled, flipped and clipped onto the types whose scaled
// blits of indexed images gojvm has (libawt's CONVERT_BLIT and SCALE_BLIT
// of ByteIndexed sources, which look pixels up in the colour model's
// table). Prints a CRC of each destination raster's stored data.
import java.awt.*;
import java.awt.image.*;
import java.util.zip.CRC32;

public class AwtIndexed {
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

    public static void main(String[] args) {
        BufferedImage src = new BufferedImage(10, 8, BufferedImage.TYPE_BYTE_INDEXED);
        WritableRaster r = src.getRaster();
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 10; x++) {
                r.setSample(x, y, 0, (x * 25 + y * 7) & 0xff);
            }
        }
        String[] names = {"INT_ARGB", "3BYTE_BGR", "BYTE_GRAY", "USHORT_565_RGB", "USHORT_555_RGB"};
        int[] types = {BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_BYTE_GRAY,
            BufferedImage.TYPE_USHORT_565_RGB, BufferedImage.TYPE_USHORT_555_RGB};
        for (int t = 0; t < types.length; t++) {
            BufferedImage dst = new BufferedImage(30, 24, types[t]);
            Graphics2D g = dst.createGraphics();
            g.setColor(Color.PINK);
            g.fillRect(0, 0, 30, 24);
            StringBuilder sb = new StringBuilder(names[t]);
            g.drawImage(src, 1, 1, null);
            sb.append(' ').append(dataSum(dst));
            g.drawImage(src, 2, 3, 25, 17, null);
            sb.append(' ').append(dataSum(dst));
            g.drawImage(src, 28, 20, 3, 2, null);
            sb.append(' ').append(dataSum(dst));
            g.clipRect(4, 4, 13, 9);
            g.drawImage(src, 0, 0, 30, 24, 1, 1, 7, 6, null);
            sb.append(' ').append(dataSum(dst));
            System.out.println(sb);
            g.dispose();
        }
    }
}
