package io.loquent.dialect.postgres;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.AutogenerateContract;
import io.loquent.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Autogenerate on PostgreSQL: a fresh schema for the class, emptied before each test. */
class PostgresAutogenerateIT extends AutogenerateContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    protected ContractDatabase database() {
        return new PostgresContractDatabase(DB);
    }
}
