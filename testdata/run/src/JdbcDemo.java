// JDBC error handling with a driver of our own (jars/toydb.jar, found by DriverManager
// through META-INF/services): catch clauses of java.sql exception classes, which the
// platform class loader defines (SQLException and its subclasses, caught by their own
// class, by a superclass and in multi-catch), chains of next exceptions and warnings,
// suppressed exceptions from try-with-resources, DriverManager's own errors, a second
// driver registered by hand, and an SQLException that ends the program uncaught.
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collections;
import java.util.Properties;
import java.util.logging.Logger;

public class JdbcDemo {
    static void describe(String what, SQLException e) {
        System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage()
                + " [state " + e.getSQLState() + ", code " + e.getErrorCode() + "]");
    }

    // A driver registered by hand, for URLs the toy driver refuses.
    static class EchoDriver implements Driver {
        public Connection connect(String url, Properties info) throws SQLException {
            if (!acceptsURL(url)) {
                return null;
            }
            throw new SQLClientInfoException("echo driver has no connections: " + url, Collections.emptyMap());
        }

        public boolean acceptsURL(String url) {
            return url.startsWith("jdbc:echo:");
        }

        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
            return new DriverPropertyInfo[0];
        }

        public int getMajorVersion() {
            return 0;
        }

        public int getMinorVersion() {
            return 1;
        }

        public boolean jdbcCompliant() {
            return false;
        }

        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }
    }

    public static void main(String[] args) throws Exception {
        for (Driver d : Collections.list(DriverManager.getDrivers())) {
            System.out.println("driver " + d.getClass().getName() + " " + d.getMajorVersion() + "." + d.getMinorVersion()
                    + " compliant " + d.jdbcCompliant());
        }
        Driver toy = DriverManager.getDriver("jdbc:toy:mem");
        DriverPropertyInfo[] props = toy.getPropertyInfo("jdbc:toy:mem", new Properties());
        System.out.println("property " + props[0].name + " required " + props[0].required + ": " + props[0].description);

        try (Connection c = DriverManager.getConnection("jdbc:toy:mem");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, score FROM people")) {
            System.out.println("connected to " + c.getCatalog() + ": " + c);
            while (rs.next()) {
                System.out.printf("%d %-6s %6.2f%n", rs.getInt(1), rs.getString("name"), rs.getDouble(3));
            }
            for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
                describe("warning", w);
            }
            try {
                rs.getString("missing");
            } catch (SQLException e) {
                describe("no such column", e);
            }

            try {
                s.executeUpdate("BAD SQL");
            } catch (SQLSyntaxErrorException e) {
                describe("caught as SQLSyntaxErrorException", e);
                for (SQLException n = e.getNextException(); n != null; n = n.getNextException()) {
                    describe("  next", n);
                }
                int i = 0;
                for (Throwable t : e) {
                    System.out.println("  iterated " + (i++) + ": " + t.getMessage());
                }
            }
            try {
                s.executeUpdate("SLOW");
            } catch (SQLTransientException e) {
                describe("caught as SQLTransientException", e);
                System.out.println("  timeout " + (e instanceof SQLTimeoutException) + ", cause " + e.getCause());
            }
            try {
                s.executeUpdate("DUPLICATE");
            } catch (SQLTimeoutException | SQLIntegrityConstraintViolationException e) {
                describe("caught in multi-catch", e);
            }
            try {
                s.executeUpdate("BATCH");
            } catch (SQLNonTransientException e) {
                describe("caught as SQLNonTransientException", e);
            } catch (SQLException e) {
                BatchUpdateException b = (BatchUpdateException) e;
                describe("caught as SQLException", b);
                System.out.println("  update counts " + Arrays.toString(b.getUpdateCounts()));
            }
            try {
                s.executeQuery("DELETE FROM people");
            } catch (SQLNonTransientException e) {
                describe("caught as SQLNonTransientException", e);
            }
            try {
                c.setAutoCommit(false);
            } catch (SQLFeatureNotSupportedException e) {
                describe("unsupported", e);
            }
            try {
                s.executeUpdate("RUNTIME");
            } catch (SQLException e) {
                System.out.println("wrong: caught " + e);
            } catch (RuntimeException e) {
                System.out.println("runtime exception from the driver: " + e.getMessage());
            }
            System.out.println("update count " + s.executeUpdate("UPDATE people SET score = 0"));
        }

        try (Connection c = DriverManager.getConnection("jdbc:toy:leaky")) {
            System.out.println("leaky open: closed " + c.isClosed());
            throw new SQLSyntaxErrorException("while working", "42000");
        } catch (SQLSyntaxErrorException e) {
            describe("primary", e);
            for (Throwable s : e.getSuppressed()) {
                describe("  suppressed", (SQLException) s);
            }
        }

        try {
            DriverManager.getConnection("jdbc:toy:down");
        } catch (SQLException e) {
            describe("connect to down", e);
        }
        try {
            DriverManager.getConnection("jdbc:nothing:x", "user", "pw");
        } catch (SQLException e) {
            describe("no driver", e);
        }
        try {
            DriverManager.getDriver("jdbc:echo:1");
        } catch (SQLException e) {
            describe("getDriver before registering", e);
        }

        EchoDriver echo = new EchoDriver();
        DriverManager.registerDriver(echo);
        try {
            DriverManager.getConnection("jdbc:echo:db");
        } catch (SQLClientInfoException e) {
            describe("echo", e);
        }
        DriverManager.deregisterDriver(echo);
        System.out.println("drivers after deregistering: " + Collections.list(DriverManager.getDrivers()).size());

        StringWriter log = new StringWriter();
        DriverManager.setLogWriter(new PrintWriter(log));
        DriverManager.println("a line for the log writer");
        DriverManager.setLogWriter(null);
        System.out.print("log writer got: " + log);

        Timestamp ts = Timestamp.valueOf("2024-02-29 13:45:10.123456789");
        System.out.println("timestamp " + ts + " nanos " + ts.getNanos() + ", date " + java.sql.Date.valueOf("2024-02-29")
                + ", time " + java.sql.Time.valueOf("23:59:58"));

        SQLException chain = new SQLException("outer", "S1000", 3, new SQLException("inner", "S1001"));
        throw chain;
    }
}
