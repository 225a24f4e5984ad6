// A toy JDBC driver for the JdbcDemo test (jars/toydb.jar): DriverManager finds it through
// META-INF/services/java.sql.Driver. Connections, statements and result sets are proxies
// over a fixed in-memory table; statements fail with the SQLException subclasses a real
// driver throws (syntax, timeout, integrity, batch, chained next exceptions, warnings).
package toydb;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;

public class ToyDriver implements Driver {
    static final String PREFIX = "jdbc:toy:";
    static final Object[][] ROWS = {
        {1, "ada", 36.5},
        {2, "grace", 85.25},
        {3, "linus", 54.0},
    };

    static {
        try {
            DriverManager.registerDriver(new ToyDriver()); // as every JDBC driver does
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null; // DriverManager asks the next driver
        }
        String db = url.substring(PREFIX.length());
        if (db.equals("down")) {
            throw new SQLNonTransientConnectionException("database " + db + " is down", "08006", 17);
        }
        boolean[] closed = {false};
        InvocationHandler h = (proxy, m, args) -> {
            switch (m.getName()) {
                case "createStatement":
                    return statement(db);
                case "getCatalog":
                    return db;
                case "isClosed":
                    return closed[0];
                case "close":
                    closed[0] = true;
                    if (db.equals("leaky")) {
                        throw new SQLException("close failed: leaked statements", "HY000", 99);
                    }
                    return null;
                case "toString":
                    return "ToyConnection[" + db + "]";
                default:
                    throw new SQLFeatureNotSupportedException("Connection." + m.getName());
            }
        };
        return (Connection) Proxy.newProxyInstance(ToyDriver.class.getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    static Statement statement(String db) {
        SQLWarning[] warnings = {null};
        InvocationHandler h = (proxy, m, args) -> {
            switch (m.getName()) {
                case "executeQuery":
                    String sql = (String) args[0];
                    if (!sql.startsWith("SELECT")) {
                        throw new SQLSyntaxErrorException("not a query: " + sql, "42000", 1064);
                    }
                    SQLWarning w = new SQLWarning("rows truncated", "01004", 1);
                    w.setNextWarning(new SQLWarning("slow query", "01000", 2));
                    warnings[0] = w;
                    return resultSet();
                case "executeUpdate":
                    return update((String) args[0]);
                case "getWarnings":
                    return warnings[0];
                case "close":
                    return null;
                default:
                    throw new SQLFeatureNotSupportedException("Statement." + m.getName());
            }
        };
        return (Statement) Proxy.newProxyInstance(ToyDriver.class.getClassLoader(), new Class<?>[] {Statement.class}, h);
    }

    static int update(String sql) throws SQLException {
        switch (sql) {
            case "BAD SQL": {
                SQLException e = new SQLSyntaxErrorException("syntax error near 'BAD'", "42000", 1064);
                e.setNextException(new SQLException("statement 1 rolled back", "40000", 1));
                e.getNextException().setNextException(new SQLException("transaction aborted", "40001", 2));
                throw e;
            }
            case "SLOW":
                throw new SQLTimeoutException("query timed out", "HYT00", 0, new InterruptedException("deadline"));
            case "DUPLICATE":
                throw new SQLIntegrityConstraintViolationException("duplicate key 'ada'", "23505");
            case "BATCH":
                throw new BatchUpdateException("batch failed at 3", "22001", 5, new int[] {1, 1, Statement.EXECUTE_FAILED});
            case "RUNTIME":
                throw new IllegalStateException("driver bug");
            default:
                return sql.length();
        }
    }

    static ResultSet resultSet() {
        int[] row = {-1};
        InvocationHandler h = (proxy, m, args) -> {
            switch (m.getName()) {
                case "next":
                    return ++row[0] < ROWS.length;
                case "getInt":
                    return (Integer) ROWS[row[0]][(Integer) args[0] - 1];
                case "getString":
                    if (args[0] instanceof String) {
                        if (!args[0].equals("name")) {
                            throw new SQLException("no column " + args[0], "42S22");
                        }
                        return ROWS[row[0]][1];
                    }
                    return String.valueOf(ROWS[row[0]][(Integer) args[0] - 1]);
                case "getDouble":
                    return (Double) ROWS[row[0]][(Integer) args[0] - 1];
                case "close":
                    return null;
                default:
                    throw new SQLFeatureNotSupportedException("ResultSet." + m.getName());
            }
        };
        return (ResultSet) Proxy.newProxyInstance(ToyDriver.class.getClassLoader(), new Class<?>[] {ResultSet.class}, h);
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        DriverPropertyInfo p = new DriverPropertyInfo("user", info.getProperty("user"));
        p.required = true;
        p.description = "the user name";
        return new DriverPropertyInfo[] {p};
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 2;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no logging");
    }
}
