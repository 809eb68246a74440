package io.loquent.core.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.loquent.core.LintFinding;
import io.loquent.core.LintFinding.Severity;
import io.loquent.core.Loquent;
import io.loquent.core.Scripts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules for every database and SQLite's own, offline and online: each flags what it is for on a table the history
 * already had, and leaves alone the same change on a table its own revision created; online the rows decide.
 */
class LintSqliteTest {
    @TempDir
    Path dir;
    private String url;

    @BeforeEach
    void revisions() {
        url = "jdbc:sqlite:" + dir.resolve("app.db");
        Path migrations = dir.resolve("migrations");
        Scripts.write(migrations, "1.java", "l1", null, """
                op.createTable("users", t -> {
                            t.column("id", integer().primaryKey().autoIncrement());
                            t.column("name", string(100).nullable(false));
                        });
                        op.addColumn("users", "code", string(8).nullable(false));
                        op.alterColumn("users", "name", c -> c.type(string(150)));
                        op.dropColumn("users", "code");""", "op.dropTable(\"users\");");
        Scripts.write(migrations, "2.java", "l2", "l1", """
                op.addColumn("users", "phone", string(20).nullable(false));
                        op.addColumn("users", "note", string(20).nullable(false).defaultValue(""));
                        op.alterColumn("users", "name", c -> c.type(string(200)));
                        op.renameColumn("users", "name", "full_name");
                        op.alterColumn("users", "full_name", c -> c.newName("display_name"));""", "");
    }

    private Loquent loquent() {
        return Loquent.configure().url(url).scripts(dir.resolve("migrations")).load();
    }

    @Test
    void offlineTheSizeIsUnknownSoWhatHurtsLargeTablesIsAWarning() {
        assertThat(loquent().lintOffline("heads"))
                .extracting(LintFinding::rule, LintFinding::severity, LintFinding::revision, LintFinding::operation)
                .containsExactly(
                        tuple("LQ001", Severity.WARNING, "l2", "add column users.phone"),
                        tuple("SQ001", Severity.WARNING, "l2", "alter column users.name"),
                        tuple("LQ002", Severity.WARNING, "l2", "rename column users.name to full_name"),
                        tuple("LQ002", Severity.WARNING, "l2", "alter column users.full_name"));
    }

    @Test
    void onlineTheRowsDecide() throws Exception {
        Loquent loquent = loquent();
        loquent.upgrade("l1");
        assertThat(loquent.lint()).as("an empty table: a NOT NULL column is added without trouble")
                .extracting(LintFinding::rule, LintFinding::severity)
                .containsExactly(tuple("SQ001", Severity.INFO), tuple("LQ002", Severity.WARNING),
                        tuple("LQ002", Severity.WARNING));
        assertThat(loquent.dryRun("head", true)).as("the dry run shows what lint says, as comments")
                .contains("\n-- lint: info SQ001 revision l2 (").contains("\n-- lint: warning LQ002 revision l2 (");
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("INSERT INTO users (name) VALUES ('x')");
        }
        assertThat(loquent.lint()).extracting(LintFinding::rule, LintFinding::severity).containsExactly(
                tuple("LQ001", Severity.ERROR), tuple("SQ001", Severity.INFO), tuple("LQ002", Severity.WARNING),
                tuple("LQ002", Severity.WARNING));
        LintFinding error = loquent.lint().get(0);
        assertThat(error.describe()).isEqualTo("error LQ001 revision l2 (" + dir.resolve("migrations/2.java")
                + "): add column users.phone: a NOT NULL column without a default cannot be added to users (1 rows)"
                + " when it holds rows. Instead: add it nullable, fill it (op.execute(\"UPDATE users SET phone ="
                + " …\")), then op.alterColumn(\"users\", \"phone\", c -> c.nullable(false)), or give it a default");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> loquent.upgrade("head")))
                .as("the run fails as lint said").hasMessageContaining("cannot add column 'users.phone' as NOT NULL");
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("DELETE FROM users");
        }
        loquent.upgrade("head");
        assertThat(loquent.lint()).as("nothing left to run").isEmpty();
    }

    /**
     * LQ003 on SQLite: rows of an existing table changed by the revision that changes the schema are flagged, sized
     * by the table online; seeding the table a revision creates is not; a .sql revision's statements count too.
     */
    @Test
    void aRevisionThatChangesTheSchemaAndRowsTogetherIsFlagged() throws Exception {
        Path migrations = dir.resolve("mixed");
        Scripts.write(migrations, "1.java", "x1", null, """
                op.createTable("tags", t -> { t.id(); t.column("name", string(20)); });
                        op.bulkInsert("tags", java.util.List.of(java.util.Map.of("name", "red")));""", "");
        Scripts.write(migrations, "2.java", "x2", "x1", """
                op.addColumn("tags", "colour", string(20));
                        op.update("UPDATE tags SET colour = name");""", "");
        java.nio.file.Files.writeString(migrations.resolve("3.sql"), """
                -- loquent:revision id=x3 down=x2 message="rename red"
                -- loquent:upgrade
                UPDATE tags SET name = 'crimson' WHERE name = 'red';
                CREATE INDEX ix_tags_name ON tags (name);
                -- loquent:downgrade
                DROP INDEX ix_tags_name;
                """);
        Loquent loquent = Loquent.configure().url(url).scripts(migrations).load();
        assertThat(loquent.lintOffline("heads")).extracting(LintFinding::rule, LintFinding::severity,
                LintFinding::revision).containsExactly(tuple("LQ003", Severity.WARNING, "x2"),
                        tuple("LQ003", Severity.INFO, "x3"));
        loquent.upgrade("x1");
        assertThat(loquent.lint()).extracting(LintFinding::rule, LintFinding::severity, LintFinding::revision)
                .as("one row: information").containsExactly(tuple("LQ003", Severity.INFO, "x2"),
                        tuple("LQ003", Severity.INFO, "x3"));
        assertThat(loquent.lint().get(0).why()).contains("rows of tags (1 rows)");
    }
}
