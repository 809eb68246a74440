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
}
