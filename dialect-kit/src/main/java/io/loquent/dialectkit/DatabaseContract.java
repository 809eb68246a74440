package io.loquent.dialectkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.schema.Schema;
import io.loquent.core.Loquent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every suite of the kit needs from the database under test, and reads back from it. A dialect's test class
 * extends one of the suites and returns its {@link ContractDatabase} from {@link #database()}.
 */
public abstract class DatabaseContract {
    /** Loquent's own tables, left out of every schema the suites compare. */
    protected static final Set<String> LOQUENT_TABLES = Set.of("loquent_version", "loquent_history",
            "loquent_snapshot");

    /** A folder of the test's own, for revision files and embedded database files. */
    @TempDir
    protected Path dir;

    /** The database under test, as the dialect's tests supply it. */
    protected abstract ContractDatabase database();

    /** The JDBC URL of the database under test, empty when the test starts. */
    protected String url() throws Exception {
        return database().url(dir);
    }

    /** A new connection to {@link #url()}. */
    protected Connection connect() throws Exception {
        return database().connect(url());
    }

    /**
     * Empties a database that the tests of a class share: its views, then table by table
     * ({@link ContractDatabase#dropTable}).
     */
    protected void clean() throws Exception {
        try (Connection c = connect(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%",
                new String[] {"VIEW"})) {
            List<String> views = new ArrayList<>();
            while (rs.next()) {
                views.add(rs.getString("TABLE_NAME"));
            }
            for (String view : views) {
                sql("DROP VIEW IF EXISTS " + dialect().quote(view));
            }
        }
        for (String table : tables()) {
            List<String> drop = database().dropTable(table);
            if (!drop.isEmpty()) {
                sql(drop.toArray(String[]::new));
            }
        }
    }

    /**
     * Tables the dialect keeps for itself, such as the lock table of a database without advisory locks: left out,
     * with Loquent's own, of every schema the suites compare. None by default.
     */
    protected Set<String> dialectTables() {
        return Set.of();
    }

    /** Loquent's own tables and {@link #dialectTables()}. */
    protected final Set<String> ownTables() {
        Set<String> own = new java.util.HashSet<>(LOQUENT_TABLES);
        own.addAll(dialectTables());
        return own;
    }

    /**
     * Whether the dialect reads the schema back from the catalogue ({@link Dialect#reflect}); true by default. A
     * dialect without reflection still runs every revision, but autogenerate, drift checks and the tests that compare
     * what was built with what was declared need it: declaring false makes those tests assert the dialect's refusal
     * instead.
     */
    protected boolean reflects() {
        return true;
    }

    @BeforeEach
    void emptyTheDatabase() throws Exception {
        clean();
    }

    /** The dialect that Loquent finds for {@link #url()} through {@link java.util.ServiceLoader}, as users' runs do. */
    protected Dialect dialect() throws Exception {
        return Loquent.configure().url(url()).scriptClasses().load().dialect();
    }

    /** The schema the database holds, {@link #ownTables()} left out, read by the dialect. */
    protected Schema reflect() throws Exception {
        try (Connection c = connect()) {
            return dialect().reflect(c, ownTables());
        }
    }

    /**
     * Whether to go on with a test that reads the schema back: true where the dialect {@link #reflects()}; where it
     * does not, asserts that it says so (a {@link NotSupportedException} naming it) and returns false.
     */
    protected boolean reflectsOrRefuses() throws Exception {
        if (reflects()) {
            return true;
        }
        Dialect dialect = dialect();
        try (Connection c = connect()) {
            assertThatThrownBy(() -> dialect.reflect(c, LOQUENT_TABLES)).as("a dialect declared without reflection")
                    .isInstanceOf(NotSupportedException.class).hasMessageContaining(dialect.name());
        }
        return false;
    }

    /** Runs {@code statements} in order, in autocommit mode. */
    protected void sql(String... statements) throws Exception {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String statement : statements) {
                st.execute(statement);
            }
        }
    }

    /** The rows of {@code sql}, each as its columns joined by {@code |}. */
    protected List<String> rows(String sql) throws Exception {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }

    /** The tables of the database, Loquent's own included, as JDBC metadata lists them. */
    protected TreeSet<String> tables() throws Exception {
        try (Connection c = connect(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%",
                new String[] {"TABLE"})) {
            TreeSet<String> names = new TreeSet<>();
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
            return names;
        }
    }

    /** The columns of {@code table} in order, lower case, as JDBC metadata lists them. */
    protected List<String> columns(String table) throws Exception {
        try (Connection c = connect()) {
            DatabaseMetaData md = c.getMetaData();
            List<String> result = new ArrayList<>();
            try (ResultSet rs = md.getColumns(c.getCatalog(), c.getSchema(), table, null)) {
                while (rs.next()) {
                    result.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return result;
        }
    }
}
