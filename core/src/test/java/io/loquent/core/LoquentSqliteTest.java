package io.loquent.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.LoquentException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API end to end on a real SQLite file, results read back from SQLite's catalogue. */
class LoquentSqliteTest {
    @TempDir
    Path dir;
    private String url;

    @BeforeEach
    void setUp() {
        url = "jdbc:sqlite:" + dir.resolve("test.db");
    }

    private Loquent loquent() {
        return Loquent.configure().url(url).scripts(dir.resolve("migrations")).load();
    }

    private List<String> query(String sql) throws SQLException {
        return SqliteRows.firstColumn(url, sql);
    }

    @Test
    void upgradeAndDowngradeMoveSchemaAndVersionTogether() throws Exception {
        Scripts.write(dir.resolve("migrations"), "1.java", "a1", null,
                "op.createTable(\"t\", t -> t.column(\"id\", integer().primaryKey()));", "op.dropTable(\"t\");");
        Scripts.write(dir.resolve("migrations"), "2.java", "b2", "a1",
                "op.addColumn(\"t\", \"note\", text());", "op.dropColumn(\"t\", \"note\");");
        MigrationResult ran = loquent().upgrade("head");

        assertThat(ran).extracting(StepResult::path).containsExactly("<base> -> a1", "a1 -> b2");
        assertThat(ran.from()).as("from base").isEmpty();
        assertThat(ran.to()).containsExactly("b2");
        assertThat(ran.warnings()).isEmpty();
        MigrationResult again = loquent().upgrade("head");
        assertThat(again.ranNothing()).isTrue();
        assertThat(again.from()).isEqualTo(again.to()).containsExactly("b2");
        assertThat(query("select name from pragma_table_info('t')")).containsExactly("id", "note");
        assertThat(query("select version_num from loquent_version")).containsExactly("b2");
        assertThat(loquent().current()).extracting(CurrentRevision::id, CurrentRevision::head)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b2", true));

        assertThat(loquent().upgrade("head")).isEmpty();
        loquent().downgrade("-1");
        assertThat(query("select name from pragma_table_info('t')")).containsExactly("id");
        assertThat(query("select version_num from loquent_version")).containsExactly("a1");
        loquent().downgrade("base");
        assertThat(query("select name from sqlite_master where name = 't'")).isEmpty();
        assertThat(query("select version_num from loquent_version")).isEmpty();
        assertThat(loquent().current()).isEmpty();
    }

    @Test
    void failureOnTheThirdStatementLeavesNothingBehind() throws Exception {
        Scripts.write(dir.resolve("migrations"), "1.java", "a1", null,
                "op.createTable(\"kept\", t -> t.column(\"id\", integer().primaryKey()));", "");
        Scripts.write(dir.resolve("migrations"), "2.java", "b2", "a1", """
                op.createTable("one", t -> t.column("id", integer().primaryKey()));
                        op.createTable("two", t -> t.column("id", integer().primaryKey()));
                        op.execute("INSERT INTO missing_table VALUES (1)");""", "");

        assertThatThrownBy(() -> loquent().upgrade("head"))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("revision b2 (")
                .hasMessageContaining("2.java) failed in upgrade: ")
                .hasMessageContaining("no such table: missing_table")
                .hasMessageContaining("Statement: INSERT INTO missing_table VALUES (1)")
                .hasMessageEndingWith("Nothing of it was applied; the database is still at a1. Fix the script and run again")
                .satisfies(e -> assertThat(((MigrationFailedException) e).revision()).isEqualTo("b2"));
        assertThat(query("select name from sqlite_master where type = 'table' order by name"))
                .containsExactly("kept", "loquent_history", "loquent_snapshot", "loquent_version");
        assertThat(query("select version_num from loquent_version")).containsExactly("a1");
    }

