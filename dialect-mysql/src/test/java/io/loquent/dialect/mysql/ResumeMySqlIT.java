package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.core.HistoryEntry;
import io.loquent.core.Loquent;
import io.loquent.core.MigrationFailedException;
import io.loquent.core.MigrationListener;
import io.loquent.core.MigrationResult;
import io.loquent.core.StepResult;
import io.loquent.dialectkit.RevisionFiles;
import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * On MariaDB every DDL statement commits on its own: a revision that stops halfway leaves part of itself behind. The
 * history row says which statements committed, the next run refuses to guess, and --resume goes on from there.
 */
class ResumeMySqlIT {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @TempDir
    Path dir;

    private TestDatabase db;
    private Path scripts;
    private String prefix;

    private Loquent loquent() {
        return Loquent.configure().url(db.url()).scripts(scripts).versionTable(prefix + "version")
                .historyTable(prefix + "history").load();
    }

    private void setUp(String prefix) {
        this.db = DB.database();
        this.scripts = dir.resolve("migrations");
        this.prefix = prefix;
    }

    private List<String> tables() throws Exception {
        return db.rows("select table_name from information_schema.tables where table_schema = database()"
                + " and table_name like ? order by 1", prefix + "%");
    }

    private List<String> version() throws Exception {
        return db.rows("select version_num from " + prefix + "version");
    }

    @Test
    void aRevisionThatFailedHalfwayIsRefusedThenResumedFromWhereItStopped() throws Exception {
        setUp("f1_");
        RevisionFiles.write(scripts, "1.java", "r1", null, """
                op.createTable("f1_a", t -> t.column("x", integer()));
                        op.createTable("f1_b", t -> t.column("x", integer()));
                        op.execute("INSERT INTO f1_missing VALUES (1)");""", "");
        assertThatThrownBy(() -> loquent().upgrade("head")).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("2 of its statements had already committed")
                .hasMessageContaining("run the same call with resume set to true");

        RevisionFiles.write(scripts, "1.java", "r1", null, """
                op.createTable("f1_a", t -> t.column("x", integer()));
                        op.createTable("f1_b", t -> t.column("x", integer()));
                        op.createTable("f1_c", t -> t.column("x", integer()));""", "");
        assertThatThrownBy(() -> loquent().upgrade("head"))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("revision r1 (" + scripts.resolve("1.java") + ") did not finish when it last"
                        + " ran: its upgrade started ")
                .hasMessageContaining(" failed after 2 of its statements had committed: CREATE TABLE `f1_a` (")
                .hasMessageContaining("The version table is still at base. Fix the script if it is wrong, then run"
                        + " the same call with resume set to true");
        assertThat(tables()).as("the refusal changes nothing").containsExactly("f1_a", "f1_b", "f1_history",
                "f1_snapshot", "f1_version");

        MigrationResult resumed = loquent().upgrade("head", true);
        assertThat(resumed).extracting(StepResult::revision).containsExactly("r1");
        assertThat(tables()).containsExactly("f1_a", "f1_b", "f1_c", "f1_history", "f1_snapshot",
                "f1_version");
        assertThat(version()).containsExactly("r1");
        HistoryEntry last = loquent().appliedHistory().get(loquent().appliedHistory().size() - 1);
        assertThat(last.success()).isTrue();
        assertThat(last.direction()).isEqualTo("up");
        assertThat(loquent().upgrade("head", true)).as("nothing left to resume: a no-op").isEmpty();
    }

