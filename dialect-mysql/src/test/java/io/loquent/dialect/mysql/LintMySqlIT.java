package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.loquent.core.LintFinding;
import io.loquent.core.LintFinding.Severity;
import io.loquent.core.LintSettings;
import io.loquent.core.Loquent;
import io.loquent.dialectkit.RevisionFiles;
import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * MySQL's and MariaDB's sized rules on the server: the rows of the table decide, from {@code lint.large_rows}, whether
 * a type change that copies the table (MY002) and rows updated beside a schema change (LQ003) are errors.
 */
class LintMySqlIT {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @TempDir
    Path dir;

    @Test
    void theRowsOfTheTableDecideTheSeverity() throws Exception {
        Path migrations = dir.resolve("migrations");
        RevisionFiles.write(migrations, "1.java", "s1", null, """
                op.createTable("stock", t -> {
                            t.column("id", bigInteger().primaryKey());
                            t.column("qty", integer());
                        });""", "op.dropTable(\"stock\");");
        RevisionFiles.write(migrations, "2.java", "s2", "s1", """
                op.alterColumn("stock", "qty", c -> c.type(bigInteger()));
                        op.update("UPDATE stock SET qty = 0 WHERE qty IS NULL");""", "");
        TestDatabase db = DB.database();
        Loquent loquent = Loquent.configure().url(db.url()).scripts(migrations).lint(new LintSettings(1_000, Set.of()))
                .load();
        loquent.upgrade("s1");
        db.execute("INSERT INTO stock (id, qty) SELECT seq, seq FROM seq_1_to_10");
        assertThat(loquent.lint()).as("ten rows").extracting(LintFinding::rule, LintFinding::severity)
                .containsExactly(tuple("MY002", Severity.INFO), tuple("LQ003", Severity.INFO));

        db.execute("INSERT INTO stock (id, qty) SELECT seq, seq FROM seq_11_to_2000");
        assertThat(loquent.lint()).as("2,000 rows, from 1,000 large").extracting(LintFinding::rule,
                LintFinding::severity).containsExactly(tuple("MY002", Severity.ERROR), tuple("LQ003", Severity.ERROR));
        assertThat(loquent.lint().get(0).why()).contains("copies stock (2,000 rows) (ALGORITHM=COPY)");
    }
    /**
     * The rules of every database on MySQL and MariaDB: LQ001 (a NOT NULL column without a default on a table with
     * rows: an error on the server, not on an empty table) and LQ002 (a dropped column of an existing table; not of one
     * the revision creates).
     */
    @Test
    void theRulesOfEveryDatabaseFlagTheExistingTableAndNotTheNearCase() throws Exception {
        Path migrations = dir.resolve("every");
        RevisionFiles.write(migrations, "1.java", "e1", null, """
                op.createTable("people", t -> {
                            t.column("id", bigInteger().primaryKey());
                            t.column("nick", string(20));
                        });""", "op.dropTable(\"people\");");
        RevisionFiles.write(migrations, "2.java", "e2", "e1", """
                op.addColumn("people", "code", string(8).nullable(false));
                        op.dropColumn("people", "nick");
                        op.createTable("pets", t -> { t.column("id", bigInteger().primaryKey()); t.column("tag", string(8)); });
                        op.dropColumn("pets", "tag");""", "");
        TestDatabase db = DB.database();
        Loquent loquent = Loquent.configure().url(db.url()).scripts(migrations).versionTable("e_version")
                .historyTable("e_history").load();
        loquent.upgrade("e1");
        assertThat(loquent.lint()).filteredOn(f -> f.rule().startsWith("LQ"))
                .extracting(LintFinding::rule, LintFinding::operation)
                .as("an empty table: LQ001 has nothing to hold NULL").containsExactly(
                        tuple("LQ002", "drop column people.nick"));
        db.execute("INSERT INTO people (id) VALUES (1)");
        assertThat(loquent.lint()).filteredOn(f -> f.rule().startsWith("LQ"))
                .extracting(LintFinding::rule, LintFinding::severity).containsExactly(
                        tuple("LQ001", Severity.ERROR), tuple("LQ002", Severity.WARNING));
    }
}
