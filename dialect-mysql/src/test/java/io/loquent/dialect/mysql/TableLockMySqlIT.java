package io.loquent.dialect.mysql;

import io.loquent.dialectkit.TableLockContract;

import io.loquent.api.dialect.Dialect;
import io.loquent.testing.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API's lock row on MariaDB and MySQL, with its dialect's DDL and quoting. */
class TableLockMySqlIT extends TableLockContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @Override
    protected Dialect dialect() {
        return new MySqlDialect();
    }

    @Override
    protected Connection open() throws SQLException {
        return DB.database().open();
    }
}