    @Test
    void resumeRefusesWhenTheCommittedStatementsNoLongerRenderTheSame() throws Exception {
        setUp("f2_");
        RevisionFiles.write(scripts, "1.java", "r1", null, """
                op.createTable("f2_a", t -> t.column("x", string(10)));
                        op.execute("INSERT INTO f2_missing VALUES (1)");""", "");
        assertThatThrownBy(() -> loquent().upgrade("head")).isInstanceOf(MigrationFailedException.class);
        RevisionFiles.write(scripts, "1.java", "r1", null, """
                op.createTable("f2_a", t -> t.column("x", string(20)));
                        op.createTable("f2_b", t -> t.column("x", integer()));""", "");

        assertThatThrownBy(() -> loquent().upgrade("head", true))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("cannot resume revision r1 (")
                .hasMessageContaining("its statement #1 is 'CREATE TABLE `f2_a` ( `x` VARCHAR(20)")
                .hasMessageContaining("committed 'CREATE TABLE `f2_a` ( `x` VARCHAR(10)")
                .hasMessageContaining("Nothing was run");
        assertThat(tables()).containsExactly("f2_a", "f2_history", "f2_snapshot", "f2_version");
        assertThat(version()).isEmpty();

        // The way out the message gives: undo by hand, declare it undone, run again.
        db.execute("DROP TABLE f2_a");
        loquent().stamp("current", false);
        loquent().upgrade("head");
        assertThat(tables()).containsExactly("f2_a", "f2_b", "f2_history", "f2_snapshot", "f2_version");
        assertThat(loquent().appliedHistory()).extracting(HistoryEntry::direction, HistoryEntry::success)
                .as("the refused resume keeps what had committed on record until the stamp declares it undone")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("up", false),
                        org.assertj.core.groups.Tuple.tuple("up", false),
                        org.assertj.core.groups.Tuple.tuple("unstamp", true),
                        org.assertj.core.groups.Tuple.tuple("up", true));
    }

    @Test
    void stampingAHalfAppliedRevisionSaysSoAndRecordsItAsApplied() throws Exception {
        setUp("f4_");
        RevisionFiles.write(scripts, "1.java", "r1", null, """
                op.createTable("f4_a", t -> t.column("x", integer()));
                        op.execute("INSERT INTO f4_missing VALUES (1)");""", "");
        assertThatThrownBy(() -> loquent().upgrade("head")).isInstanceOf(MigrationFailedException.class);
        List<String> warnings = new java.util.ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        };
        Loquent.configure().url(db.url()).scripts(scripts).versionTable(prefix + "version")
                .historyTable(prefix + "history").listener(listener).load().stamp("r1", false);
        assertThat(warnings).singleElement().asString().startsWith("revision r1 did not finish when it last ran"
                + " (failed after 1 statement(s) had committed: ").endsWith("); the stamp records it as applied:"
                + " make sure the schema holds all of it");
        assertThat(version()).containsExactly("r1");
        assertThat(loquent().upgrade("head")).as("nothing is left unfinished").isEmpty();
    }

    @Test
    void anUnfinishedRevisionOutsideThePlanStopsEveryRunUntilItIsSettled() throws Exception {
        setUp("f5_");
        RevisionFiles.write(scripts, "1.java", "r1", null, """
                op.createTable("f5_a", t -> t.column("x", integer()));
                        op.execute("INSERT INTO f5_missing VALUES (1)");""", "");
        assertThatThrownBy(() -> loquent().upgrade("r1")).isInstanceOf(MigrationFailedException.class);
        RevisionFiles.write(scripts, "2.java", "o1", null, "op.createTable(\"f5_other\", t -> t.column(\"x\", integer()));",
                "");
        assertThatThrownBy(() -> loquent().upgrade("o1", true))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("revision r1 (")
                .hasMessageContaining("did not finish when it last ran: its upgrade started ")
                .hasMessageContaining("stopped after 1 of its statements had committed, so the database may hold part of"
                        + " it. Nothing else runs until that is settled: finish it with loquent.upgrade(\"r1\", true),"
                        + " or undo it by hand and run loquent.stamp(\"current\", false)");
        assertThat(tables()).doesNotContain("f5_other");

        db.execute("DROP TABLE f5_a");
        loquent().stamp("current", false);
        loquent().upgrade("o1");
        assertThat(tables()).contains("f5_other");
    }

    /**
     * A bulk insert commits one run of rows with the same columns at a time, each in a transaction of its own: when a
     * later run fails, the report and the history name the runs that committed, and a resume does not insert them
     * again.
     */
    @Test
    void aBulkInsertThatFailsHalfwayIsReportedAndResumedRunByRun() throws Exception {
        setUp("f6_");
        RevisionFiles.write(scripts, "0.java", "r0", null, """
                op.createTable("f6_t", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("v", integer());
                            t.column("w", integer());
                        });""", "");
        RevisionFiles.write(scripts, "1.java", "r1", "r0", """
                op.bulkInsert("f6_t", java.util.List.of(java.util.Map.of("id", 1, "v", 1), java.util.Map.of("id", 2, "v", 2),
                                java.util.Map.of("id", 3, "w", 3)));""", "");
        loquent().upgrade("r0");
        db.execute("INSERT INTO f6_t (id) VALUES (3)"); // the third row will collide
        assertThatThrownBy(() -> loquent().upgrade("head")).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("Duplicate entry '3'")
                .hasMessageContaining("1 of its statements had already committed (this database commits DDL as it"
                        + " goes): INSERT INTO `f6_t` (`id`, `v`) VALUES (?, ?) -- 2 rows, values bound as parameters")
                .as("Map.of rows render their columns sorted, the same in every JVM");
        assertThat(db.rows("select id from f6_t order by id")).containsExactly("1", "2", "3");

        db.execute("DELETE FROM f6_t WHERE id = 3");
        loquent().upgrade("head", true);
        assertThat(db.rows("select id, coalesce(v, '-'), coalesce(w, '-') from f6_t order by id"))
                .containsExactly("1|1|-", "2|2|-", "3|-|3");
        assertThat(version()).containsExactly("r1");
    }

    /**
     * The version-table change and the completion of the history row are one transaction: when the history write
     * fails, the version table has not moved either, so no revision is ever recorded as applied without its
     * checksum. A trigger makes the history write fail at exactly that point.
     */
    @Test
    void theVersionChangeAndTheHistoryRowCommitTogether() throws Exception {
        setUp("f3_");
        RevisionFiles.write(scripts, "1.java", "r1", null, "op.createTable(\"f3_a\", t -> t.column(\"x\", integer()));", "");
        loquent().stamp("base", false); // creates the tables
        for (String event : List.of("INSERT", "UPDATE")) {
            db.execute("CREATE TRIGGER f3_no_success_" + event.toLowerCase() + " BEFORE " + event + " ON f3_history"
                    + " FOR EACH ROW BEGIN IF NEW.success THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT ="
                    + " 'history refused'; END IF; END");
        }
        assertThatThrownBy(() -> loquent().upgrade("head")).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("history refused");
        assertThat(version()).as("the version table moved without its history row").isEmpty();
        assertThat(tables()).contains("f3_a");
    }
}
