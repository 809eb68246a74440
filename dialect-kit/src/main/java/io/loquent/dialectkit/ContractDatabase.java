package io.loquent.dialectkit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

/**
 * The database a dialect's tests supply to the suites: written once per dialect and returned by each suite's
 * {@link DatabaseContract#database()}. Either a fresh, empty database for each test (an embedded one, in the test's
 * own folder), or one database for a test class that the suite empties before each test with {@link #dropTable}.
 */
public interface ContractDatabase {
    /** The JDBC URL of the database for a test whose own folder is {@code dir}. */
    String url(Path dir) throws Exception;

    /** A new connection to {@code url}; by default through {@link DriverManager}. */
    default Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url);
    }

    /**
     * The statements that drop {@code table} whatever references it, for a database that the tests of a class share;
     * none (the default) for a fresh database per test.
     */
    default List<String> dropTable(String table) {
        return List.of();
    }
}
