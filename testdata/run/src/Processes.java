// Child processes (ProcessBuilder, Runtime.exec, ProcessHandle), inside
// tmp-files/processes (deleted at start and end), with only /bin/sh, echo, cat, true and
// false as children: arguments (empty, spaces, non-ASCII), exit statuses and deaths by
// signal, stdout/stderr pipes and redirectErrorStream, stdin pipes, redirects to, from
// and appending to files, DISCARD, inheritIO, the environment (cleared, set, inherited),
// the working directory, a script without #! (run by /bin/sh), startPipeline, waitFor
// with a timeout, destroy and destroyForcibly, exitValue before and after exit, onExit,
// ProcessHandle (pid, parent, children, info, of, destroy of the current process), the
// descriptors a child inherits (only 0, 1 and 2), and java's messages for programs that
// cannot run.
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

public class Processes {
    static final File ROOT = new File("tmp-files/processes");

    static void deleteTree(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteTree(c);
            }
        }
        f.delete();
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    static String run(ProcessBuilder pb) throws Exception {
        Process p = pb.start();
        p.getOutputStream().close();
        String out = read(p.getInputStream());
        String err = read(p.getErrorStream());
        int rc = p.waitFor();
        return "rc " + rc + " out [" + out.replace("\n", "\\n") + "] err [" + err.replace("\n", "\\n") + "]";
    }

    static String sh(String script, String... args) throws Exception {
        String[] cmd = new String[args.length + 3];
        cmd[0] = "/bin/sh";
        cmd[1] = "-c";
        cmd[2] = script;
        System.arraycopy(args, 0, cmd, 3, args.length);
        return run(new ProcessBuilder(cmd));
    }

    static void cannotRun(ProcessBuilder pb) {
        try {
            pb.start();
            System.out.println("started: " + pb.command());
        } catch (IOException e) {
            System.out.println(e.getMessage().replace(ROOT.getAbsolutePath(), "$ROOT"));
        }
    }

    public static void main(String[] args) throws Exception {
        deleteTree(ROOT);
        ROOT.mkdirs();

        System.out.println("echo: " + run(new ProcessBuilder("echo", "hello", "", "two words", "ü 中文")));
        System.out.println("args: " + sh("for a in \"$@\"; do printf '<%s>' \"$a\"; done; echo \" $#\"", "x", "", "a b", "*", "$HOME"));
        System.out.println("exit 42: " + sh("exit 42"));
        System.out.println("true: " + run(new ProcessBuilder("true")) + ", false: " + run(new ProcessBuilder("false")));
        System.out.println("killed by KILL: " + sh("kill -9 $$"));
        System.out.println("killed by TERM: " + sh("kill $$"));
        System.out.println("both streams: " + sh("echo out1; echo err1 >&2; echo out2"));
        System.out.println("merged: " + run(new ProcessBuilder("/bin/sh", "-c", "echo a; echo b >&2; echo c").redirectErrorStream(true)));

        Process cat = new ProcessBuilder("cat").start();
        try (OutputStream out = cat.getOutputStream()) {
            out.write("line one\nline two\n".getBytes(StandardCharsets.UTF_8));
        }
        System.out.println("cat: [" + read(cat.getInputStream()).replace("\n", "|") + "] rc " + cat.waitFor());

        // Redirects to and from files.
        File big = new File(ROOT, "big.txt");
        File copy = new File(ROOT, "copy.txt");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            sb.append("line ").append(i).append('\n');
        }
        Files.writeString(big.toPath(), sb);
        Process c2 = new ProcessBuilder("cat").redirectInput(big).redirectOutput(copy).start();
        System.out.println("cat big file: rc " + c2.waitFor() + ", same " + Arrays.equals(Files.readAllBytes(big.toPath()),
                Files.readAllBytes(copy.toPath())) + ", stdout stream " + c2.getInputStream().read()
                + ", stdin stream is null output " + (c2.getOutputStream().getClass().getSimpleName()));
        Process c3 = new ProcessBuilder("cat").redirectOutput(copy).start();
        try (OutputStream out = c3.getOutputStream()) {
            out.write(Files.readAllBytes(big.toPath()));
        }
        System.out.println("cat through a pipe to a file: rc " + c3.waitFor() + ", length " + copy.length());
        File log = new File(ROOT, "log.txt");
        for (String s : List.of("first", "second")) {
            new ProcessBuilder("echo", s).redirectOutput(Redirect.appendTo(log)).start().waitFor();
        }
        new ProcessBuilder("/bin/sh", "-c", "echo to stderr >&2").redirectError(Redirect.appendTo(log)).start().waitFor();
        System.out.println("appended: " + Files.readAllLines(log.toPath()));
        new ProcessBuilder("echo", "replaced").redirectOutput(log).start().waitFor();
        System.out.println("replaced: " + Files.readAllLines(log.toPath()));
        Process d = new ProcessBuilder("echo", "gone").redirectOutput(Redirect.DISCARD).start();
        System.out.println("discarded: rc " + d.waitFor() + ", read " + d.getInputStream().read());
        System.out.println("redirects: " + new ProcessBuilder("cat").redirectInput(log).redirectOutput(Redirect.PIPE)
                .redirectInput() + " " + Redirect.appendTo(log).type() + " " + Redirect.INHERIT);

        System.out.println("before inheritIO");
        int inherited = new ProcessBuilder("/bin/sh", "-c", "echo child on stdout; echo child on stderr >&2").inheritIO()
                .start().waitFor();
        System.out.println("after inheritIO: rc " + inherited);
        System.err.println("stderr after the child's");

        ProcessBuilder envPb = new ProcessBuilder("/bin/sh", "-c", "echo \"$ONLY|${HOME-unset}|${GOJVM_TEST_UNSET-unset}\"");
        Map<String, String> env = envPb.environment();
        System.out.println("inherited HOME is the parent's: " + (System.getenv("HOME") == null
                || System.getenv("HOME").equals(env.get("HOME"))));
        env.clear();
        env.put("ONLY", "just this");
        System.out.println("cleared environment (the program is still found on java's PATH): " + run(envPb));
        System.out.println("exec with env: " + read(Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "echo $A$B"},
                new String[] {"A=1", "B=2"}).getInputStream()).trim());

        Files.writeString(new File(ROOT, "marker.txt").toPath(), "in the working directory\n");
        System.out.println("directory: " + run(new ProcessBuilder("cat", "marker.txt").directory(ROOT)));
        cannotRun(new ProcessBuilder("./script", "arg").directory(ROOT));
        File script = new File(ROOT, "script");
        Files.writeString(script.toPath(), "echo script says $1\nexit 7\n");
        script.setExecutable(true);
        System.out.println("script without #!: " + run(new ProcessBuilder(script.getPath(), "hi")));
        System.out.println("script found in the directory: " + run(new ProcessBuilder("./script", "there").directory(ROOT)));
        System.out.println("Runtime.exec tokenizes: " + read(Runtime.getRuntime().exec("echo  a   b\tc").getInputStream()).trim());

        List<Process> pipeline = ProcessBuilder.startPipeline(List.of(
                new ProcessBuilder("/bin/sh", "-c", "echo banana; echo apple; echo cherry"),
                new ProcessBuilder("cat"),
                new ProcessBuilder("/bin/sh", "-c", "while read l; do echo \"<$l>\"; done")));
        System.out.println("pipeline: " + read(pipeline.get(2).getInputStream()).replace("\n", " ").trim()
                + ", first's stdout is null " + pipeline.get(0).getInputStream().read());
        for (Process p : pipeline) {
            p.waitFor();
        }

        // A child that runs until its input ends.
        // It says when it runs, so that what /proc shows is the shell's, not the forked VM's.
        Process reader = new ProcessBuilder("/bin/sh", "-c", "echo ready; read x; echo got $x; exit 5").start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(reader.getInputStream(), StandardCharsets.UTF_8));
        System.out.println("child says " + lines.readLine() + ", alive " + reader.isAlive() + ", waitFor(20 ms) "
                + reader.waitFor(20, TimeUnit.MILLISECONDS));
        try {
            reader.exitValue();
        } catch (IllegalThreadStateException e) {
            System.out.println("exitValue while running: " + e.getMessage());
        }
        ProcessHandle rh = reader.toHandle();
        ProcessHandle me = ProcessHandle.current();
        System.out.println("child pid " + (reader.pid() == rh.pid()) + ", parent is us " + rh.parent().map(me::equals)
                + ", among our children " + me.children().anyMatch(rh::equals)
                + ", descendants " + me.descendants().anyMatch(rh::equals)
                + ", of(pid) " + ProcessHandle.of(rh.pid()).map(rh::equals) + ", alive " + rh.isAlive());
        ProcessHandle.Info info = rh.info();
        System.out.println("child info: command present " + info.command().isPresent() + ", arguments "
                + info.arguments().map(Arrays::toString) + ", user is ours " + info.user().equals(me.info().user())
                + ", started " + info.startInstant().isPresent() + ", cpu time " + info.totalCpuDuration().isPresent());
        try (OutputStream out = reader.getOutputStream()) {
            out.write("hello\n".getBytes(StandardCharsets.UTF_8));
        }
        System.out.println("reader: " + lines.readLine() + ", then " + lines.readLine() + ", rc " + reader.waitFor()
                + ", waitFor(1 s) " + reader.waitFor(1, TimeUnit.SECONDS) + ", exitValue " + reader.exitValue()
                + ", alive " + reader.isAlive() + ", handle alive " + rh.isAlive()
                + ", onExit " + (reader.onExit().get() == reader) + ", handle onExit " + rh.onExit().get().equals(rh));

        Process term = new ProcessBuilder("/bin/sh", "-c", "read x").start();
        System.out.println("supports normal termination " + term.supportsNormalTermination());
        term.destroy();
        System.out.println("destroyed: waitFor(5 s) " + term.waitFor(5, TimeUnit.SECONDS) + ", rc " + term.exitValue());
        Process kill = new ProcessBuilder("/bin/sh", "-c", "trap '' TERM; read x").start();
        Thread.sleep(10);
        System.out.println("destroyForcibly returns the process " + (kill.destroyForcibly() == kill) + ", rc "
                + kill.waitFor() + ", handle alive " + kill.toHandle().isAlive());
        try {
            me.destroy();
        } catch (IllegalStateException e) {
            System.out.println("destroy ourselves: " + e.getMessage());
        }
        try {
            me.onExit();
        } catch (IllegalStateException e) {
            System.out.println("onExit of ourselves: " + e.getMessage());
        }
        System.out.println("current: alive " + me.isAlive() + ", pid positive " + (me.pid() > 0) + ", parent present "
                + me.parent().isPresent() + ", equals itself " + me.equals(ProcessHandle.current())
                + ", of(-1) " + ProcessHandle.of(-1) + ", all processes include us " + ProcessHandle.allProcesses()
                .anyMatch(me::equals));

        // Descriptors the VM has open (a directory stream, a file) are not the child's.
        try (var dirs = Files.newDirectoryStream(ROOT.toPath()); InputStream in = Files.newInputStream(big.toPath())) {
            System.out.println("the child's descriptors: " + sh("cd /proc/$$/fd && echo *"));
        }

        cannotRun(new ProcessBuilder("no-such-program-gojvm"));
        cannotRun(new ProcessBuilder("no/such/program"));
        cannotRun(new ProcessBuilder("echo", "x").directory(new File(ROOT, "missing")));
        cannotRun(new ProcessBuilder(new File(ROOT, "marker.txt").getPath()));
        cannotRun(new ProcessBuilder(ROOT.getPath()));
        cannotRun(new ProcessBuilder(""));
        try {
            new ProcessBuilder().start();
        } catch (IndexOutOfBoundsException e) {
            System.out.println("no command: " + e.getClass().getName());
        }
        try {
            new ProcessBuilder("echo", "nul\u0000byte").start();
        } catch (IOException e) {
            System.out.println(e.getMessage());
        }
        try {
            new ProcessBuilder("echo", null);
        } catch (NullPointerException e) {
            System.out.println("null argument: NullPointerException");
        }
        deleteTree(ROOT);
        System.out.println("cleaned up: " + !ROOT.exists());
    }
}
