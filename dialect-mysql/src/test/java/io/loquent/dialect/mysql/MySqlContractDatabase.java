package io.loquent.dialect.mysql;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/** MariaDB or MySQL for the contract suites: the test class's own database on the server, emptied before each test. */
record MySqlContractDatabase(TestDatabaseExtension db) implements ContractDatabase {
    @Override
    public String url(Path dir) {
        return db.database().url();
    }

    @Override
    public Connection connect(String url) throws Exception {
        return db.database().open();
    }

    /** The checks are off for this session only, so that a table goes whatever references it. */
    @Override
    public List<String> dropTable(String table) {
        return List.of("SET FOREIGN_KEY_CHECKS = 0", "DROP TABLE IF EXISTS `" + table + "`");
    }
}
