package io.loquent.benchmarks;

import io.loquent.api.dialect.RenderContext;
import io.loquent.api.dialect.RunHooks;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.schema.ColumnType;
import io.loquent.dialect.sqlite.SqliteDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue #5's benchmark: rebuilding a 1,000,000-row SQLite table to change one column's type (name VARCHAR(50) to
 * VARCHAR(100)), through Loquent's SQLite dialect (reading the definition from the catalogue, checking, copying,
 * restoring the index) and through the hand-written twelve-step SQL that does the same rebuild, each over one JDBC
 * connection in one transaction. Each invocation starts from a fresh copy of the same database file.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(1)
public class RebuildBenchmark {
    @Param("1000000")
    public int rows;

    private Path template;
    private Path file;
    private Connection connection;

    @Setup(Level.Trial)
    public void createTemplate() throws Exception {
        template = Files.createTempFile("loquent-rebuild", ".db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + template); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("CREATE TABLE \"users\" (\"id\" INTEGER NOT NULL, \"name\" VARCHAR(50) NOT NULL,"
                    + " \"email\" VARCHAR(255), \"score\" INTEGER, \"created_at\" TIMESTAMP,"
                    + " CONSTRAINT \"pk_users\" PRIMARY KEY (\"id\"))");
            st.execute("CREATE INDEX \"ix_users_email\" ON \"users\" (\"email\")");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO users (name, email, score, created_at) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setString(1, "user " + i);
                    insert.setString(2, "user" + i + "@example.com");
                    insert.setInt(3, i % 1000);
                    insert.setString(4, "2024-01-01 00:00:00");
                    insert.addBatch();
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    @Setup(Level.Invocation)
    public void copy() throws IOException, SQLException {
        file = Files.createTempFile("loquent-rebuild-run", ".db");
        Files.copy(template, file, StandardCopyOption.REPLACE_EXISTING);
        connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** Outside the timing: both rebuilds must leave every row and the widened column. */
    @TearDown(Level.Invocation)
    public void verifyAndDelete() throws IOException, SQLException {
        try (Statement st = connection.createStatement();
             ResultSet count = st.executeQuery("SELECT count(*) FROM users")) {
            count.next();
            if (count.getLong(1) != rows) {
                throw new IllegalStateException("the rebuild lost rows: " + count.getLong(1) + " of " + rows);
            }
        }
        try (Statement st = connection.createStatement();
             ResultSet type = st.executeQuery("SELECT type FROM pragma_table_info('users') WHERE name = 'name'")) {
            if (!type.next() || !type.getString(1).equals("VARCHAR(100)")) {
                throw new IllegalStateException("the column was not widened");
            }
        }
        connection.close();
        Files.deleteIfExists(file);
    }

    @TearDown(Level.Trial)
    public void deleteTemplate() throws IOException {
        Files.deleteIfExists(template);
    }

    /** Through Loquent: the dialect reads the table and renders the rebuild; the statements run in one transaction. */
    @Benchmark
    public void loquent() throws SQLException {
        SqliteDialect dialect = new SqliteDialect();
        RenderContext context = RenderContext.online(connection);
        RunHooks hooks = dialect.runHooks(context);
        AlterColumn change = new AlterColumn("users", "name", new ColumnType(ColumnType.Kind.STRING, 100, null, null),
                null, null, null, null, null, null);
        try (Statement st = connection.createStatement()) {
            for (String sql : hooks.beforeRun()) {
                st.execute(sql);
            }
            connection.setAutoCommit(false);
            for (String sql : dialect.render(change, context)) {
                st.execute(sql);
            }
            hooks.verifyRevision("bench");
            connection.commit();
            connection.setAutoCommit(true);
            for (String sql : hooks.afterRun()) {
                st.execute(sql);
            }
        }
    }

    /** The same rebuild written by hand, following SQLite's documented procedure. */
    @Benchmark
    public void handWritten() throws SQLException {
        List<String> statements = List.of(
                "CREATE TABLE \"users_new\" (\"id\" INTEGER NOT NULL, \"name\" VARCHAR(100) NOT NULL,"
                        + " \"email\" VARCHAR(255), \"score\" INTEGER, \"created_at\" TIMESTAMP,"
                        + " CONSTRAINT \"pk_users\" PRIMARY KEY (\"id\"))",
                "INSERT INTO \"users_new\" (\"id\", \"name\", \"email\", \"score\", \"created_at\")"
                        + " SELECT \"id\", \"name\", \"email\", \"score\", \"created_at\" FROM \"users\"",
                "DROP TABLE \"users\"",
                "ALTER TABLE \"users_new\" RENAME TO \"users\"",
                "CREATE INDEX \"ix_users_email\" ON \"users\" (\"email\")");
        try (Statement st = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String sql : statements) {
                st.execute(sql);
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
    }
}
