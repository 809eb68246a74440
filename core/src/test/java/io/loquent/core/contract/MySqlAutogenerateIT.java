package io.loquent.core.contract;

import io.loquent.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Autogenerate on MariaDB or MySQL: a fresh database for the class, emptied before each test. */
class MySqlAutogenerateIT extends ServerAutogenerateContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @Override
    TestDatabaseExtension db() {
        return DB;
    }

    @Override
    String[] dropTable(String table) {
        return new String[] {"SET FOREIGN_KEY_CHECKS = 0", "DROP TABLE IF EXISTS `" + table + "`"};
    }
}
