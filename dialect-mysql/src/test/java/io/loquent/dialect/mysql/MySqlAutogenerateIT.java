package io.loquent.dialect.mysql;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.AutogenerateContract;
import io.loquent.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Autogenerate on MariaDB or MySQL: a fresh database for the class, emptied before each test. */
class MySqlAutogenerateIT extends AutogenerateContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @Override
    protected ContractDatabase database() {
        return new MySqlContractDatabase(DB);
    }
}
