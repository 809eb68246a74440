package io.loquent.testkit;

import io.loquent.testing.TestDatabaseExtension;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The kit on MariaDB or MySQL: a database of the class's own, emptied after each test. */
class MariaDbMigrationTestsIT extends MigrationTestsContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @Override
    String url() {
        return DB.database().url();
    }

    @AfterEach
    void empty() throws SQLException {
        String database = '`' + DB.database().name() + '`';
        DB.database().execute("DROP DATABASE " + database);
        DB.database().execute("CREATE DATABASE " + database);
        DB.database().execute("USE " + database);
    }
}
