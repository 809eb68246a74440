package io.loquent.dialectkit.sqlite;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.TableLock;
import io.loquent.dialect.sqlite.SqliteDialect;
import io.loquent.dialectkit.TableLockContract;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API's lock row on a SQLite file, with the SQLite dialect's DDL and quoting. */
class TableLockSqliteTest extends TableLockContract {
    @TempDir
    static Path dir;

    @Override
    protected Dialect dialect() {
        return new SqliteDialect();
    }

    @Override
    protected Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
    }

    @Test
    void staleAfterMustSpanThreeHeartbeats() {
        assertThatThrownBy(() -> new TableLock.Settings("t", Duration.ofSeconds(5), Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least three heartbeats");
    }
}
