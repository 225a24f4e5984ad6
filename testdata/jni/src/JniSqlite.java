import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.Function;

// Debian's SQLite JDBC driver (libxerial-sqlite-jdbc-java, whose native
// library libsqlitejdbc.so is a JNI library over the system's SQLite):
// tables, prepared statements of every type, transactions, errors, a
// function written in Java that SQLite calls back, and metadata.
public class JniSqlite {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            System.out.println("driver " + c.getMetaData().getDriverName());
            try (Statement s = c.createStatement()) {
                s.executeUpdate("create table t (id integer primary key, name text not null, score real, data blob, n integer)");
            }
            try (PreparedStatement p = c.prepareStatement("insert into t (name, score, data, n) values (?, ?, ?, ?)")) {
                String[] names = {"alpha", "b\u00e9ta", "\u03b3\u03ac\u03bc\u03bc\u03b1", "\ud83d\ude00 smile", "x'quote"};
                for (int i = 0; i < names.length; i++) {
                    p.setString(1, names[i]);
                    p.setDouble(2, i * 1.5 - 2);
                    p.setBytes(3, new byte[] {(byte) i, (byte) -i, 0x7f});
                    if (i == 2) {
                        p.setNull(4, java.sql.Types.INTEGER);
                    } else {
                        p.setLong(4, (1L << 40) * i);
                    }
                    p.addBatch();
                }
                int[] counts = p.executeBatch();
                System.out.println("batch " + java.util.Arrays.toString(counts));
            }
            query(c, "select id, name, score, hex(data), n, length(name) from t order by id");
            query(c, "select count(*), sum(score), avg(score), max(name), group_concat(id, '-') from t");
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("delete from t where id > 2");
                query(c, "select count(*) from t");
                c.rollback();
                query(c, "select count(*) from t");
                s.executeUpdate("update t set score = score * 10 where id = 1");
                c.commit();
            }
            c.setAutoCommit(true);
            query(c, "select score from t where id = 1");
            Function.create(c, "twice", new Function() {
                @Override
                protected void xFunc() throws SQLException {
                    if (args() != 1) {
                        throw new SQLException("twice takes one argument");
                    }
                    result(value_text(0) + value_text(0));
                }
            });
            query(c, "select twice(name) from t order by id limit 3");
            try (Statement s = c.createStatement()) {
                s.executeQuery("select twice(1, 2)");
            } catch (SQLException e) {
                System.out.println("error: " + e.getMessage() + " code " + e.getErrorCode());
            }
            for (String bad : new String[] {"select * from nowhere", "insert into t (id, name) values (1, 'dup')",
                    "insert into t (name) values (null)", "selec 1"}) {
                try (Statement s = c.createStatement()) {
                    s.execute(bad);
                } catch (SQLException e) {
                    System.out.println("error: " + e.getMessage() + " code " + e.getErrorCode());
                }
            }
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getColumns(null, null, "t", null)) {
                while (rs.next()) {
                    System.out.println("column " + rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME")
                            + " nullable " + rs.getInt("NULLABLE"));
                }
            }
            try (PreparedStatement p = c.prepareStatement("select name from t where score > ? order by score desc")) {
                p.setDouble(1, 0);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        System.out.println("score > 0: " + rs.getString(1));
                    }
                }
            }
        }
    }

    static void query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            StringBuilder b = new StringBuilder(sql).append(":");
            while (rs.next()) {
                b.append("\n ");
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    b.append(" ").append(md.getColumnLabel(i)).append("=").append(rs.getString(i));
                }
            }
            System.out.println(b);
        }
    }
}
