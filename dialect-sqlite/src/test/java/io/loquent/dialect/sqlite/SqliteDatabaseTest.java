package io.loquent.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh in-memory SQLite database per test, with the catalogue queries the rebuild tests share. */
abstract class SqliteDatabaseTest {
    protected final SqliteDialect dialect = new SqliteDialect();
    protected Connection connection;
    protected Migrator migrator;

    @BeforeEach
    void openDatabase() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        migrator = new Migrator(connection);
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        connection.close();
    }

    protected void execute(String... statements) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    /** Every row of a query, each value as a string (null for NULL). */
    protected List<List<String>> rows(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The first column of a query's rows. */
    protected List<String> column(String sql) throws SQLException {
        return rows(sql).stream().map(r -> r.get(0)).toList();
    }

    protected String single(String sql) throws SQLException {
        return column(sql).get(0);
    }

    protected String tableSql(String table) throws SQLException {
        return single("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'");
    }

    /** The whole schema as SQLite keeps it, to show that a failed change left nothing behind. */
    protected List<List<String>> schema() throws SQLException {
        return rows("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");
    }

    /** The database passes PRAGMA integrity_check and foreign_key_check, and no scratch table is left. */
    protected void assertHealthy() throws SQLException {
        assertThat(column("PRAGMA integrity_check")).containsExactly("ok");
        assertThat(rows("PRAGMA foreign_key_check")).isEmpty();
        assertThat(column("SELECT name FROM sqlite_master WHERE name LIKE '%loquent%'")).isEmpty();
    }
}
