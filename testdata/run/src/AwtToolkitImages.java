// The legacy Toolkit image pipeline on headless java.awt: GIF (static,
// interlaced, transparent, animated with local palettes and disposal
// methods, written by ImageIO at run time, and images/palette.gif written
// by other software) and PNG (indexed, gray, truecolour, with alpha) bytes
// made into images by Toolkit.createImage, their pixels grabbed by
// PixelGrabber (as RGB and as delivered), drawn into a BufferedImage once
// loaded (MediaTracker, ImageIcon), every frame an ImageConsumer sees, and
// the pixel stores of ImageRepresentation driven by a producer of our own
// (indexed pixels into an RGB image, palettes that grow, one that
// overflows). Prints checksums.
import java.awt.*;
import java.awt.image.*;
import java.io.*;
import java.util.*;
import java.util.zip.CRC32;
import javax.imageio.*;
import javax.imageio.metadata.*;
import javax.imageio.stream.*;
import javax.swing.ImageIcon;
import org.w3c.dom.*;

public class AwtToolkitImages {
    static final Toolkit TK = Toolkit.getDefaultToolkit();

    static String crc(int[] px) {
        CRC32 c = new CRC32();
        for (int p : px) {
            c.update(p >>> 24);
            c.update(p >> 16);
            c.update(p >> 8);
            c.update(p);
        }
        return Long.toHexString(c.getValue());
    }

