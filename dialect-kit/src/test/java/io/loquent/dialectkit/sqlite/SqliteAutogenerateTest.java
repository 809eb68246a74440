package io.loquent.dialectkit.sqlite;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.AutogenerateContract;

/** Autogenerate on SQLite: a fresh database file per test. */
class SqliteAutogenerateTest extends AutogenerateContract {
    @Override
    protected ContractDatabase database() {
        return SqliteContractDatabase.INSTANCE;
    }

    @Override
    protected String url() {
        return "jdbc:sqlite:" + dir.resolve("test.db") + "?foreign_keys=true";
    }
}
