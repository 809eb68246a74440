package io.loquent.cli;

import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConcurrencyScenarios} on PostgreSQL (advisory lock) and MySQL/MariaDB (GET_LOCK). */
class ServerConcurrencyIT {
    @RegisterExtension
    static final TestDatabaseExtension POSTGRES = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension MYSQL = TestDatabaseExtension.mysql();

    @TempDir
    Path dir;

    @Test
    void eightProcessesOnPostgres() throws Exception {
        TestDatabase db = POSTGRES.database();
        try (Connection check = db.open()) {
            ConcurrencyScenarios.eightAtOnce(dir, db.url(), check);
        }
    }

    @Test
    void eightProcessesOnMySql() throws Exception {
        TestDatabase db = MYSQL.database();
        try (Connection check = db.open()) {
            ConcurrencyScenarios.eightAtOnce(dir, db.url(), check);
        }
    }

    @Test
    void killedRunLeavesNoLockOnPostgres() throws Exception {
        TestDatabase db = POSTGRES.database();
        try (Connection check = db.open()) {
            ConcurrencyScenarios.killedHolderLeavesNoLock(dir, db.url(), check);
        }
    }

    @Test
    void killedRunLeavesNoLockOnMySql() throws Exception {
        TestDatabase db = MYSQL.database();
        try (Connection check = db.open()) {
            ConcurrencyScenarios.killedHolderLeavesNoLock(dir, db.url(), check);
        }
    }
}
