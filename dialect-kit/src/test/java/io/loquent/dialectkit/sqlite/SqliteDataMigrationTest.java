package io.loquent.dialectkit.sqlite;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.DataMigrationContract;

/** Data migrations on SQLite: a fresh database file per test. */
class SqliteDataMigrationTest extends DataMigrationContract {
    @Override
    protected ContractDatabase database() {
        return SqliteContractDatabase.INSTANCE;
    }
}
