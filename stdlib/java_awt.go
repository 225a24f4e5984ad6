package stdlib

import "github.com/gojvm/gojvm/rtda"

// The initIDs natives of java.desktop's AWT and imaging classes. In the JDK
// (libawt) each only caches JNI field and method IDs for the C code that
// follows; gojvm's natives look fields up by declaring class when they need
// them, so there is nothing to cache and each returns at once.
var awtInitIDsClasses = []string{
	"java/awt/AWTEvent", "java/awt/Button", "java/awt/Checkbox",
	"java/awt/CheckboxMenuItem", "java/awt/Choice", "java/awt/Color",
	"java/awt/Component", "java/awt/Container", "java/awt/Cursor",
	"java/awt/Dialog", "java/awt/Dimension", "java/awt/Event",
	"java/awt/FileDialog", "java/awt/Font", "java/awt/FontMetrics",
	"java/awt/Frame", "java/awt/Insets", "java/awt/KeyboardFocusManager",
	"java/awt/Label", "java/awt/Menu", "java/awt/MenuBar",
	"java/awt/MenuComponent", "java/awt/MenuItem", "java/awt/Rectangle",
	"java/awt/ScrollPane", "java/awt/ScrollPaneAdjustable",
	"java/awt/Scrollbar", "java/awt/TextArea", "java/awt/TextField",
	"java/awt/Toolkit", "java/awt/TrayIcon", "java/awt/Window",
	"java/awt/event/InputEvent", "java/awt/event/KeyEvent",
	"java/awt/event/MouseEvent",
	"java/awt/image/BufferedImage", "java/awt/image/ColorModel",
	"java/awt/image/IndexColorModel", "java/awt/image/Kernel",
	"java/awt/image/Raster", "java/awt/image/SampleModel",
	"java/awt/image/SinglePixelPackedSampleModel",
	"sun/awt/image/ByteComponentRaster", "sun/awt/image/BytePackedRaster",
	"sun/awt/image/GifImageDecoder", "sun/awt/image/ImageRepresentation",
	"sun/awt/image/IntegerComponentRaster", "sun/awt/image/ShortComponentRaster",
	"sun/java2d/Disposer", "sun/java2d/SurfaceData", "sun/java2d/pipe/Region",
	"sun/java2d/pipe/ShapeSpanIterator",
}

func awtNop(t *rtda.Thread, a []uint64) uint64 { return 0 }

func init() {
	for _, c := range awtInitIDsClasses {
		natives(c, map[string]rtda.NativeFunc{"initIDs()V": awtNop})
	}
	natives("sun/java2d/pipe/SpanClipRenderer", map[string]rtda.NativeFunc{
		"initIDs(Ljava/lang/Class;Ljava/lang/Class;)V": awtNop,
	})
}
