package io.loquent.dialect.postgres;

import io.loquent.dialectkit.TableLockContract;

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
    protected Dialect dialect() {
        return new PostgresDialect();
    }

    @Override
    protected Connection open() throws SQLException {
        return DB.database().open();
    }
}
