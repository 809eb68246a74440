package io.loquent.core.lock;

import io.loquent.api.dialect.Dialect;
import io.loquent.testing.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API's lock row on PostgreSQL, with its dialect's DDL and quoting. */
class TableLockPostgresIT extends TableLockContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    Dialect dialect() {
        return new io.loquent.dialect.postgres.PostgresDialect();
    }

    @Override
    Connection open() throws SQLException {
        return DB.database().open();
    }
}
