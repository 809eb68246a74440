package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs killed with {@code kill -9} in the middle of a revision on MariaDB, where each statement commits on its own:
 * the next run says what the killed run had committed (and which statement it was running) and changes nothing, and
 * {@code --resume} runs the rest.
 */
class KillResumeIT {
    @RegisterExtension
    static final TestDatabaseExtension MYSQL = TestDatabaseExtension.mysql();

    @TempDir
    Path dir;

    /** A revision of three statements: a table, {@code middle} (which the test may make hang), and a table. */
    private TestDatabase project(String middle) throws Exception {
        TestDatabase db = MYSQL.database(); // one database for the class: each test starts from an empty one
        for (String table : List.of("first_half", "second_half", "loquent_version", "loquent_history",
                "loquent_snapshot")) {
            db.execute("DROP TABLE IF EXISTS " + table);
        }
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("1.java"), """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "k1", message = "two tables")
                public final class K1 implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.createTable("first_half", t -> t.column("id", integer().primaryKey()));
                        %s
                        op.createTable("second_half", t -> t.column("id", integer().primaryKey()));
                    }
                    @Override public void downgrade(Op op) {
                        op.dropTable("second_half");
                        op.dropTable("first_half");
                    }
                }
                """.formatted(middle));
        Files.writeString(dir.resolve("loquent.properties"), "url=" + db.url() + "\nscripts=migrations\n");
        assertThat(Processes.run(dir, "heads").exit()).isZero(); // compiles, so the kill below is mid-revision
        return db;
    }

    /** Starts {@code upgrade head} and kills it once the history row's detail holds {@code mark}. */
    private void killWhenTheHistorySays(TestDatabase db, String mark) throws Exception {
        Process run = Processes.start(dir, Map.of("LOQUENT_TEST_HANG", "1"), "upgrade", "head");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!detail(db).contains(mark)) {
            assertThat(System.nanoTime()).as("the run gets to '" + mark + "'").isLessThan(deadline);
            assertThat(run.isAlive()).as("the run is still running").isTrue();
            Thread.sleep(50);
        }
        run.destroyForcibly().waitFor();
    }

    @Test
    void aRunKilledBetweenTwoStatementsIsReportedThenResumed() throws Exception {
        TestDatabase db = project("""
                if (System.getenv("LOQUENT_TEST_HANG") != null) {
                            try { Thread.sleep(120_000); } catch (InterruptedException e) { throw new IllegalStateException(e); }
                        }""");
        killWhenTheHistorySays(db, "\n#1 ");

        CliRun refused = Processes.separately(dir, "upgrade", "head");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines().toList()).singleElement().asString()
                .startsWith("ERROR: revision k1 (migrations/1.java) did not finish when it last ran:")
                .contains("was interrupted (the process was killed or lost its connection) after 1 of its statements"
                        + " had committed: CREATE TABLE `first_half`")
                .doesNotContain("stopped while running")
                .contains("The version table is still at base")
                .contains("run the same command with --resume");
        assertThat(tables(db)).as("the refusal changes nothing").containsExactly("first_half", "loquent_history",
                "loquent_version");

        CliRun resumed = Processes.separately(dir, "upgrade", "head", "--resume");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.err()).startsWith("Running upgrade <base> -> k1, two tables (");
        assertThat(tables(db)).containsExactly("first_half", "loquent_history", "loquent_snapshot", "loquent_version",
                "second_half");
        assertThat(db.rows("select version_num from loquent_version")).containsExactly("k1");
        assertThat(db.rows("select direction, success from loquent_history order by id"))
                .containsExactly("up|0", "up|1");
    }

    /** Killed while a statement runs: nobody can tell whether the database committed it, and the report says so. */
    @Test
    void aRunKilledWhileAStatementRunsNamesThatStatement() throws Exception {
        TestDatabase db = project("op.execute(\"DO SLEEP(3)\");");
        killWhenTheHistorySays(db, "\n~2 ");

        CliRun refused = Processes.separately(dir, "upgrade", "head");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().lines().toList()).singleElement().asString()
                .contains("after 1 of its statements had committed: CREATE TABLE `first_half`")
                .contains(", and it stopped while running statement #2, which the database may or may not have"
                        + " committed: DO SLEEP(3) (--resume runs it again: check first)");

        CliRun resumed = Processes.separately(dir, "upgrade", "head", "--resume");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(tables(db)).containsExactly("first_half", "loquent_history", "loquent_snapshot", "loquent_version",
                "second_half");
        assertThat(db.rows("select version_num from loquent_version")).containsExactly("k1");
    }

    private static String detail(TestDatabase db) throws Exception {
        try {
            List<String> rows = db.rows("select detail from loquent_history order by id desc limit 1");
            return rows.isEmpty() ? "" : rows.get(0);
        } catch (java.sql.SQLException notYetCreated) {
            return "";
        }
    }

    private static List<String> tables(TestDatabase db) throws Exception {
        return db.rows("select table_name from information_schema.tables where table_schema = database() order by 1");
    }
}
