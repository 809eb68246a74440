package io.loquent.testkit;

import io.loquent.testing.TestDatabaseExtension;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The kit on PostgreSQL: a schema of the class's own, emptied after each test. */
class PostgresMigrationTestsIT extends MigrationTestsContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    String url() {
        return DB.database().url();
    }

    @AfterEach
    void empty() throws SQLException {
        String schema = '"' + DB.database().name() + '"';
        DB.database().execute("DROP SCHEMA " + schema + " CASCADE");
        DB.database().execute("CREATE SCHEMA " + schema);
    }
}
