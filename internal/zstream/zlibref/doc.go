// Package zlibref drives the system's zlib through cgo, as the JDK's
// Deflater.c does, so that tests can compare zstream's deflater with the
// real library byte for byte. It is built only with the zlibref build tag
// (it needs a C compiler and zlib's headers: apt-get install zlib1g-dev):
//
//	go test -tags zlibref ./internal/zstream -run ZlibRef
package zlibref
