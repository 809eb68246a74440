package io.loquent.core.contract;

import java.sql.Connection;
import java.sql.DriverManager;

/** The contract on SQLite: a fresh database file per test. */
class SqliteMigrationTest extends MigrationContract {
    @Override
    String url() {
        return "jdbc:sqlite:" + dir.resolve("test.db") + "?foreign_keys=true";
    }

    @Override
    Connection connect() throws Exception {
        return DriverManager.getConnection(url());
    }

    @Override
    boolean enforcesLength() {
        return false;
    }

    @Override
    String outsideTransactionStatement() {
        return null;
    }

    @Override
    boolean transactionalDdl() {
        return true;
    }
}
