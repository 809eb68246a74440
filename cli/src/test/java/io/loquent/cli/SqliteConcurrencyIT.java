package io.loquent.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConcurrencyScenarios} on a SQLite file (the lock is an OS lock on a file beside it). */
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

    /** Several processes compile the same scripts into an empty compile cache at once: all succeed. */
    @Test
    void coldCompileCacheRaceIsHarmless() throws Exception {
        Processes.writeChain(dir.resolve("migrations"), 20);
        java.nio.file.Files.writeString(dir.resolve("loquent.properties"),
                "url=jdbc:sqlite:" + dir.resolve("app.db") + "\nscripts=migrations\n");
        java.util.List<Process> running = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            running.add(Processes.start(dir, java.util.Map.of(), "heads"));
        }
        for (Process p : running) {
            Processes.Outcome outcome = Processes.finish(p);
            org.assertj.core.api.Assertions.assertThat(outcome.exit()).as(outcome.output()).isZero();
            org.assertj.core.api.Assertions.assertThat(outcome.output()).endsWith("c020 (head)\n");
        }
    }

    @Test
    void killedRunLeavesNoLockOnSqlite() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        try (Connection check = DriverManager.getConnection(url)) {
            // Each revision commits on its own: the killed run keeps the four it finished, and the next goes on.
            ConcurrencyScenarios.killedHolderLeavesNoLock(dir, url, check);
        }
    }
}
