package io.loquent.core.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.core.ScriptException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class-path revision's checksum follows what the revision does, not how it was compiled: the same source compiled
 * with other flags or with comments added keeps it, a changed column length changes it.
 */
class ClasspathChecksumTest {
    private static final String SOURCE = """
            package chk;

            import io.loquent.api.*;
            import static io.loquent.api.Types.*;
            import java.util.List;
            import java.util.Map;

            @Revision(id = "c1", message = "create notes")
            public final class CreateNotes implements MigrationScript {
                @Override public void upgrade(Op op) {
                    String table = "notes";
                    Migration.createTable(table, t -> {
                        t.column("id", integer().primaryKey());
                        t.column("title", string(40).nullable(false));
                    });
                    op.createIndex("ix_title", table, "title");
                    op.execute("update " + table + " set title = 'x'");
                    op.bulkInsert(table, List.of(Map.of("id", 1, "title", "first")));
                }
                @Override public void downgrade(Op op) {
                    op.dropTable("notes");
                }
            }
            """;

    @TempDir
    Path dir;

    private String checksum(String name, String source, String... flags) {
        return Javac.load(Javac.compile(dir.resolve(name), "CreateNotes", source, flags)).get(0).info().checksum();
    }

    /** The checksum of one compilation, loaded twice: each load records the revision afresh. */
    private String stableChecksum(String name, String source) {
        Path classes = Javac.compile(dir.resolve(name), "CreateNotes", source, "-g");
        String first = Javac.load(classes).get(0).info().checksum();
        assertThat(Javac.load(classes).get(0).info().checksum()).isEqualTo(first);
        return first;
    }

    @Test
    void recompilingTheSameRevisionKeepsItsChecksum() {
        String withDebug = checksum("g", SOURCE, "-g");
        assertThat(withDebug).matches("ops1:[0-9a-f]{64}");
        String commented = SOURCE.replace("    @Override public void upgrade(Op op) {",
                "    /** Creates the notes table. */\n\n    @Override public void upgrade(Op op) { // the table\n");
        assertThat(checksum("none", SOURCE, "-g:none")).isEqualTo(withDebug);
        assertThat(checksum("parameters", SOURCE, "-parameters", "-g:lines")).isEqualTo(withDebug);
        assertThat(checksum("inline-concat", SOURCE, "-XDstringConcat=inline")).isEqualTo(withDebug);
        assertThat(checksum("comment", commented, "-g")).isEqualTo(withDebug);
        // the compilations do differ: the old checksum over class bytes would have changed every time
        assertThat(Javac.classBytes(dir.resolve("g/classes"), "CreateNotes"))
                .isNotEqualTo(Javac.classBytes(dir.resolve("none/classes"), "CreateNotes"))
                .isNotEqualTo(Javac.classBytes(dir.resolve("comment/classes"), "CreateNotes"))
                .isNotEqualTo(Javac.classBytes(dir.resolve("inline-concat/classes"), "CreateNotes"));
    }

    @Test
    void changingWhatTheRevisionDoesChangesItsChecksum() {
        String base = checksum("base", SOURCE, "-g");
        assertThat(checksum("length", SOURCE.replace("string(40)", "string(41)"), "-g")).isNotEqualTo(base);
        assertThat(checksum("value", SOURCE.replace("\"first\"", "\"First\""), "-g")).isNotEqualTo(base);
        assertThat(checksum("parent", SOURCE.replace("message = ", "down = \"c0\", message = "), "-g"))
                .isNotEqualTo(base);
        assertThat(checksum("downgrade", SOURCE.replace("op.dropTable(\"notes\");", ""), "-g")).isNotEqualTo(base);
        assertThat(checksum("message", SOURCE.replace("create notes", "create the notes table"), "-g"))
                .as("the message describes the revision; it does not change what it does").isEqualTo(base);
    }

    @Test
    void valuesThatDifferOnEveryRunDoNotChangeTheChecksum() {
        String source = SOURCE.replace("Map.of(\"id\", 1, \"title\", \"first\")",
                "Map.of(\"id\", 1, \"title\", java.util.UUID.randomUUID().toString(),"
                        + " \"at\", java.time.LocalDateTime.now(), \"day\", java.time.LocalDate.now())");
        String first = stableChecksum("now", source);
        assertThat(checksum("now-length", source.replace("string(40)", "string(41)"), "-g")).isNotEqualTo(first);
    }

    @Test
    void aDowngradeThatThrowsHasAStableChecksumOfItsOwn() {
        String irreversible = SOURCE.replace("op.dropTable(\"notes\");",
                "throw new UnsupportedOperationException(\"irreversible at \" + System.nanoTime());");
        assertThat(stableChecksum("throws", irreversible)).isNotEqualTo(checksum("plain", SOURCE, "-g"));
    }

    @Test
    void theChecksumIsComputedOnlyWhenAskedFor() {
        String counting = SOURCE.replace("public final class CreateNotes implements MigrationScript {",
                "public final class CreateNotes implements MigrationScript {\n"
                        + "    static { if (Boolean.getBoolean(\"chk.fail\")) throw new IllegalStateException(\"no config\"); }");
        Path classes = Javac.compile(dir.resolve("lazy"), "CreateNotes", counting, "-g");
        System.setProperty("chk.fail", "true");
        try {
            LoadedRevision revision = Javac.load(classes).get(0);
            assertThat(revision.info().id()).isEqualTo("c1");
            assertThatThrownBy(() -> revision.info().checksum())
                    .isInstanceOf(ScriptException.class)
                    .hasMessage("chk.CreateNotes (CreateNotes.java:10): the static initialiser of CreateNotes failed:"
                            + " no config. Fix the script's static fields or static block");
        } finally {
            System.clearProperty("chk.fail");
        }
    }

    private static final String BACKFILL = """
            package chk;

            import io.loquent.api.*;
            import java.util.Map;

            @Revision(id = "c2", message = "backfill")
            public final class CreateNotes implements MigrationScript {
                @Override public void upgrade(Op op) {
                    for (Map<String, Object> row : op.query("SELECT id, title FROM notes WHERE id > ?", 0)) {
                        op.update("UPDATE notes SET title = ? WHERE id = ?", row.get("title") + "!", row.get("id"));
                    }
                    op.update("UPDATE notes SET title = ? WHERE title IS NULL", "none");
                }
                @Override public void downgrade(Op op) {
                    op.connection();
                }
            }
            """;

    /**
     * A revision that reads the database still has a checksum, computed without one: its queries read no row there,
     * and its statements and their values take part, so changing them changes it.
     */
    @Test
    void aRevisionThatReadsAndWritesRowsHasAChecksumOverItsStatementsAndValues() {
        String base = stableChecksum("backfill", BACKFILL);
        assertThat(base).matches("ops1:[0-9a-f]{64}");
        assertThat(checksum("query", BACKFILL.replace("id > ?", "id >= ?"), "-g")).isNotEqualTo(base);
        assertThat(checksum("param", BACKFILL.replace("\"none\"", "\"None\""), "-g")).isNotEqualTo(base);
        assertThat(checksum("bound", BACKFILL.replace("WHERE id > ?\", 0", "WHERE id > ?\", 1"), "-g"))
                .isNotEqualTo(base);
    }
}
