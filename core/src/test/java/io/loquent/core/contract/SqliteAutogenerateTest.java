package io.loquent.core.contract;

import java.sql.Connection;
import java.sql.DriverManager;

/** Autogenerate on SQLite: a fresh database file per test. */
class SqliteAutogenerateTest extends AutogenerateContract {
    @Override
    String url() {
        return "jdbc:sqlite:" + dir.resolve("test.db") + "?foreign_keys=true";
    }

    @Override
    Connection connect() throws Exception {
        return DriverManager.getConnection(url());
    }
}
