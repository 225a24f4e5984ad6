package stdlib

import (
	"os"
	"os/signal"
	"sync"
	"syscall"

	"github.com/gojvm/gojvm/heap"
	"github.com/gojvm/gojvm/rtda"
)

// Signals for Java (jdk.internal.misc.Signal, behind sun.misc.Signal and
// the shutdown hooks' SIGINT/SIGTERM/SIGHUP handling). As in HotSpot, a
// "Signal Dispatcher" thread receives the signals Java registered a handler
// for and hands each to Signal.dispatch, which runs the handler on a new
// thread; SIGQUIT is the VM's own (thread dumps) unless -Xrs.

// Handler values of Signal.handle0.
const (
	sigDefault = 0
	sigIgnore  = 1
	sigJava    = 2
)

type signalState struct {
	mu       sync.Mutex
	handlers map[int]int64 // current handler per signal (default if absent)
	incoming chan os.Signal
	reduced  bool // -Xrs: leave the shutdown signals alone
}

func init() {
	natives("jdk/internal/misc/Signal", map[string]rtda.NativeFunc{
		"findSignal0(Ljava/lang/String;)I": func(t *rtda.Thread, a []uint64) uint64 {
			if n, ok := signalNumbers[str(t, a[0])]; ok {
				return intSlot(int32(n))
			}
			return intSlot(-1)
		},
		"handle0(IJ)J": func(t *rtda.Thread, a []uint64) uint64 {
			return uint64(stateOf(t).signals.handle(int(i32(a[0])), i64(a[1])))
		},
		"raise0(I)V": func(t *rtda.Thread, a []uint64) uint64 {
			syscall.Kill(os.Getpid(), syscall.Signal(i32(a[0])))
			return 0
		},
	})
}

var signalNumbers = map[string]int{"HUP": 1, "INT": 2, "QUIT": 3, "ILL": 4, "TRAP": 5, "ABRT": 6, "BUS": 7,
	"FPE": 8, "KILL": 9, "USR1": 10, "SEGV": 11, "USR2": 12, "PIPE": 13, "ALRM": 14, "TERM": 15,
	"STKFLT": 16, "CHLD": 17, "CONT": 18, "STOP": 19, "TSTP": 20, "TTIN": 21, "TTOU": 22, "URG": 23,
	"XCPU": 24, "XFSZ": 25, "VTALRM": 26, "PROF": 27, "WINCH": 28, "POLL": 29, "PWR": 30, "SYS": 31}

// handle installs a handler as JVM_RegisterSignal does and returns the
// previous one, or -1 for a signal the VM keeps for itself.
func (s *signalState) handle(sig int, handler int64) int64 {
	switch sig {
	case 1, 2, 15: // SIGHUP, SIGINT, SIGTERM: the shutdown signals
		if s.reduced {
			return -1
		}
		if signal.Ignored(syscall.Signal(sig)) {
			return sigIgnore // started ignored (nohup, background): leave it
		}
	case 3: // SIGQUIT prints thread dumps
		if !s.reduced {
			return -1
		}
	case 4, 7, 8, 9, 11, 19: // SIGILL, SIGBUS, SIGFPE, SIGKILL, SIGSEGV, SIGSTOP
		return -1
	}
	if sig <= 0 || sig > 64 {
		return -1
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.handlers[sig]
	if s.handlers == nil {
		s.handlers = map[int]int64{}
	}
	s.handlers[sig] = handler
	osSig := syscall.Signal(sig)
	switch handler {
	case sigDefault:
		signal.Reset(osSig)
	case sigIgnore:
		signal.Ignore(osSig)
	default:
		signal.Notify(s.incoming, osSig)
	}
	return old
}

// StartSignalDispatcher starts the "Signal Dispatcher" thread, as HotSpot's
// os::initialize_jdk_signal_support does during startup.
func StartSignalDispatcher(t *rtda.Thread, systemGroup heap.Ref) bool {
	s := &stateOf(t).signals
	return StartSystemThread(t, systemGroup, "Signal Dispatcher", 9, func(nt *rtda.Thread) {
		cfg := stateOf(t).cfg
		for {
			var sig os.Signal
			quit := false
			nt.WaitOnCondition(func() {
				select {
				case sig = <-s.incoming:
				case sig = <-cfg.Quit:
					quit = true
				}
			})
			if quit {
				if cfg.OnQuit != nil {
					cfg.OnQuit(nt)
				}
				nt.Pending = 0
				continue
			}
			n := int32(sig.(syscall.Signal))
			invokeStatic(nt, "jdk/internal/misc/Signal", "dispatch", "(I)V", uint64(uint32(n)))
			nt.Pending = 0
		}
	})
}

// StartNotificationThread starts the "Notification Thread", HotSpot's
// thread for delivering collection notifications to java.lang.management
// listeners.
func StartNotificationThread(t *rtda.Thread, systemGroup heap.Ref) bool {
	return StartSystemThread(t, systemGroup, "Notification Thread", 9, DeliverGCNotifications)
}
