// The launch mechanism named by -Djdk.lang.Process.launchMechanism (POSIX_SPAWN, VFORK,
// FORK, any case) changes nothing a program sees; a name Linux does not support fails in
// ProcessImpl's initialization, and every later start fails with NoClassDefFoundError.
import java.io.IOException;

public class ProcessLaunch {
    static void start() {
        try {
            Process p = new ProcessBuilder("/bin/sh", "-c", "echo started with $0 \"$@\"; exit 3", "sh", "a b").start();
            System.out.println(new String(p.getInputStream().readAllBytes()).trim() + ", rc " + p.waitFor());
        } catch (Throwable e) {
            System.out.println(e + (e.getCause() != null ? ", caused by " + e.getCause() : ""));
        }
    }

    public static void main(String[] args) {
        System.out.println("mechanism " + System.getProperty("jdk.lang.Process.launchMechanism"));
        start();
        start();
    }
}
