package io.loquent.core.contract;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The comparison contract on SQLite: a fresh database file per test. */
class SqliteComparisonTest extends ComparisonContract {
    @TempDir
    Path dir;

    @Override
    String url() {
        return "jdbc:sqlite:" + dir.resolve("test.db");
    }

    @Override
    Connection connect() throws Exception {
        return DriverManager.getConnection(url());
    }

    /** A UUID column is a VARCHAR(36) to SQLite, so its default is the UUID's text. */
    @Override
    Map<String, DefaultValue> defaultsReadBackAs() {
        return Map.of("u_lit", new DefaultValue.Literal("123e4567-e89b-12d3-a456-426614174000"));
    }

    /** SQLite's rowid alias must be declared INTEGER. */
    @Override
    ColumnType autoIncrementType(ColumnType declared) {
        return ColumnType.of(ColumnType.Kind.INTEGER);
    }

    /** An INTEGER PRIMARY KEY is SQLite's rowid alias, which numbers rows whatever the DSL said. */
    @Override
    boolean manualIntegerKeyAutoIncrements() {
        return true;
    }

    @Override
    boolean hasSequences() {
        return false;
    }
}
