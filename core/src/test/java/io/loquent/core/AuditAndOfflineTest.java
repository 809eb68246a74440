package io.loquent.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history table, checksum verification, stamp, and offline SQL checked against online runs, on real SQLite. */
class AuditAndOfflineTest {
    @TempDir
    Path dir;
    private Path scripts;

    @BeforeEach
    void scripts() {
        scripts = dir.resolve("migrations");
        Scripts.write(scripts, "1.java", "a1", null, """
                op.createTable("users", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("name", string(100).nullable(false));
                            t.column("email", string(255).unique());
                            t.column("is_active", bool().defaultValue(true));
                            t.timestamps();
                        });
                        op.createIndex("idx_users_email", "users", "email");""", "op.dropTable(\"users\");");
        Scripts.write(scripts, "2.java", "b2", "a1", """
                op.addColumn("users", "phone", string(20));
                        op.bulkInsert("users", java.util.List.of(java.util.Map.of("name", "O'Brien", "email", "o@x")));""",
                "op.execute(\"DELETE FROM users\"); op.dropColumn(\"users\", \"phone\");");
    }

    private Loquent loquent(String db) {
        return Loquent.configure().url("jdbc:sqlite:" + dir.resolve(db)).scripts(scripts).load();
    }

    private List<String> query(String db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(db));
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void everyStepIsRecordedWithItsChecksumAndWho() throws Exception {
        loquent("a.db").upgrade("head");
        loquent("a.db").downgrade("-1");
        List<HistoryEntry> history = loquent("a.db").appliedHistory();
        assertThat(history).extracting(HistoryEntry::revision, HistoryEntry::direction, HistoryEntry::success)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "up", true),
                        org.assertj.core.groups.Tuple.tuple("b2", "up", true),
                        org.assertj.core.groups.Tuple.tuple("b2", "down", true));
        HistoryEntry first = history.get(0);
        assertThat(first.checksum()).matches("sha256:[0-9a-f]{64}");
        assertThat(first.osUser()).isEqualTo(System.getProperty("user.name"));
        assertThat(first.loquentVersion()).isNotBlank();
        assertThat(first.startedAt()).isNotNull();
        assertThat(first.message()).isEqualTo("revision a1");
    }

    @Test
    void aChangedAppliedScriptStopsUpgradeUntilStamped() throws Exception {
        loquent("a.db").upgrade("a1");
        Path one = scripts.resolve("1.java");
        Files.writeString(one, Files.readString(one).replace("string(100)", "string(120)"));

        assertThatThrownBy(() -> loquent("a.db").upgrade("head"))
                .isInstanceOf(ChecksumMismatchException.class)
                .hasMessageStartingWith("revision a1 (")
                .hasMessageContaining("1.java) has changed since it was applied (applied sha256:")
                .hasMessageEndingWith("Restore the script as it was, run loquent.stamp(\"current\", false) to accept the scripts"
                        + " as they are now, or configure ignoreChecksums(true)");
        assertThat(query("a.db", "select version_num from loquent_version")).containsExactly("a1");
        assertThat(loquent("a.db").check()).extracting(ChecksumMismatchException.Mismatch::revision).containsExactly("a1");

        assertThat(loquent("a.db").stamp("current", false)).containsExactly("a1");
        assertThat(loquent("a.db").check()).isEmpty();
        assertThat(loquent("a.db").appliedHistory()).last().extracting(HistoryEntry::direction).isEqualTo("stamp");
        assertThat(loquent("a.db").upgrade("head")).extracting(StepResult::revision).containsExactly("b2");
    }

    @Test
    void ignoreChecksumsRunsAnyway() throws Exception {
        loquent("a.db").upgrade("a1");
        Path one = scripts.resolve("1.java");
        Files.writeString(one, Files.readString(one) + "\n// edited\n");
        Loquent ignoring = new Loquent(LoquentConfig.builder().url("jdbc:sqlite:" + dir.resolve("a.db")).scripts(scripts)
                .ignoreChecksums(true).build());
        assertThat(ignoring.upgrade("head")).hasSize(1);
    }

    @Test
    void stampKeepsTheRowsOfUnrelatedBranches() throws Exception {
        Scripts.write(scripts, "3.java", "x1", null, "op.createTable(\"other\", t -> t.column(\"id\", integer()));", "");
        loquent("a.db").upgrade("heads");
        assertThat(loquent("a.db").current()).extracting(CurrentRevision::id).containsExactlyInAnyOrder("b2", "x1");
        assertThat(loquent("a.db").stamp("a1", false)).containsExactlyInAnyOrder("a1", "x1");
        assertThat(loquent("a.db").stamp("base", false)).isEmpty();
    }

    @Test
    void foreignKeyViolationsStopTheRevisionOnSqlite() throws Exception {
        Scripts.write(scripts, "3.java", "c3", "b2", """
                op.createTable("orders", t -> t.column("id", integer().primaryKey()).column("user_id", integer().foreignKey("users.id")));
                        op.execute("INSERT INTO orders (user_id) VALUES (1)");
                        op.alterColumn("users", "phone", c -> c.type(string(30)));
                        op.execute("DELETE FROM users");""", "");
        Loquent withKeys = Loquent.configure().url("jdbc:sqlite:" + dir.resolve("fk.db") + "?foreign_keys=true")
                .scripts(scripts).load();
        withKeys.upgrade("b2");
        assertThatThrownBy(() -> withKeys.upgrade("head"))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("revision c3 (")
                .hasMessageContaining("orders");
        assertThat(withKeys.current()).extracting(CurrentRevision::id).containsExactly("b2");
        assertThat(query("fk.db", "select count(*) from users")).containsExactly("1");
    }

    @Test
    void stampMovesTheVersionTableWithoutRunningAnything() throws Exception {
        assertThat(loquent("a.db").stamp("head", false)).containsExactly("b2");
        assertThat(query("a.db", "select name from sqlite_master where name = 'users'")).isEmpty();
        assertThat(loquent("a.db").current()).extracting(CurrentRevision::id).containsExactly("b2");
        assertThat(loquent("a.db").stamp("base", false)).isEmpty();
        assertThat(loquent("a.db").current()).isEmpty();
    }

    @Test
    void stampPurgeRecoversFromAnUnknownRevision() throws Exception {
        loquent("a.db").upgrade("a1");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("a.db"))) {
            c.createStatement().execute("update loquent_version set version_num = 'gone'");
        }
        assertThatThrownBy(() -> loquent("a.db").stamp("a1", false)).isInstanceOf(RevisionNotFoundException.class);
        assertThat(loquent("a.db").stamp("a1", true)).containsExactly("a1");
        assertThat(query("a.db", "select version_num from loquent_version")).containsExactly("a1");
    }

    @Test
    void offlineScriptPipedIntoSqlite3MatchesAnOnlineRun() throws Exception {
        loquent("online.db").upgrade("head");
        String script = loquent("offline.db").offlineSql("head", true);
        assertThat(script).contains("-- Running upgrade <base> -> a1, revision a1", "BEGIN;", "COMMIT;",
                "CREATE TABLE \"loquent_version\"", "INSERT INTO \"loquent_version\" (\"version_num\") VALUES ('a1');",
                "UPDATE \"loquent_version\" SET \"version_num\" = 'b2' WHERE \"version_num\" = 'a1';");
        assertThat(Files.exists(dir.resolve("offline.db"))).as("offline SQL never connects").isFalse();
        sqlite3("offline.db", script);

        String schema = "select type, name, tbl_name, sql from sqlite_master where name not like 'loquent_history%'"
                + " and name not like 'sqlite_autoindex_loquent_history%' order by name";
        assertThat(query("offline.db", schema)).isEqualTo(query("online.db", schema));
        assertThat(query("offline.db", "select version_num from loquent_version")).containsExactly("b2");
        assertThat(query("offline.db", "select name, email, phone from users")).containsExactly("O'Brien|o@x|null");
        assertThat(query("offline.db", "select revision, direction, success from loquent_history order by id"))
                .as("the offline script records each revision with its checksum").containsExactly("a1|up|1", "b2|up|1");
        assertThat(query("offline.db", "select checksum from loquent_history where revision = 'a1'"))
                .containsExactly(loquent("offline.db").history().get(1).info().checksum());
        assertThat(loquent("offline.db").check()).as("check has what it needs after an offline run").isEmpty();

        String down = loquent("offline.db").offlineSql("head:base", false);
        sqlite3("offline.db", down);
        assertThat(query("offline.db", "select name from sqlite_master where name = 'users'")).isEmpty();
        assertThat(query("offline.db", "select version_num from loquent_version")).isEmpty();
    }

    @Test
    void stampWritesAHistoryRowForEveryRevisionItMoves() throws Exception {
        loquent("s.db").stamp("head", false);
        loquent("s.db").stamp("a1", false);
        loquent("s.db").stamp("current", false);
        assertThat(query("s.db", "select revision, direction, success from loquent_history order by id"))
                .containsExactly("a1|stamp|1", "b2|stamp|1", "b2|unstamp|1");
        assertThat(query("s.db", "select count(*) from sqlite_master where name = 'users'")).containsExactly("0");
    }

    @Test
    void onlyStepsThatRunAreAnnouncedToTheListener() throws Exception {
        List<String> heard = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void stepStarting(String path, String message, boolean upgrade) {
                heard.add("starting " + path);
            }

            @Override
            public void stepFinished(StepResult result) {
                heard.add("finished " + result.path());
            }
        };
        Loquent loquent = Loquent.configure().url("jdbc:sqlite:" + dir.resolve("l.db")).scripts(scripts)
                .listener(listener).load();
        loquent.offlineSql("head", true);
        loquent.dryRun("head", true);
        assertThat(heard).as("offline scripts and dry runs run nothing").isEmpty();
        loquent.upgrade("a1");
        assertThat(heard).containsExactly("starting <base> -> a1", "finished <base> -> a1");
    }

    @Test
    void anOfflineFailureSaysThatNothingRanOnADatabase() {
        Scripts.write(scripts, "3.java", "c3", "b2", "op.execute(\"UPDATE users SET phone = NULL\");"
                + " op.alterColumn(\"users\", \"phone\", c -> c.type(string(40)));", "");
        assertThatThrownBy(() -> loquent("x.db").offlineSql("head", true))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("revision c3 (")
                .hasMessageContaining("this needs a table rebuild, which restates the table's current definition, and"
                        + " the offline script cannot know table users's definition: table users may have been changed"
                        + " by raw SQL at revision c3 (upgrade, step 1: UPDATE users SET phone = NULL)")
                .hasMessageEndingWith("or replace the raw SQL with operations Loquent can follow. Nothing ran on a"
                        + " database")
                .message().doesNotContain("the database is still at");
    }

    @Test
    void offlineFromAStartingPointSkipsTheVersionTable() {
        String script = loquent("x.db").offlineSql("a1:b2", true);
        assertThat(script).doesNotContain("CREATE TABLE \"loquent_version\"").contains("a1 -> b2");
        assertThatThrownBy(() -> loquent("x.db").offlineSql("base", false))
                .hasMessageContaining("an offline downgrade needs the starting point");
    }

    @Test
    void dryRunPrintsThePlanAndChangesNothing() throws Exception {
        loquent("a.db").upgrade("a1");
        String plan = loquent("a.db").dryRun("head", true);
        assertThat(plan).contains("dry run of upgrade head from a1; nothing was changed",
                "-- Running upgrade a1 -> b2, revision b2", "ALTER TABLE \"users\" ADD COLUMN \"phone\" VARCHAR(20);")
                .doesNotContain("CREATE TABLE \"loquent_version\"");
        assertThat(query("a.db", "select version_num from loquent_version")).containsExactly("a1");
        assertThat(query("a.db", "select count(*) from pragma_table_info('users') where name = 'phone'")).containsExactly("0");
    }

    @Test
    void dryRunFromBaseRendersRebuildsOfTablesTheSamePlanCreates() throws Exception {
        Scripts.write(scripts, "3.java", "c3", "b2", """
                op.alterColumn("users", "phone", c -> c.type(string(40)));""", "");
        String plan = loquent("fresh.db").dryRun("head", true);
        assertThat(plan).contains("CREATE TABLE \"loquent_version\"", "-- Running upgrade b2 -> c3, revision c3",
                "INSERT INTO \"users", "DROP TABLE \"users\"");
        assertThat(query("fresh.db", "select count(*) from sqlite_master where name in ('users', 'loquent_version')"))
                .containsExactly("0");
        assertThat(loquent("fresh.db").upgrade("head")).hasSize(3);
    }

    @Test
    void dryRunReportsARevisionThatWouldFail() throws Exception {
        Scripts.write(scripts, "3.java", "c3", "b2", "op.execute(\"INSERT INTO nowhere VALUES (1)\");", "");
        assertThatThrownBy(() -> loquent("fresh.db").dryRun("head", true))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("dry run: revision c3 (")
                .hasMessageContaining("no such table: nowhere")
                .hasMessageEndingWith("Nothing was changed; fix the script before running it");
        assertThat(query("fresh.db", "select count(*) from sqlite_master")).containsExactly("0");
    }

    private void sqlite3(String db, String script) throws Exception {
        Process p = new ProcessBuilder("sqlite3", "-bail", dir.resolve(db).toString()).redirectErrorStream(true).start();
        p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }
}
