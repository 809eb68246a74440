package io.loquent.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConcurrencyScenarios} on a SQLite file (the lock is the run's exclusive transaction). */
class SqliteConcurrencyIT {
    @TempDir
    Path dir;

    @Test
    void eightProcessesOnSqlite() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        try (Connection check = DriverManager.getConnection(url)) {
            ConcurrencyScenarios.eightAtOnce(dir, url, check);
        }
    }

    @Test
    void killedRunLeavesNoLockOnSqlite() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        try (Connection check = DriverManager.getConnection(url)) {
            ConcurrencyScenarios.killedHolderLeavesNoLockSqlite(dir, url, check);
        }
    }
}