    @Test
    void databaseAtAnUnknownRevisionPointsAtStamp() throws Exception {
        Scripts.write(dir.resolve("migrations"), "1.java", "a1", null, "", "");
        loquent().upgrade("head");
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("update loquent_version set version_num = 'zz9'");
        }
        assertThatThrownBy(() -> loquent().current())
                .isInstanceOf(RevisionNotFoundException.class)
                .hasMessageStartingWith("can't locate revision 'zz9'")
                .hasMessageContaining("loquent.stamp(\"REV\", true)");
    }

    @Test
    void alterColumnOnSqliteRebuildsTheTableAndKeepsItsRows() throws Exception {
        Scripts.write(dir.resolve("migrations"), "1.java", "a1", null, """
                op.createTable("t", t -> t.column("name", string(50)));
                        op.bulkInsert("t", java.util.List.of(java.util.Map.of("name", "kept")));""", "");
        Scripts.write(dir.resolve("migrations"), "2.java", "b2", "a1", """
                op.alterColumn("t", "name", c -> c.type(string(100)).nullable(false));""", "");
        loquent().upgrade("head");
        assertThat(query("select type || ' ' || \"notnull\" from pragma_table_info('t')")).containsExactly("VARCHAR(100) 1");
        assertThat(query("select name from t")).containsExactly("kept");
        assertThat(query("select version_num from loquent_version")).containsExactly("b2");
    }

    @Test
    void aRebuildThatWouldLoseDataNamesTheRowsAndChangesNothing() throws Exception {
        Scripts.write(dir.resolve("migrations"), "1.java", "a1", null, """
                op.createTable("t", t -> t.column("name", string(50)));
                        op.execute("INSERT INTO t (name) VALUES (NULL)");""", "");
        Scripts.write(dir.resolve("migrations"), "2.java", "b2", "a1", """
                op.alterColumn("t", "name", c -> c.nullable(false));""", "");
        assertThatThrownBy(() -> loquent().upgrade("head"))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("revision b2 (")
                .hasMessageContaining("cannot make column 't.name' NOT NULL")
                .hasMessageContaining("rowid 1");
        assertThat(query("select version_num from loquent_version")).containsExactly("a1");
        assertThat(query("select \"notnull\" from pragma_table_info('t')")).containsExactly("0");
    }

    @Test
    void namingConventionComesFromTheConfiguration() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("migrations"));
        java.nio.file.Files.writeString(dir.resolve("loquent.properties"), "url=" + url + "\nnaming.uq=unique_%table_%columns\n"
                + "naming.fk=ref_%table_%reftable\n");
        Scripts.write(dir.resolve("migrations"), "1.java", "a1", null, """
                op.createTable("parent", t -> t.column("id", integer().primaryKey()).column("code", string(10).unique()));
                        op.createTable("child", t -> t.column("parent_id", integer().foreignKey("parent.id")));""", "");
        ConfigSources.resolve(java.util.Map.of(), java.util.Map.of(), dir.resolve("loquent.properties"), true).load()
                .upgrade("head");
        assertThat(query("select sql from sqlite_master where name = 'parent'").get(0))
                .contains("CONSTRAINT \"unique_parent_code\" UNIQUE (\"code\")");
        assertThat(query("select sql from sqlite_master where name = 'child'").get(0))
                .contains("CONSTRAINT \"ref_child_parent\" FOREIGN KEY (\"parent_id\")");
    }

    @Test
    void aFileThatIsNoDatabaseIsReportedAtOnceNotWaitedFor() throws Exception {
        Scripts.write(dir.resolve("migrations"), "1.java", "a1", null, "", "");
        java.nio.file.Files.writeString(dir.resolve("test.db"), "this is not a SQLite database, just text. ".repeat(100));
        assertThatThrownBy(() -> loquent().upgrade("head"))
                .isInstanceOf(LoquentException.class)
                .hasMessageNotContaining("lock_timeout");
    }

    @Test
    void noDialectForTheUrlListsWhatWasFound() {
        Scripts.write(dir.resolve("migrations"), "1.java", "a1", null, "", "");
        assertThatThrownBy(() -> Loquent.configure().url("jdbc:h2:mem:x").scripts(dir.resolve("migrations")).load().upgrade("head"))
                .isInstanceOf(DialectNotFoundException.class)
                .hasMessageStartingWith("no dialect accepts the URL 'jdbc:h2:mem:x' (found: ")
                .hasMessageContaining("sqlite")
                .hasMessageEndingWith("Loquent has no dialect for this database; a third-party dialect implements"
                        + " io.loquent.api.dialect.Dialect");
    }

    /** info() is Flyway's info: each revision's state, base first; pending() is what an upgrade would run next. */
    @Test
    void infoAndPendingSayWhereTheDatabaseStands() throws Exception {
        Scripts.write(dir.resolve("migrations"), "1.java", "a1", null,
                "op.createTable(\"t1\", t -> t.column(\"id\", integer().primaryKey()));", "op.dropTable(\"t1\");");
        Scripts.write(dir.resolve("migrations"), "2.java", "b2", "a1",
                "op.createTable(\"t2\", t -> t.column(\"id\", integer().primaryKey()));", "op.dropTable(\"t2\");");
        assertThat(loquent().pending()).extracting(RevisionInfo::id).containsExactly("a1", "b2");
        assertThat(loquent().info()).extracting(RevisionStatus::id, RevisionStatus::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a1", RevisionStatus.State.PENDING),
                org.assertj.core.groups.Tuple.tuple("b2", RevisionStatus.State.PENDING));

        loquent().upgrade("a1");
        assertThat(loquent().pending()).extracting(RevisionInfo::id).containsExactly("b2");
        List<RevisionStatus> info = loquent().info();
        assertThat(info.get(0).state()).isEqualTo(RevisionStatus.State.APPLIED);
        assertThat(info.get(0).appliedAt()).isNotNull();
        assertThat(info.get(0).changed()).isFalse();
        assertThat(info.get(1).state()).isEqualTo(RevisionStatus.State.PENDING);
        assertThat(info.get(1).appliedAt()).isNull();

        Path first = dir.resolve("migrations/1.java");
        java.nio.file.Files.writeString(first, java.nio.file.Files.readString(first) + "// edited\n");
        assertThat(loquent().info().get(0).changed()).as("edited since it was applied").isTrue();
        loquent().stamp("current", false);
        loquent().upgrade("head");
        assertThat(loquent().pending()).isEmpty();
        assertThat(loquent().info()).extracting(RevisionStatus::state).containsOnly(RevisionStatus.State.APPLIED);
    }

    /** A run holds two connections (one for the lock): a pool of one is refused at once, not after its timeout. */
    @Test
    void aPoolOfOneConnectionIsRefusedAtOnceWithTheReason() throws Exception {
        Scripts.write(dir.resolve("migrations"), "1.java", "a1", null,
                "op.createTable(\"t\", t -> t.column(\"id\", integer().primaryKey()));", "op.dropTable(\"t\");");
        com.zaxxer.hikari.HikariConfig pool = new com.zaxxer.hikari.HikariConfig();
        pool.setJdbcUrl("jdbc:sqlite:" + dir.resolve("app.db"));
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(30_000);
        try (com.zaxxer.hikari.HikariDataSource one = new com.zaxxer.hikari.HikariDataSource(pool)) {
            assertThat(Loquent.configure().dataSource(one).scripts(dir.resolve("migrations")).load().current())
                    .as("a read, the first call of its Loquent, needs one connection").isEmpty();
            Loquent loquent = Loquent.configure().dataSource(one).scripts(dir.resolve("migrations")).load();
            long started = System.nanoTime();
            assertThatThrownBy(() -> loquent.upgrade("head")).isInstanceOf(ConfigurationException.class)
                    .hasMessage("the DataSource is a pool of at most 1 connection, and a run needs two at once: its"
                            + " own and one that holds the migration lock. Allow the pool two connections, or run"
                            + " without the lock (lock(LoquentConfig.Lock.NONE)) if only one deployer ever migrates"
                            + " this database");
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).as("not the pool's 30 s timeout")
                    .isLessThan(java.time.Duration.ofSeconds(20));
            assertThat(loquent.current()).as("reads need one connection").isEmpty();
        }
        try (com.zaxxer.hikari.HikariDataSource one = new com.zaxxer.hikari.HikariDataSource(pool)) {
            Loquent alone = Loquent.configure().dataSource(one).scripts(dir.resolve("migrations"))
                    .lock(LoquentConfig.Lock.NONE).load();
            assertThat(alone.upgrade("a1")).as("without the lock, one connection is enough")
                    .extracting(StepResult::revision).containsExactly("a1");
            alone.downgrade("base");
        }
        com.zaxxer.hikari.HikariConfig two = new com.zaxxer.hikari.HikariConfig();
        two.setJdbcUrl("jdbc:sqlite:" + dir.resolve("app.db"));
        two.setMaximumPoolSize(2);
        try (com.zaxxer.hikari.HikariDataSource pool2 = new com.zaxxer.hikari.HikariDataSource(two)) {
            Loquent loquent = Loquent.configure().dataSource(pool2).scripts(dir.resolve("migrations")).load();
            assertThat(loquent.upgrade("head")).extracting(StepResult::revision).containsExactly("a1");
        }
    }
}
