package io.loquent.core.lock;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.TableLock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API's lock row on a SQLite file, through a third-party dialect's SQL. */
class TableLockTest extends TableLockContract {
    @TempDir
    static Path dir;

    @Override
    Dialect dialect() {
        return new ThirdPartySqlite.RowLocked();
    }

    @Override
    Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.db"));
    }

    @Test
    void staleAfterMustSpanThreeHeartbeats() {
        assertThatThrownBy(() -> new TableLock.Settings("t", Duration.ofSeconds(5), Duration.ofSeconds(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least three heartbeats");
    }
}
