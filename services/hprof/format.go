// Package hprof writes heap dumps in the HPROF binary format, version
// "JAVA PROFILE 1.0.2", as HotSpot 17 writes them (services/heapDumper.cpp):
// identifiers of 8 bytes; UTF8 records for the names; a LOAD CLASS record
// for every class; a STACK TRACE with its STACK FRAME records for every
// thread; then HEAP DUMP SEGMENT records holding a CLASS DUMP for every
// class, an INSTANCE, OBJECT ARRAY or PRIMITIVE ARRAY DUMP for every object
// in the heap, and the roots; and a HEAP DUMP END.
//
// An object's identifier is its address, a class's the address of its
// java.lang.Class mirror, as in HotSpot. The dump is taken with the world
// stopped (rtda's safepoints) and allocates nothing in the Java heap.
//
// Its API may change: the jvm package and the VM's services are its users.
package hprof

import "fmt"

// Header is the format's name, written first (NUL-terminated).
const Header = "JAVA PROFILE 1.0.2"

// IDSize is the size of identifiers: HotSpot writes addresses, 8 bytes on
// 64-bit platforms even with compressed references.
const IDSize = 8

// Tag identifies a top-level record.
type Tag uint8

const (
	TagUTF8            Tag = 0x01
	TagLoadClass       Tag = 0x02
	TagUnloadClass     Tag = 0x03
	TagFrame           Tag = 0x04
	TagTrace           Tag = 0x05
	TagAllocSites      Tag = 0x06
	TagHeapSummary     Tag = 0x07
	TagStartThread     Tag = 0x0A
	TagEndThread       Tag = 0x0B
	TagHeapDump        Tag = 0x0C
	TagCPUSamples      Tag = 0x0D
	TagControlSettings Tag = 0x0E
	TagHeapDumpSegment Tag = 0x1C
	TagHeapDumpEnd     Tag = 0x2C
)

var tagNames = map[Tag]string{
	TagUTF8: "UTF8", TagLoadClass: "LOAD CLASS", TagUnloadClass: "UNLOAD CLASS", TagFrame: "STACK FRAME",
	TagTrace: "STACK TRACE", TagAllocSites: "ALLOC SITES", TagHeapSummary: "HEAP SUMMARY",
	TagStartThread: "START THREAD", TagEndThread: "END THREAD", TagHeapDump: "HEAP DUMP",
	TagCPUSamples: "CPU SAMPLES", TagControlSettings: "CONTROL SETTINGS",
	TagHeapDumpSegment: "HEAP DUMP SEGMENT", TagHeapDumpEnd: "HEAP DUMP END",
}

func (t Tag) String() string {
	if s, ok := tagNames[t]; ok {
		return s
	}
	return fmt.Sprintf("Tag(%#x)", uint8(t))
}

// SubTag identifies a sub-record of a heap dump segment.
type SubTag uint8

const (
	RootUnknown     SubTag = 0xFF
	RootJNIGlobal   SubTag = 0x01
	RootJNILocal    SubTag = 0x02
	RootJavaFrame   SubTag = 0x03
	RootNativeStack SubTag = 0x04
	RootStickyClass SubTag = 0x05
	RootThreadBlock SubTag = 0x06
	RootMonitorUsed SubTag = 0x07
	RootThreadObj   SubTag = 0x08
	ClassDump       SubTag = 0x20
	InstanceDump    SubTag = 0x21
	ObjArrayDump    SubTag = 0x22
	PrimArrayDump   SubTag = 0x23
)

var subTagNames = map[SubTag]string{
	RootUnknown: "ROOT UNKNOWN", RootJNIGlobal: "ROOT JNI GLOBAL", RootJNILocal: "ROOT JNI LOCAL",
	RootJavaFrame: "ROOT JAVA FRAME", RootNativeStack: "ROOT NATIVE STACK", RootStickyClass: "ROOT STICKY CLASS",
	RootThreadBlock: "ROOT THREAD BLOCK", RootMonitorUsed: "ROOT MONITOR USED", RootThreadObj: "ROOT THREAD OBJECT",
	ClassDump: "CLASS DUMP", InstanceDump: "INSTANCE DUMP", ObjArrayDump: "OBJECT ARRAY DUMP",
	PrimArrayDump: "PRIMITIVE ARRAY DUMP",
}

func (t SubTag) String() string {
	if s, ok := subTagNames[t]; ok {
		return s
	}
	return fmt.Sprintf("SubTag(%#x)", uint8(t))
}

// BasicType is the type of a field or array element in a dump.
type BasicType uint8

const (
	TypeObject  BasicType = 2
	TypeBoolean BasicType = 4
	TypeChar    BasicType = 5
	TypeFloat   BasicType = 6
	TypeDouble  BasicType = 7
	TypeByte    BasicType = 8
	TypeShort   BasicType = 9
	TypeInt     BasicType = 10
	TypeLong    BasicType = 11
)

var typeNames = map[BasicType]string{
	TypeObject: "object", TypeBoolean: "boolean", TypeChar: "char", TypeFloat: "float", TypeDouble: "double",
	TypeByte: "byte", TypeShort: "short", TypeInt: "int", TypeLong: "long",
}

func (t BasicType) String() string {
	if s, ok := typeNames[t]; ok {
		return s
	}
	return fmt.Sprintf("BasicType(%d)", uint8(t))
}

// Size is the number of bytes a value of the type takes in a dump.
func (t BasicType) Size() int {
	switch t {
	case TypeObject:
		return IDSize
	case TypeBoolean, TypeByte:
		return 1
	case TypeChar, TypeShort:
		return 2
	case TypeInt, TypeFloat:
		return 4
	}
	return 8
}

// typeOf is the dump type of a field descriptor's first character (HotSpot's
// sig2tag).
func typeOf(desc byte) BasicType {
	switch desc {
	case 'Z':
		return TypeBoolean
	case 'C':
		return TypeChar
	case 'F':
		return TypeFloat
	case 'D':
		return TypeDouble
	case 'B':
		return TypeByte
	case 'S':
		return TypeShort
	case 'I':
		return TypeInt
	case 'J':
		return TypeLong
	}
	return TypeObject
}

// stackTraceID is the serial number of the empty stack trace every object
// and class refers to as its allocation site (HotSpot's STACK_TRACE_ID).
const stackTraceID = 1
