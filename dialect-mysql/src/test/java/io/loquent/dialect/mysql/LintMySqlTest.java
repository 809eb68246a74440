package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.loquent.core.LintFinding;
import io.loquent.core.LintFinding.Severity;
import io.loquent.core.Loquent;
import io.loquent.dialectkit.RevisionFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MySQL's rule: a revision of several DDL statements stays half-applied if one fails; one statement is fine. */
class LintMySqlTest {
    @TempDir
    Path dir;

    @Test
    void aRevisionOfSeveralDdlStatementsIsFlaggedOnceAndASingleOneIsNot() {
        Path migrations = dir.resolve("migrations");
        RevisionFiles.write(migrations, "1.java", "m1", null,
                "op.createTable(\"a\", t -> t.column(\"id\", bigInteger().primaryKey()));", "");
        RevisionFiles.write(migrations, "2.java", "m2", "m1", """
                op.addColumn("a", "x", integer());
                        op.addColumn("a", "y", integer());
                        op.createIndex("ix_a_x", "a", "x");""", "");
        Loquent offline = Loquent.configure().dialect("mysql").scripts(migrations).load();
        assertThat(offline.lintOffline("heads")).extracting(LintFinding::rule, LintFinding::severity,
                LintFinding::revision, LintFinding::operation).containsExactly(
                        tuple("MY001", Severity.INFO, "m2", "add column a.y"));
    }

    /** MY002: a type change copies the table; a varchar made longer within its length prefix does not. */
    @Test
    void aTypeChangeThatCopiesTheTableIsFlaggedAndALongerVarcharIsNot() {
        Path migrations = dir.resolve("migrations");
        RevisionFiles.write(migrations, "1.java", "m1", null, """
                op.createTable("a", t -> {
                            t.column("id", bigInteger().primaryKey());
                            t.column("code", string(20));
                            t.column("name", string(40));
                            t.column("qty", integer());
                        });""", "");
        RevisionFiles.write(migrations, "2.java", "m2", "m1", "op.alterColumn(\"a\", \"code\", c -> c.type(string(60)));", "");
        RevisionFiles.write(migrations, "3.java", "m3", "m2", "op.alterColumn(\"a\", \"qty\", c -> c.type(bigInteger()));", "");
        RevisionFiles.write(migrations, "4.java", "m4", "m3", "op.alterColumn(\"a\", \"name\", c -> c.type(string(100)));", "");
        Loquent offline = Loquent.configure().dialect("mysql").scripts(migrations).load();
        assertThat(offline.lintOffline("heads")).extracting(LintFinding::rule, LintFinding::severity,
                LintFinding::revision, LintFinding::operation).containsExactly(
                        tuple("MY002", Severity.WARNING, "m3", "alter column a.qty"),
                        tuple("MY002", Severity.WARNING, "m4", "alter column a.name"));
    }

    /** LQ003 on MySQL: the schema change commits at once, so a failed update leaves it half done. */
    @Test
    void aRevisionThatUpdatesRowsBesidesChangingTheSchemaIsFlagged() {
        Path migrations = dir.resolve("migrations");
        RevisionFiles.write(migrations, "1.java", "d1", null,
                "op.createTable(\"a\", t -> { t.column(\"id\", bigInteger().primaryKey()); t.column(\"x\", integer()); });", "");
        RevisionFiles.write(migrations, "2.java", "d2", "d1", "op.update(\"UPDATE a SET x = 1\"); op.dropColumn(\"a\", \"x\");", "");
        Loquent offline = Loquent.configure().dialect("mysql").scripts(migrations).load();
        assertThat(offline.lintOffline("heads")).filteredOn(f -> f.rule().equals("LQ003")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).as("the schema change comes after the rows: unsized").isEqualTo(Severity.INFO);
                    assertThat(f.why()).contains("MySQL commits the schema change at once");
                });
    }
}
