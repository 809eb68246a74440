package io.loquent.dialectkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.core.HistoryEntry;
import io.loquent.core.Loquent;
import io.loquent.core.MigrationFailedException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Data migrations on the database under test: a revision reads rows ({@code op.query}), transforms them in Java and
 * writes them back ({@code op.update}) with bound parameters, in order with its schema changes; offline the writes
 * become literals that the database's shell runs to the same rows, and the reads are refused. A dialect's test
 * extends it and supplies its database.
 */
public abstract class DataMigrationContract extends DatabaseContract {
    /** The revision files of the test. */
    protected Path scripts;

    @BeforeEach
    void scriptsFolder() {
        scripts = dir.resolve("migrations");
    }

    protected Loquent loquent() throws Exception {
        return Loquent.configure().url(url()).scripts(scripts).load();
    }

    private void people() {
        RevisionFiles.write(scripts, "1.java", "d1", null, """
                op.createTable("people", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("name", string(100));
                        });""", "op.dropTable(\"people\");");
    }

    @Test
    void aBackfillReadsTheRowsTransformsThemAndWritesThemBackInOrderWithTheSchemaChanges() throws Exception {
        people();
        RevisionFiles.write(scripts, "2.java", "d2", "d1", """
                op.addColumn("people", "first_name", string(100));
                        op.addColumn("people", "last_name", string(100));
                        for (java.util.Map<String, Object> row : op.query(
                                "SELECT id, name FROM people WHERE name <> ? ORDER BY id", "?")) {
                            if (!java.util.List.copyOf(row.keySet()).equals(java.util.List.of("id", "name"))) {
                                throw new IllegalStateException("columns " + row.keySet());
                            }
                            String name = (String) row.get("name");
                            int space = name.indexOf(' ');
                            int changed = op.update("UPDATE people SET first_name = ?, last_name = ? WHERE id = ?",
                                    space < 0 ? name : name.substring(0, space),
                                    space < 0 ? null : name.substring(space + 1), row.get("id"));
                            if (changed != 1) {
                                throw new IllegalStateException("changed " + changed + " rows");
                            }
                        }
                        op.dropColumn("people", "name");""", "");
        loquent().upgrade("d1");
        try (Connection c = connect();
             PreparedStatement insert = c.prepareStatement("INSERT INTO people (id, name) VALUES (?, ?)")) {
            String[] names = {"Ann O'Brien", "C:\\temp\\ Zoë \"quoted\"", "Madonna", "?"};
            for (int i = 0; i < names.length; i++) {
                insert.setInt(1, i + 1);
                insert.setString(2, names[i]);
                insert.executeUpdate();
            }
        }
        loquent().upgrade("head");
        assertThat(columns("people")).containsExactly("id", "first_name", "last_name");
        assertThat(rows("SELECT id, first_name, last_name FROM people ORDER BY id")).containsExactly(
                "1|Ann|O'Brien", "2|C:\\temp\\|Zoë \"quoted\"", "3|Madonna|null", "4|null|null");
    }

    /** Values with quotes, backslashes and a question mark, and a {@code ?} inside a literal that is not a parameter. */
    private void notes() {
        RevisionFiles.write(scripts, "1.java", "n1", null, """
                op.createTable("notes", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("body", string(100));
                        });
                        op.bulkInsert("notes", java.util.List.of(java.util.Map.of("id", 1, "body", "x"),
                                java.util.Map.of("id", 2, "body", "?"), java.util.Map.of("id", 3, "body", "y")));""",
                "op.dropTable(\"notes\");");
        RevisionFiles.write(scripts, "2.java", "n2", "n1", """
                op.update("UPDATE notes SET body = ? WHERE id = ?", "it's a \\\\ 'quoted' ? mark \\\\'", 1);
                        op.update("UPDATE notes SET body = ? /* why? */ WHERE id = ? AND body = '?'", null, 2);
                        op.update("DELETE FROM notes WHERE id = ?", 3L);""", "");
    }

    @Test
    void updatesWrittenOfflineLeaveTheRowsTheOnlineRunLeaves() throws Exception {
        notes();
        String script = loquent().offlineSql("head", true);
        assertThat(script).as("the values are literals offline").doesNotContain("id = ?")
                .contains("AND body = '?'");
        try (Connection c = connect()) {
            ShellScript.run(c, script);
        }
        List<String> offline = rows("SELECT id, body FROM notes ORDER BY id");
        assertThat(offline).containsExactly("1|it's a \\ 'quoted' ? mark \\'", "2|null");
        loquent().downgrade("base");
        assertThat(tables()).doesNotContain("notes");
        loquent().upgrade("head");
        assertThat(rows("SELECT id, body FROM notes ORDER BY id")).as("online").isEqualTo(offline);
    }

