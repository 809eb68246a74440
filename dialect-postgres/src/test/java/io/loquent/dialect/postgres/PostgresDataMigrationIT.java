package io.loquent.dialect.postgres;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.DataMigrationContract;
import io.loquent.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Data migrations on PostgreSQL: a fresh schema for the class, emptied before each test. */
class PostgresDataMigrationIT extends DataMigrationContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    protected ContractDatabase database() {
        return new PostgresContractDatabase(DB);
    }
}
