package io.loquent.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure's advice blames what is wrong: the script, the database, or Loquent's own tables; on real SQLite. */
class FailureAdviceTest {
    @TempDir
    Path dir;
    private Path scripts;

    @BeforeEach
    void scripts() {
        scripts = dir.resolve("migrations");
        Scripts.write(scripts, "1.java", "a1", null, "op.createTable(\"t\", t -> t.column(\"id\", integer()));", "");
    }

    private Loquent loquent(String url) {
        return Loquent.configure().url(url).scripts(scripts).load();
    }

    private List<String> tables(String db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(db));
             ResultSet rs = c.createStatement().executeQuery("select name from sqlite_master where type = 'table' order by 1")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private void sql(String db, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(db))) {
            c.createStatement().execute(statement);
        }
    }

    @Test
    void aReadOnlyDatabaseIsBlamedNotTheScript() throws Exception {
        loquent("jdbc:sqlite:" + dir.resolve("app.db")).stamp("base", false); // Loquent's tables, nothing else
        assertThatThrownBy(() -> loquent("jdbc:sqlite:" + dir.resolve("app.db") + "?open_mode=1").upgrade("head"))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("attempt to write a readonly database")
                .hasMessageEndingWith("Nothing of it was applied; the database is still at base. The database refuses"
                        + " changes (it is read-only, or the user may not change the schema): connect to a writable"
                        + " database as a user that may, and run again");
        assertThat(tables("app.db")).containsExactly("loquent_history", "loquent_snapshot", "loquent_version");
    }

    @Test
    void aVersionTableOfAnotherShapeIsNamedBeforeAnythingRuns() throws Exception {
        sql("app.db", "CREATE TABLE loquent_version (v INTEGER)");
        assertThatThrownBy(() -> loquent("jdbc:sqlite:" + dir.resolve("app.db")).upgrade("head"))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("the version table 'loquent_version' is not Loquent's: it has no column version_num (its"
                        + " columns: v). If it belongs to something else, set version_table to another name in"
                        + " loquent.properties; if it is Loquent's, restore its columns");
        assertThat(tables("app.db")).doesNotContain("t");
    }

    @Test
    void aVersionTableThatRefusesTheRowIsBlamedNotTheScript() throws Exception {
        sql("app.db", "CREATE TABLE loquent_version (version_num VARCHAR(255) NOT NULL PRIMARY KEY"
                + " CHECK (length(version_num) > 5))");
        assertThatThrownBy(() -> loquent("jdbc:sqlite:" + dir.resolve("app.db")).upgrade("head"))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("Statement: INSERT INTO \"loquent_version\"")
                .hasMessageEndingWith("Nothing of it was applied; the database is still at base. Loquent could not"
                        + " record the revision in the tables 'loquent_version' and 'loquent_history': if those tables"
                        + " belong to something else, set version_table and history_table to other names in"
                        + " loquent.properties; otherwise restore them as Loquent created them, and run again");
        assertThat(tables("app.db")).doesNotContain("t");
    }
}