    static String crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return Long.toHexString(c.getValue());
    }

    static String rgb(BufferedImage img) {
        return crc(img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()));
    }

    static IndexColorModel palette(int n, int seed, int trans) {
        byte[] r = new byte[n], g = new byte[n], b = new byte[n];
        Random rnd = new Random(seed);
        for (int i = 0; i < n; i++) {
            r[i] = (byte) rnd.nextInt(256);
            g[i] = (byte) rnd.nextInt(256);
            b[i] = (byte) rnd.nextInt(256);
        }
        int bits = n <= 2 ? 1 : n <= 4 ? 2 : n <= 16 ? 4 : 8;
        return trans >= 0 ? new IndexColorModel(bits, n, r, g, b, trans) : new IndexColorModel(bits, n, r, g, b);
    }

    // The same colours in an 8-bit model.
    static IndexColorModel eight(IndexColorModel icm) {
        int n = icm.getMapSize();
        byte[] r = new byte[n], g = new byte[n], b = new byte[n];
        icm.getReds(r);
        icm.getGreens(g);
        icm.getBlues(b);
        int t = icm.getTransparentPixel();
        return t >= 0 ? new IndexColorModel(8, n, r, g, b, t) : new IndexColorModel(8, n, r, g, b);
    }

    // An indexed image: noise where noise is true (LZW tables fill up, codes
    // grow to 12 bits, clear codes), otherwise bands and runs.
    static BufferedImage indexed(int w, int h, IndexColorModel icm, int seed, boolean noise) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, icm);
        WritableRaster r = img.getRaster();
        Random rnd = new Random(seed);
        int n = icm.getMapSize();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = noise ? rnd.nextInt(n) : ((x / 3 + y / 2 + seed) % n);
                r.setSample(x, y, 0, v);
            }
        }
        return img;
    }

    static class Frame {
        BufferedImage img;
        int left, top, disposal, delay, trans = -1;
        boolean interlace;

        Frame(BufferedImage img) {
            this.img = img;
        }
    }

    static byte[] gif(int sw, int sh, Frame... frames) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            w.setOutput(ios);
            ImageWriteParam param = w.getDefaultWriteParam();
            IIOMetadata sm = w.getDefaultStreamMetadata(param);
            String sf = sm.getNativeMetadataFormatName();
            IIOMetadataNode sroot = (IIOMetadataNode) sm.getAsTree(sf);
            IIOMetadataNode lsd = (IIOMetadataNode) sroot.getElementsByTagName("LogicalScreenDescriptor").item(0);
            lsd.setAttribute("logicalScreenWidth", "" + sw);
            lsd.setAttribute("logicalScreenHeight", "" + sh);
            sm.setFromTree(sf, sroot);
            w.prepareWriteSequence(sm);
            for (Frame f : frames) {
                param = w.getDefaultWriteParam();
                param.setProgressiveMode(f.interlace ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
                IIOMetadata m = w.getDefaultImageMetadata(new ImageTypeSpecifier(f.img), param);
                String fmt = m.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) m.getAsTree(fmt);
                IIOMetadataNode id = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
                id.setAttribute("imageLeftPosition", "" + f.left);
                id.setAttribute("imageTopPosition", "" + f.top);
                IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                gce.setAttribute("disposalMethod", new String[] {"none", "doNotDispose", "restoreToBackgroundColor",
                    "restoreToPrevious"}[f.disposal]);
                gce.setAttribute("delayTime", "" + f.delay);
                gce.setAttribute("transparentColorFlag", f.trans >= 0 ? "TRUE" : "FALSE");
                gce.setAttribute("transparentColorIndex", "" + Math.max(f.trans, 0));
                m.setFromTree(fmt, root);
                w.writeToSequence(new IIOImage(f.img, null, m), param);
            }
            w.endWriteSequence();
        }
        return out.toByteArray();
    }

    // A GIF of one frame whose LZW data is made here, to reach what the
    // ImageIO writer never writes: no clear code first, a full table never
    // cleared (deferred clear), a code outside the table, odd code sizes and
    // sub-block lengths, interlaced frames of a few rows.
    static byte[] lzwGif(int w, int h, byte[] px, int colors, int minCode, boolean firstClear, boolean clearWhenFull,
            int badAt, int blockLen, boolean interlace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("GIF89a".getBytes());
        int bits = 1;
        while ((1 << bits) < colors) {
            bits++;
        }
        out.write(w);
        out.write(w >> 8);
        out.write(h);
        out.write(h >> 8);
        out.write(0x80 | (bits - 1));
        out.write(0);
        out.write(0);
        Random rnd = new Random(colors * 31 + minCode);
        for (int i = 0; i < (1 << bits) * 3; i++) {
            out.write(rnd.nextInt(256));
        }
        out.write(0x2c);
        for (int v : new int[] {0, 0, w, h}) {
            out.write(v);
            out.write(v >> 8);
        }
        out.write(interlace ? 0x40 : 0);
        out.write(minCode);
        // LZW, codes packed from the low bit.
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int[] acc = new int[2]; // bits, count
        int clear = 1 << minCode, next = clear + 2, size = minCode + 1, emitted = 0;
        Map<Integer, Integer> dict = new HashMap<>();
        java.util.function.IntBinaryOperator put = (code, sz) -> {
            acc[0] |= code << acc[1];
            acc[1] += sz;
            while (acc[1] >= 8) {
                data.write(acc[0] & 0xff);
                acc[0] >>>= 8;
                acc[1] -= 8;
            }
            return 0;
        };
        if (firstClear) {
            put.applyAsInt(clear, size);
        }
        int prefix = px[0] & 0xff;
        for (int i = 1; i <= px.length; i++) {
            int c = i < px.length ? px[i] & 0xff : -1;
            Integer known = c < 0 ? null : dict.get(prefix << 8 | c);
            if (known != null) {
                prefix = known;
                continue;
            }
            put.applyAsInt(prefix, size);
            if (++emitted == badAt) {
                put.applyAsInt(Math.min(next + 3, (1 << size) - 1), size);
            }
            if (c < 0) {
                break;
            }
            if (next < 4096) {
                dict.put(prefix << 8 | c, next++);
                if (next > (1 << size) && size < 12) {
                    size++;
                }
            } else if (clearWhenFull) {
                put.applyAsInt(clear, size);
                dict.clear();
                next = clear + 2;
                size = minCode + 1;
            }
            prefix = c;
        }
        put.applyAsInt(clear + 1, size);
        if (acc[1] > 0) {
            data.write(acc[0] & 0xff);
        }
        byte[] d = data.toByteArray();
        for (int off = 0; off < d.length; off += blockLen) {
            int n = Math.min(blockLen, d.length - off);
            out.write(n);
            out.write(d, off, n);
        }
        out.write(0);
        out.write(0x3b);
        return out.toByteArray();
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static String grab(Image img, boolean forceRGB) throws InterruptedException {
        PixelGrabber pg = new PixelGrabber(img, 0, 0, -1, -1, forceRGB);
        boolean ok = pg.grabPixels();
        String s = "grab" + (forceRGB ? "RGB" : "") + " ok=" + ok + " " + pg.getWidth() + "x" + pg.getHeight()
                + " status=" + Integer.toHexString(pg.getStatus());
        Object px = pg.getPixels();
        if (px instanceof byte[]) {
            IndexColorModel icm = (IndexColorModel) pg.getColorModel();
            int[] lut = new int[icm.getMapSize()];
            icm.getRGBs(lut);
            s += " bytes=" + crc((byte[]) px) + " icm=" + icm.getMapSize() + "/" + icm.getTransparentPixel() + "/"
                    + crc(lut);
        } else if (px instanceof int[]) {
            s += " ints=" + crc((int[]) px);
        }
        return s;
    }

    static BufferedImage draw(Image img, int w, int h) {
        BufferedImage dst = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = dst.createGraphics();
        g.setColor(new Color(0x336699));
        g.fillRect(0, 0, w, h);
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return dst;
    }

    static void show(String name, byte[] data) throws Exception {
        show(name, data, true);
    }

    // show prints the pixels PixelGrabber grabs and, unless the image is
    // animated (where the image's pixels follow the frames as they come) or
    // broken, the image drawn once ImageIcon has loaded it.
    static void show(String name, byte[] data, boolean still) throws Exception {
        System.out.println(name + ": " + data.length + " bytes");
        Image img = TK.createImage(data);
        System.out.println("  " + grab(img, true));
        System.out.println("  " + grab(TK.createImage(data), false));
        ImageIcon icon = new ImageIcon(data);
        int w = icon.getIconWidth(), h = icon.getIconHeight();
        // An animation's load status depends on how far its frames got.
        System.out.println("  icon " + w + "x" + h + (still ? " status=" + icon.getImageLoadStatus() : ""));
        if (still && w > 0 && h > 0) {
            System.out.println("  drawn=" + rgb(draw(icon.getImage(), w, h)));
        }
    }

    // Records every frame a producer delivers, as the screen it builds.
    static class FrameRecorder implements ImageConsumer {
        int w, h;
        int[] screen;
        final java.util.List<String> log = new ArrayList<>();
        boolean done;

        public void setDimensions(int w, int h) {
            this.w = w;
            this.h = h;
            screen = new int[w * h];
        }

        public void setProperties(Hashtable<?, ?> props) {}

        public void setColorModel(ColorModel model) {}

        public synchronized void setHints(int hints) {
            if (!done) log.add("hints " + Integer.toHexString(hints));
        }

        public void setPixels(int x, int y, int w, int h, ColorModel model, byte[] pixels, int off, int scan) {
            for (int j = 0; j < h; j++)
                for (int i = 0; i < w; i++)
                    screen[(y + j) * this.w + x + i] = model.getRGB(pixels[off + j * scan + i] & 0xff);
        }

        public void setPixels(int x, int y, int w, int h, ColorModel model, int[] pixels, int off, int scan) {
            for (int j = 0; j < h; j++)
                for (int i = 0; i < w; i++)
                    screen[(y + j) * this.w + x + i] = model.getRGB(pixels[off + j * scan + i]);
        }

        public synchronized void imageComplete(int status) {
            if (done) {
                return; // what follows the end (the decoder's close) is not recorded
            }
            log.add("complete " + status + " " + (screen == null ? "-" : crc(screen)));
            if (status != SINGLEFRAMEDONE) {
                done = true;
                notifyAll();
            }
        }

        synchronized java.util.List<String> snapshot() {
            return new ArrayList<>(log);
        }

        synchronized void await() throws InterruptedException {
            while (!done) {
                wait();
            }
        }
    }

    static void frames(String name, byte[] data) throws Exception {
        Image img = TK.createImage(data);
        FrameRecorder rec = new FrameRecorder();
        img.getSource().startProduction(rec);
        rec.await();
        System.out.println(name + " frames:");
        for (String s : rec.snapshot()) {
            System.out.println("  " + s);
        }
        // The image itself, once every frame is in.
        final Object lock = new Object();
        final boolean[] all = new boolean[1];
        ImageObserver obs = (i, flags, x, y, w, h) -> {
            if ((flags & (ImageObserver.ALLBITS | ImageObserver.ERROR | ImageObserver.ABORT)) != 0) {
                synchronized (lock) {
                    all[0] = true;
                    lock.notifyAll();
                }
                return false;
            }
            return true;
        };
        Image img2 = TK.createImage(data);
        synchronized (lock) {
            if (!TK.prepareImage(img2, -1, -1, obs)) {
                while (!all[0]) {
                    lock.wait();
                }
            }
        }
        int w = img2.getWidth(null), h = img2.getHeight(null);
        System.out.println("  last frame " + w + "x" + h + " drawn=" + rgb(draw(img2, w, h)));
    }

    // A producer of our own, driving ImageRepresentation through a given
    // sequence of colour models and pixels.
    static class Scripted implements ImageProducer {
        final int w, h;
        final java.util.List<Object[]> steps = new ArrayList<>();

        Scripted(int w, int h) {
            this.w = w;
            this.h = h;
        }

        Scripted model(ColorModel cm) {
            steps.add(new Object[] {cm});
            return this;
        }

        Scripted pixels(int x, int y, int pw, int ph, ColorModel cm, Object px, int off, int scan) {
            steps.add(new Object[] {cm, px, x, y, pw, ph, off, scan});
            return this;
        }

        public void addConsumer(ImageConsumer ic) {
            produce(ic);
        }

        public boolean isConsumer(ImageConsumer ic) {
            return false;
        }

        public void removeConsumer(ImageConsumer ic) {}

        public void startProduction(ImageConsumer ic) {
            produce(ic);
        }

        public void requestTopDownLeftRightResend(ImageConsumer ic) {}

        void produce(ImageConsumer ic) {
            ic.setDimensions(w, h);
            ic.setHints(ImageConsumer.TOPDOWNLEFTRIGHT);
            for (Object[] s : steps) {
                ColorModel cm = (ColorModel) s[0];
                if (s.length == 1) {
                    ic.setColorModel(cm);
                } else if (s[1] instanceof byte[]) {
                    ic.setPixels((Integer) s[2], (Integer) s[3], (Integer) s[4], (Integer) s[5], cm, (byte[]) s[1],
                            (Integer) s[6], (Integer) s[7]);
                } else {
                    ic.setPixels((Integer) s[2], (Integer) s[3], (Integer) s[4], (Integer) s[5], cm, (int[]) s[1],
                            (Integer) s[6], (Integer) s[7]);
                }
            }
            ic.imageComplete(ImageConsumer.STATICIMAGEDONE);
        }
    }

    static void scripted(String name, Scripted p) throws Exception {
        Image img = TK.createImage(p);
        MediaTracker mt = new MediaTracker(new Canvas());
        mt.addImage(img, 0);
        mt.waitForAll();
        System.out.println(name + ": errors=" + mt.isErrorAny() + " drawn=" + rgb(draw(img, p.w, p.h)) + " "
                + grab(img, true));
    }

    static byte[] bytes(int n, int seed, int mod) {
        byte[] b = new byte[n];
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            b[i] = (byte) r.nextInt(mod);
        }
        return b;
    }

    public static void main(String[] args) throws Exception {
        IndexColorModel p256 = palette(256, 1, -1);
        IndexColorModel p16 = palette(16, 2, -1);
        IndexColorModel p16t = palette(16, 3, 5);
        IndexColorModel p4 = palette(4, 4, -1);

        BufferedImage noise = indexed(41, 29, p256, 7, true);
        BufferedImage bands = indexed(33, 21, p16, 8, false);
        Frame f = new Frame(noise);
        show("gif static noise", gif(41, 29, f));
        f = new Frame(bands);
        show("gif static bands", gif(33, 21, f));
        f = new Frame(noise);
        f.interlace = true;
        show("gif interlaced noise", gif(41, 29, f));
        f = new Frame(indexed(19, 3, p16, 9, false));
        f.interlace = true;
        show("gif interlaced 3 rows", gif(19, 3, f));
        f = new Frame(indexed(30, 17, p16t, 10, true));
        f.trans = 5;
        show("gif transparent", gif(30, 17, f));
        f = new Frame(indexed(12, 9, p4, 11, false));
        show("gif smaller than screen", gif(20, 15, f));
        byte[] gfile = java.nio.file.Files.readAllBytes(new File("images/palette.gif").toPath());
        show("gif images/palette.gif", gfile);
        Image fromFile = TK.createImage("images/palette.gif");
        System.out.println("  by file name: " + grab(fromFile, true));

        // LZW streams of our own.
        byte[] noise256 = bytes(96 * 64, 40, 256);
        show("lzw 256 colours", lzwGif(96, 64, noise256, 256, 8, true, true, 0, 255, false));
        show("lzw no first clear", lzwGif(96, 64, noise256, 256, 8, false, true, 0, 255, false));
        show("lzw deferred clear", lzwGif(96, 64, noise256, 256, 8, true, false, 0, 255, false));
        show("lzw code outside the table", lzwGif(96, 64, noise256, 256, 8, true, true, 700, 255, false));
        show("lzw 4 colours, 7-byte blocks", lzwGif(64, 64, bytes(64 * 64, 41, 4), 4, 2, true, true, 0, 7, false));
        show("lzw 2 colours, code size 1", lzwGif(40, 30, bytes(40 * 30, 42, 2), 2, 1, true, true, 0, 1, false));
        // Code sizes the decoder refuses: whether MediaTracker then sees the
        // abort or the error depends on timing, so only the grabs are shown.
        show("lzw code size 11", lzwGif(20, 10, bytes(200, 43, 256), 256, 11, true, true, 0, 255, false), false);
        show("lzw code size 12", lzwGif(20, 10, bytes(200, 43, 256), 256, 12, true, true, 0, 255, false), false);
        for (int rows = 1; rows <= 9; rows += 2) {
            show("lzw interlaced " + rows + " rows",
                    lzwGif(11, rows, bytes(11 * rows, 44 + rows, 16), 16, 4, true, true, 0, 255, true));
        }

        // Truncated data: the frame is accepted as far as it goes.
        byte[] whole = gif(41, 29, new Frame(noise));
        show("gif truncated", Arrays.copyOf(whole, whole.length / 2));

        // Animated: local palettes, offsets, transparency, each disposal.
        Frame a1 = new Frame(indexed(24, 18, p16, 12, false));
        Frame a2 = new Frame(indexed(10, 8, p16t, 13, true));
        a2.left = 3;
        a2.top = 4;
        a2.trans = 5;
        a2.disposal = 1;
        Frame a3 = new Frame(indexed(12, 6, palette(16, 14, 2), 14, true));
        a3.left = 9;
        a3.top = 10;
        a3.trans = 2;
        a3.disposal = 2;
        a3.interlace = true;
        Frame a4 = new Frame(indexed(8, 8, p4, 15, false));
        a4.left = 14;
        a4.top = 2;
        a4.disposal = 3;
        Frame a5 = new Frame(indexed(24, 5, palette(256, 16, -1), 16, true));
        a5.top = 13;
        byte[] anim = gif(24, 18, a1, a2, a3, a4, a5);
        show("gif animated", anim, false);
        frames("gif animated", anim);
        frames("gif transparent", gif(30, 17, f = new Frame(indexed(30, 17, p16t, 10, true))));

        BufferedImage rgbImg = new BufferedImage(23, 19, BufferedImage.TYPE_INT_RGB);
        BufferedImage argbImg = new BufferedImage(23, 19, BufferedImage.TYPE_INT_ARGB);
        Random rnd = new Random(17);
        for (int y = 0; y < 19; y++) {
            for (int x = 0; x < 23; x++) {
                rgbImg.setRGB(x, y, rnd.nextInt());
                argbImg.setRGB(x, y, (x * 11) << 24 | rnd.nextInt(1 << 24));
            }
        }
        show("png indexed", png(bands));
        show("png indexed noise", png(noise));
        show("png indexed transparent", png(indexed(30, 17, p16t, 10, true)));
        show("png truecolor", png(rgbImg));
        show("png truecolor alpha", png(argbImg));
        for (String n : new String[] {"rgba.png", "gray16.png", "palette.png"}) {
            show("png images/" + n, java.nio.file.Files.readAllBytes(new File("images/" + n).toPath()));
        }

        // ImageRepresentation's stores driven directly.
        int w = 13, h = 11;
        ColorModel dcm = ColorModel.getRGBdefault();
        int[] ints = new int[w * h];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = 0xff000000 | i * 0x10305;
        }
        scripted("rgb then indexed (setICMpixels)", new Scripted(w, h).model(dcm)
                .pixels(0, 0, w, h, dcm, ints, 0, w).model(p16)
                .pixels(2, 1, 9, 7, p16, bytes(200, 20, 16), 3, 12)
                .pixels(0, 8, w, 3, p16, bytes(100, 21, 16), 0, w));
        IndexColorModel q16 = palette(16, 30, -1);
        byte[] r16 = new byte[16], g16 = new byte[16], b16 = new byte[16];
        p16.getReds(r16);
        p16.getGreens(g16);
        p16.getBlues(b16);
        r16[3] = 1; // one colour differs, one moves
        byte t = r16[7];
        r16[7] = r16[8];
        r16[8] = t;
        IndexColorModel p16b = new IndexColorModel(4, 16, r16, g16, b16);
        IndexColorModel q16t = palette(16, 31, 4);
        // 4-bit models make a packed raster, which takes the Java path; the
        // 8-bit ones a byte raster, whose palette setDiffICM grows.
        scripted("indexed 4-bit, other palettes", new Scripted(w, h).model(p16)
                .pixels(0, 0, w, h, p16, bytes(w * h, 22, 16), 0, w)
                .pixels(1, 2, 5, 4, p16b, bytes(40, 23, 16), 0, 6)
                .pixels(6, 0, 7, 5, q16, bytes(40, 24, 16), 2, 7)
                .pixels(0, 6, 10, 5, q16t, bytes(60, 25, 16), 0, 10));
        scripted("indexed 8-bit, other palettes (setDiffICM)", new Scripted(w, h).model(eight(p16))
                .pixels(0, 0, w, h, eight(p16), bytes(w * h, 22, 16), 0, w)
                .pixels(1, 2, 5, 4, eight(p16b), bytes(40, 23, 16), 0, 6)
                .pixels(6, 0, 7, 5, eight(q16), bytes(40, 24, 16), 2, 7)
                .pixels(0, 6, 10, 5, eight(q16t), bytes(60, 25, 16), 0, 10)
                .pixels(3, 3, 4, 4, eight(palette(16, 32, 9)), bytes(16, 29, 16), 0, 4));
        scripted("indexed, palette overflows (setDiffICM fails)", new Scripted(w, h).model(palette(200, 40, -1))
                .pixels(0, 0, w, h, palette(200, 40, -1), bytes(w * h, 26, 200), 0, w)
                .pixels(2, 2, 8, 8, p256, bytes(64, 27, 256), 0, 8)
                .pixels(0, 0, 4, 4, p16, bytes(16, 28, 16), 0, 4));
    }
}
