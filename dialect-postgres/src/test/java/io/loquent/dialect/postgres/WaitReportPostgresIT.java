package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.core.Loquent;
import io.loquent.core.MigrationListener;
import io.loquent.core.MigrationResult;
import io.loquent.core.StepResult;
import io.loquent.dialectkit.RevisionFiles;
import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose statement waits on another session's lock (here an open transaction; in the field often a killed run's
 * statement still executing on the server) says who holds it, instead of hanging without a word.
 */
class WaitReportPostgresIT {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @TempDir
    Path dir;

    @Test
    void aStatementBlockedByAnotherSessionSaysWhoHoldsTheLock() throws Exception {
        TestDatabase db = DB.database();
        db.execute("CREATE TABLE waited (a INTEGER)");
        Path scripts = dir.resolve("migrations");
        RevisionFiles.write(scripts, "1.java", "w1", null, "op.addColumn(\"waited\", \"b\", integer());", "");
        List<String> heard = new CopyOnWriteArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void statementWaiting(String blockers) {
                heard.add(blockers);
            }
        };
        try (Connection holder = db.open()) {
            int holderPid;
            try (ResultSet rs = holder.createStatement().executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                holderPid = rs.getInt(1);
            }
            holder.setAutoCommit(false);
            holder.createStatement().execute("LOCK TABLE waited IN ACCESS EXCLUSIVE MODE");
            CompletableFuture<MigrationResult> run = CompletableFuture.supplyAsync(() -> Loquent.configure()
                    .url(db.url()).scripts(scripts).listener(listener).load().upgrade("head"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (heard.isEmpty()) {
                assertThat(System.nanoTime()).as("the blocked run reports its wait").isLessThan(deadline);
                assertThat(run).as("the run waits for the lock").isNotDone();
                Thread.sleep(100);
            }
            assertThat(heard.get(0)).contains("waits for a lock held by backend " + holderPid + " (user ")
                    .contains("idle in transaction")
                    .contains("LOCK TABLE waited IN ACCESS EXCLUSIVE MODE")
                    .endsWith("SELECT pg_cancel_backend(" + holderPid + ") (pg_terminate_backend ends the session)");
            holder.commit();
            assertThat(run.get(60, TimeUnit.SECONDS)).extracting(StepResult::revision).containsExactly("w1");
        }
        assertThat(db.rows("select column_name from information_schema.columns where table_schema = ?"
                + " and table_name = 'waited' order by ordinal_position", db.name())).containsExactly("a", "b");
    }
}