    @Test
    void anOfflineScriptRefusesARevisionThatReadsTheDatabaseNamingIt() throws Exception {
        people();
        RevisionFiles.write(scripts, "2.java", "q2", "d1", """
                op.addColumn("people", "first_name", string(100));
                        op.query("SELECT id FROM people");""", "");
        RevisionFiles.write(scripts, "3.java", "q3", "q2", "op.connection();", "");
        assertThatThrownBy(() -> loquent().offlineSql("q2", true)).isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("revision q2 (").hasMessageContaining("2.java) failed in upgrade at line ")
                .hasMessageContaining(": it reads the database (op.query), which an offline script cannot: run this"
                        + " revision online (loquent.upgrade(")
                .hasMessageEndingWith("Nothing ran on a database").hasMessageNotContaining("\n");
        assertThat(loquent().offlineSql("d1", true)).as("the script up to the revision before it").contains("people");
        loquent().upgrade("q2");
        assertThatThrownBy(() -> loquent().offlineSql("q2:q3", true))
                .hasMessageContaining("revision q3 (").hasMessageContaining("(op.connection()), which an offline script");
    }

    @Test
    void aDryRunReadsWhereItRunsInATransactionAndRefusesWhereItOnlyWrites() throws Exception {
        notes();
        RevisionFiles.write(scripts, "2.java", "n2", "n1", """
                for (java.util.Map<String, Object> row : op.query("SELECT id, body FROM notes ORDER BY id")) {
                            op.update("UPDATE notes SET body = ? WHERE id = ?", row.get("body") + "!", row.get("id"));
                        }""", "");
        loquent().upgrade("n1");
        if (dialect().transactionalDdl()) {
            String script = loquent().dryRun("head", true);
            assertThat(script).contains("UPDATE notes SET body = 'x!' WHERE id = 1;", "'?!' WHERE id = 2;");
            assertThat(rows("SELECT body FROM notes ORDER BY id")).as("rolled back").containsExactly("x", "?", "y");
        } else {
            assertThatThrownBy(() -> loquent().dryRun("head", true)).hasMessageContaining("revision n2 (")
                    .hasMessageContaining("it reads the database (op.query), which a dry run on a database that"
                            + " commits DDL as it goes");
        }
    }

    @Test
    void anUpdateBeforeAFailureStaysOnlyWhereDdlCommitsAsItGoesAndResumeDoesNotRepeatIt() throws Exception {
        RevisionFiles.write(scripts, "1.java", "c1", null, """
                op.createTable("counter", t -> t.column("n", integer()));
                        op.bulkInsert("counter", java.util.List.of(java.util.Map.of("n", 0)));""", "");
        String counted = "op.update(\"UPDATE counter SET n = n + ?\", 1);";
        RevisionFiles.write(scripts, "2.java", "c2", "c1", counted + """

                        op.execute("INSERT INTO no_such_table VALUES (1)");""", "");
        loquent().upgrade("c1");
        assertThatThrownBy(() -> loquent().upgrade("head")).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("INSERT INTO no_such_table");
        RevisionFiles.write(scripts, "2.java", "c2", "c1", counted, "");
        if (dialect().transactionalDdl()) {
            assertThat(rows("SELECT n FROM counter")).as("rolled back with its revision").containsExactly("0");
            loquent().upgrade("head");
        } else {
            assertThat(rows("SELECT n FROM counter")).as("committed on its own").containsExactly("1");
            HistoryEntry failed = loquent().appliedHistory().stream().filter(e -> e.revision().equals("c2"))
                    .findFirst().orElseThrow();
            assertThat(failed.detail()).startsWith("failed after 1 statement(s) had committed")
                    .contains("\n#1 ").contains("UPDATE counter SET n = n + ? -- 1 value bound (")
                    .doesNotContain("n + 1");
            loquent().upgrade("head", true);
        }
        assertThat(rows("SELECT n FROM counter")).as("the update ran once").containsExactly("1");
        assertThat(loquent().current()).extracting(io.loquent.core.CurrentRevision::id).containsExactly("c2");
    }
}
