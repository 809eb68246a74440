package io.loquent.dialect.mysql;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.DataMigrationContract;
import io.loquent.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Data migrations on MySQL/MariaDB: a fresh database for the class, emptied before each test. */
class MySqlDataMigrationIT extends DataMigrationContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @Override
    protected ContractDatabase database() {
        return new MySqlContractDatabase(DB);
    }
}
