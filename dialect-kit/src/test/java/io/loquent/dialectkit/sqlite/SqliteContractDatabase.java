package io.loquent.dialectkit.sqlite;

import io.loquent.dialectkit.ContractDatabase;
import java.nio.file.Path;

/** SQLite for the contract suites: a fresh database file in each test's folder, foreign keys enforced. */
final class SqliteContractDatabase implements ContractDatabase {
    static final SqliteContractDatabase INSTANCE = new SqliteContractDatabase();

    @Override
    public String url(Path dir) {
        return "jdbc:sqlite:" + dir.resolve("test.db") + "?foreign_keys=true";
    }
}
