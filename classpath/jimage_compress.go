package classpath

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
)

// compressedMagic starts the 29-byte header of a compressed resource: magic,
// compressed size (u8), uncompressed size (u8), decompressor name (string
// offset, u4), decompressor content (u4), terminal flag (u1). jlink may stack
// several compressions; each is undone in turn.
const compressedMagic = 0xCAFEFAFA

func (img *RuntimeImage) decompress(b []byte, size uint64) ([]byte, error) {
	for len(b) >= 29 && img.order.Uint32(b) == compressedMagic {
		name := img.str(uint64(img.order.Uint32(b[20:])))
		switch name {
		case "zip":
			zr, err := zlib.NewReader(bytes.NewReader(b[29:]))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", img.path, err)
			}
			out, err := io.ReadAll(io.LimitReader(zr, int64(img.order.Uint64(b[12:]))))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", img.path, err)
			}
			b = out
		default:
			// "compact-cp" (jlink --compress=1) is not supported yet.
			return nil, fmt.Errorf("%s: unsupported resource compression %q", img.path, name)
		}
	}
	if uint64(len(b)) != size {
		return nil, fmt.Errorf("%s: decompressed resource has %d bytes, want %d", img.path, len(b), size)
	}
	return b, nil
}
