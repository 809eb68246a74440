package io.loquent.dialect.postgres;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/** PostgreSQL for the contract suites: the test class's own schema on the local server, emptied before each test. */
record PostgresContractDatabase(TestDatabaseExtension db) implements ContractDatabase {
    @Override
    public String url(Path dir) {
        return db.database().url();
    }

    @Override
    public Connection connect(String url) throws Exception {
        return db.database().open();
    }

    @Override
    public List<String> dropTable(String table) {
        return List.of("DROP TABLE IF EXISTS \"" + table + "\" CASCADE");
    }
}
