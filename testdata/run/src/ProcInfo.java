// Prints what ProcessHandle and the OperatingSystemMXBean say about this process and a
// child (cat, waiting on its input), then waits for a line on stdin before it ends the
// child. Not a golden test: the values vary, and cmd/gojvm/procinfo_test.go checks them
// against /proc while the process still runs.
import java.lang.management.ManagementFactory;
import java.util.stream.Collectors;

public class ProcInfo {
    static void describe(String who, ProcessHandle h) {
        ProcessHandle.Info info = h.info();
        System.out.println(who + ".pid " + h.pid());
        System.out.println(who + ".parent " + h.parent().map(p -> Long.toString(p.pid())).orElse("none"));
        System.out.println(who + ".command " + info.command().orElse("none"));
        System.out.println(who + ".arguments " + info.arguments().map(a -> String.join("\u0001", a)).orElse("none")
                + "\u0002" + (info.arguments().isPresent() ? info.arguments().get().length : -1));
        System.out.println(who + ".commandLine " + info.commandLine().orElse("none"));
        System.out.println(who + ".start " + info.startInstant().map(i -> Long.toString(i.toEpochMilli())).orElse("none"));
        System.out.println(who + ".cpu " + info.totalCpuDuration().map(d -> Long.toString(d.toNanos())).orElse("none"));
        System.out.println(who + ".user " + info.user().orElse("none"));
        System.out.println(who + ".alive " + h.isAlive());
    }

    public static void main(String[] args) throws Exception {
        ProcessHandle me = ProcessHandle.current();
        describe("self", me);
        System.out.println("load " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Process child = new ProcessBuilder("cat").start();
        // cat has run once its output arrives.
        child.getOutputStream().write('x');
        child.getOutputStream().flush();
        child.getInputStream().read();
        describe("child", child.toHandle());
        System.out.println("children " + me.children().map(h -> Long.toString(h.pid())).collect(Collectors.joining(",")));
        System.out.println("ready");
        System.in.read();
        child.getOutputStream().close();
        System.out.println("child exit " + child.waitFor() + " alive " + child.toHandle().isAlive());
    }
}
