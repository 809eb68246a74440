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
 * A run killed with {@code kill -9} between two statements of one revision on MariaDB, where the first has committed:
 * the next run says what the interrupted run had committed and changes nothing, and {@code --resume} runs the rest.
 */
class KillResumeIT {
    @RegisterExtension
    static final TestDatabaseExtension MYSQL = TestDatabaseExtension.mysql();

    @TempDir
    Path dir;

    @Test
    void aRunKilledMidRevisionIsReportedThenResumed() throws Exception {
        TestDatabase db = MYSQL.database();
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("1.java"), """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "k1", message = "two tables")
                public final class K1 implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.createTable("first_half", t -> t.column("id", integer().primaryKey()));
                        if (System.getenv("LOQUENT_TEST_HANG") != null) {
                            try { Thread.sleep(120_000); } catch (InterruptedException e) { throw new IllegalStateException(e); }
                        }
                        op.createTable("second_half", t -> t.column("id", integer().primaryKey()));
                    }
                    @Override public void downgrade(Op op) {
                        op.dropTable("second_half");
                        op.dropTable("first_half");
                    }
                }
                """);
        Files.writeString(dir.resolve("loquent.properties"), "url=" + db.url() + "\nscripts=migrations\n");
        assertThat(Processes.run(dir, "heads").exit()).isZero(); // compiles, so the kill below is mid-revision

        Process hanging = Processes.start(dir, Map.of("LOQUENT_TEST_HANG", "1"), "upgrade", "head");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (tables(db).size() < 3) { // first_half plus Loquent's two tables
            assertThat(System.nanoTime()).as("the run creates its first table").isLessThan(deadline);
            assertThat(hanging.isAlive()).isTrue();
            Thread.sleep(100);
        }
        hanging.destroyForcibly().waitFor();

        CliRun refused = Processes.separately(dir, "upgrade", "head");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines().toList()).singleElement().asString()
                .startsWith("ERROR: revision k1 (migrations/1.java) did not finish when it last ran:")
                .contains("was interrupted (the process was killed or lost its connection) after 1 of its statements"
                        + " had committed: CREATE TABLE `first_half`")
                .contains("The version table is still at base")
                .contains("run the same command with --resume")
                .doesNotContain("\tat ");
        assertThat(tables(db)).as("the refusal changes nothing").containsExactly("first_half", "loquent_history",
                "loquent_version");

        CliRun resumed = Processes.separately(dir, "upgrade", "head", "--resume");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.err()).startsWith("Running upgrade <base> -> k1, two tables (");
        assertThat(tables(db)).containsExactly("first_half", "loquent_history", "loquent_version", "second_half");
        assertThat(db.rows("select version_num from loquent_version")).containsExactly("k1");
        assertThat(db.rows("select direction, success from loquent_history order by id"))
                .containsExactly("up|0", "up|1");
    }

    private static List<String> tables(TestDatabase db) throws Exception {
        return db.rows("select table_name from information_schema.tables where table_schema = database() order by 1");
    }
}
