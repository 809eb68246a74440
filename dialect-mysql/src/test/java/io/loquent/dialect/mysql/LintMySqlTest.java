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
}
