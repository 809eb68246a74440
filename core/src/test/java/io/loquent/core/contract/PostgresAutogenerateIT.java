package io.loquent.core.contract;

import io.loquent.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Autogenerate on PostgreSQL: a fresh schema for the class, emptied before each test. */
class PostgresAutogenerateIT extends ServerAutogenerateContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    TestDatabaseExtension db() {
        return DB;
    }

    @Override
    String[] dropTable(String table) {
        return new String[] {"DROP TABLE IF EXISTS \"" + table + "\" CASCADE"};
    }
}
