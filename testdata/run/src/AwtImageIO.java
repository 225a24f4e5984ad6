// javax.imageio on headless java.awt: the plugin registry's formats; PNG
// (RGBA, 16-bit gray, palette), GIF and BMP files written by other software
// (images/, from gen/MakeImages.go) read, then written back as PNG, BMP,
// GIF and WBMP where the writer takes the image and read again; a drawn
// image through each writer, a binary image through WBMP, and PNG
// compression levels. Prints checksums of pixels and of the written bytes.
import java.awt.*;
import java.awt.image.*;
import java.io.*;
import java.util.*;
import java.util.zip.CRC32;
import javax.imageio.*;
import javax.imageio.stream.*;

public class AwtImageIO {
    static String pixels(BufferedImage img) {
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
        return img.getWidth() + "x" + img.getHeight() + " type=" + img.getType() + " "
                + img.getColorModel().getClass().getSimpleName() + " bands=" + img.getRaster().getNumBands()
                + " rgb=" + Long.toHexString(c.getValue());
    }

    static String bytes(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return b.length + " bytes crc=" + Long.toHexString(c.getValue());
    }

    public static void main(String[] args) throws Exception {
        String[] readers = ImageIO.getReaderFormatNames();
        Arrays.sort(readers);
        String[] writers = ImageIO.getWriterFormatNames();
        Arrays.sort(writers);
        System.out.println("readers: " + String.join(",", readers));
        System.out.println("writers: " + String.join(",", writers));
        for (String f : new String[] {"rgba.png", "gray16.png", "palette.png", "palette.gif", "rgb24.bmp"}) {
            BufferedImage img = ImageIO.read(new File("images/" + f));
            System.out.println(f + ": " + pixels(img));
            for (String fmt : new String[] {"png", "bmp", "gif", "wbmp"}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                if (!ImageIO.write(img, fmt, out)) {
                    System.out.println("  " + fmt + ": no writer for this image");
                    continue;
                }
                byte[] bs = out.toByteArray();
                BufferedImage back = ImageIO.read(new ByteArrayInputStream(bs));
                System.out.println("  " + fmt + ": " + bytes(bs) + " -> " + pixels(back));
            }
        }
        BufferedImage img = new BufferedImage(31, 17, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(20, 120, 220, 200));
        g.fillOval(2, 2, 26, 13);
        g.setColor(Color.RED);
        g.drawLine(0, 16, 30, 0);
        g.dispose();
        for (String fmt : new String[] {"png", "bmp", "gif"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            System.out.println("drawn " + fmt + ": " + ImageIO.write(img, fmt, out) + " " + bytes(out.toByteArray()));
        }
        BufferedImage bin = new BufferedImage(19, 9, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < 9; y++) {
            for (int x = 0; x < 19; x++) {
                if ((x * y) % 3 == 0) {
                    bin.setRGB(x, y, -1);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(bin, "wbmp", out);
        System.out.println("wbmp: " + bytes(out.toByteArray()) + " -> "
                + pixels(ImageIO.read(new ByteArrayInputStream(out.toByteArray()))));
        ImageWriter pw = ImageIO.getImageWritersByFormatName("png").next();
        for (float q : new float[] {0f, 0.5f, 1f}) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            ImageWriteParam p = pw.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(q);
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(o)) {
                pw.setOutput(ios);
                pw.write(null, new IIOImage(img, null, null), p);
            }
            System.out.println("png quality " + q + ": " + bytes(o.toByteArray()));
        }
    }
}
