// java.util.logging on the console, whose SimpleFormatter finds the logging method through
// StackWalker: the default ConsoleHandler (stderr) with the format given by
// -Djava.util.logging.SimpleFormatter.format (no date), levels and their inheritance,
// parameters, thrown exceptions, logp/entering/exiting, a handler on System.out with a
// formatter of our own, a filter, loggers called from a nested class, a lambda and a
// method reference, System.Logger (System.getLogger), and the global, root and anonymous
// loggers.
import java.io.IOException;
import java.util.logging.ConsoleHandler;
import java.util.logging.Filter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import java.util.function.Consumer;

public class JulLogging {
    static final Logger LOG = Logger.getLogger("demo.app");

    static class Worker {
        void work(int n) {
            LOG.info("worker got " + n);
            LOG.log(Level.WARNING, "item {0} of {1} is odd", new Object[] {n, 10});
        }
    }

    static void fail() throws IOException {
        throw new IOException("disk full");
    }

    public static void main(String[] args) {
        LOG.info("starting");
        LOG.fine("not shown: FINE is below the root's INFO");
        LOG.severe("something bad");
        new Worker().work(3);
        try {
            fail();
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "could not write", e);
        }
        Runnable r = () -> LOG.warning("from a lambda");
        r.run();
        Consumer<String> ref = LOG::info;
        ref.accept("through a method reference");
        LOG.logp(Level.INFO, "Explicit", "method", "with an explicit source");
        LOG.log(Level.INFO, () -> "supplied lazily");

        Logger child = Logger.getLogger("demo.app.child");
        System.out.println("child level " + child.getLevel() + ", parent " + child.getParent().getName()
                + ", effective INFO loggable " + child.isLoggable(Level.INFO) + ", FINE " + child.isLoggable(Level.FINE));

        Handler out = new StreamHandler(System.out, new Formatter() {
            @Override
            public String format(LogRecord r) {
                return "OUT " + r.getLevel() + " " + r.getLoggerName() + " " + r.getSourceClassName() + "."
                        + r.getSourceMethodName() + " thread " + r.getLongThreadID() + ": " + formatMessage(r) + "\n";
            }
        }) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        out.setLevel(Level.ALL);
        child.addHandler(out);
        child.setUseParentHandlers(false);
        child.setLevel(Level.FINEST);
        child.fine("fine on the child");
        child.entering("JulLogging", "main", new Object[] {"a", 1});
        child.exiting("JulLogging", "main", "done");
        Filter noSecrets = rec -> !rec.getMessage().contains("secret");
        child.setFilter(noSecrets);
        child.info("public message");
        child.info("secret message");
        child.setFilter(null);
        child.log(Level.CONFIG, "param {0} and {1}", new Object[] {"x", 42});

        SimpleFormatter sf = new SimpleFormatter();
        LogRecord rec = new LogRecord(Level.WARNING, "formatted {0}");
        rec.setParameters(new Object[] {"by hand"});
        rec.setSourceClassName("Some");
        rec.setSourceMethodName("where");
        rec.setLoggerName("manual");
        System.out.print("SimpleFormatter: " + sf.format(rec));

        System.Logger sys = System.getLogger("demo.system");
        sys.log(System.Logger.Level.INFO, "System.Logger says {0}", "hi");
        sys.log(System.Logger.Level.DEBUG, "not shown");

        ConsoleHandler console = new ConsoleHandler();
        System.out.println("console handler level " + console.getLevel() + ", formatter "
                + console.getFormatter().getClass().getName() + ", encoding " + (console.getEncoding() != null));
        Logger.getGlobal().info("global logger");
        Logger.getLogger("").info("root logger");
        Logger anon = Logger.getAnonymousLogger();
        anon.info("anonymous logger");
    }
}
