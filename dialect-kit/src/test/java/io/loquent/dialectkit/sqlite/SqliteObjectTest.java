package io.loquent.dialectkit.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.ObjectContract;
import io.loquent.dialectkit.RevisionFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Views and existence forms on SQLite, which has no sequences; and views through offline table rebuilds. */
class SqliteObjectTest extends ObjectContract {
    @Override
    protected ContractDatabase database() {
        return SqliteContractDatabase.INSTANCE;
    }

    @Override
    protected boolean hasSequences() {
        return false;
    }

    @Override
    protected boolean defersForeignKeys() {
        return true;
    }

    @Override
    protected boolean defersUniques() {
        return false;
    }

    private void tableWithView(String change) {
        RevisionFiles.write(scripts, "1.java", "a1", null, """
                op.createTable("t", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("a", integer());
                            t.column("b", string(10));
                        });
                        op.createView("v", "SELECT id, a FROM t");""", "op.dropView(\"v\");\n        op.dropTable(\"t\");");
        RevisionFiles.write(scripts, "2.java", "a2", "a1", change, "");
    }

    /** An offline rebuild of a table that a view names keeps the view working, as the online rebuild does. */
    @Test
    void anOfflineRebuildKeepsTheViewsTheHistoryCreated() throws Exception {
        tableWithView("op.alterColumn(\"t\", \"b\", c -> c.nullable(false).serverDefault(\"'x'\"));");
        String script = loquent().offlineSql("head", true);
        assertThat(script).contains("SELECT * FROM \"v\" LIMIT 0");
        sqlite3(script);
        sql("INSERT INTO t (id, a) VALUES (1, 2)");
        assertThat(rows("SELECT id, a FROM v")).containsExactly("1|2");
    }

    /** Pipes {@code script} into SQLite's own shell on the test's database file, which must succeed. */
    private void sqlite3(String script) throws Exception {
        Path file = dir.resolve("test.db");
        Process shell = new ProcessBuilder("sqlite3", "-bail", file.toString()).redirectErrorStream(true).start();
        try (var in = shell.getOutputStream()) {
            in.write(script.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(shell.waitFor()).as("sqlite3 exit code; output: %s", output).isZero();
    }

    /** Dropping a column a view uses is refused offline, naming the view, as it is online. */
    @Test
    void anOfflineRebuildThatWouldBreakAViewIsRefused() {
        tableWithView("op.batchAlterTable(\"t\", b -> b.dropColumn(\"a\").alterColumn(\"b\", c -> c.nullable(false)));");
        assertThatThrownBy(() -> loquent().offlineSql("head", true)).hasMessageContaining("view 'v' may use a dropped"
                + " column; drop the view first (op.dropView(\"v\")) and create it again afterwards (op.createView)");
    }
}
