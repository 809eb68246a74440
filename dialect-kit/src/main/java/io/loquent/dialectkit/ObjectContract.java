package io.loquent.dialectkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.schema.Schema;
import io.loquent.api.schema.View;
import io.loquent.core.Loquent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Views and the existence forms ({@code createTableIfNotExists}, {@code dropTableIfExists}, {@code dropIndexIfExists},
 * {@code dropViewIfExists}, {@code dropSequenceIfExists}) on the database under test, read back from its catalogue
 * (JDBC metadata, the dialect's reflection) and proved with rows; offline scripts build what the online run builds;
 * drift sees a view made or dropped by hand. A dialect's test extends it and supplies its database.
 */
public abstract class ObjectContract extends DatabaseContract {
    /** The revision files of the test. */
    protected Path scripts;

    @BeforeEach
    void scriptsFolder() {
        scripts = dir.resolve("migrations");
    }

    protected Loquent loquent() throws Exception {
        return Loquent.configure().url(url()).scripts(scripts).load();
    }

    /** Whether the database has sequences. */
    protected abstract boolean hasSequences();


    /** The views JDBC metadata lists, by name. */
    protected List<String> views() throws Exception {
        try (Connection c = connect();
             ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"VIEW"})) {
            List<String> views = new ArrayList<>();
            while (rs.next()) {
                views.add(rs.getString("TABLE_NAME"));
            }
            return views;
        }
    }

    private void usersWithViews() {
        RevisionFiles.write(scripts, "1.java", "v1", null, """
                op.createTable("users", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("email", string(100));
                            t.column("active", bool().nullable(false).defaultValue(true));
                        });
                        op.createView("active_users", "SELECT id, email FROM users WHERE active = TRUE");""",
                """
                op.dropView("active_users");
                        op.dropTable("users");""");
        RevisionFiles.write(scripts, "2.java", "v2", "v1", """
                op.createOrReplaceView("active_users", "SELECT id, email, 'yes' AS flag FROM users WHERE active = TRUE");""",
                """
                op.dropView("active_users");
                        op.createView("active_users", "SELECT id, email FROM users WHERE active = TRUE");""");
    }

    @Test
    void viewsAreCreatedReplacedAndDroppedAndReadBack() throws Exception {
        usersWithViews();
        loquent().upgrade("v1");
        assertThat(views()).containsExactly("active_users");
        sql("INSERT INTO users (id, email, active) VALUES (1, 'ann@example.com', TRUE)",
                "INSERT INTO users (id, email, active) VALUES (2, 'bob@example.com', FALSE)");
        assertThat(rows("SELECT * FROM active_users")).containsExactly("1|ann@example.com");
        if (reflects()) {
            Schema schema = reflect();
            assertThat(schema.views()).extracting(View::name).containsExactly("active_users");
            assertThat(schema.tables()).extracting(t -> t.name()).doesNotContain("active_users");
            assertThat(schema.views().get(0).definition().toLowerCase()).contains("users").contains("email");
            assertThat(loquent().schemaAt("v1").views()).containsExactly(new View("active_users",
                    "SELECT id, email FROM users WHERE active = TRUE"));
        }

        loquent().upgrade("v2");
        assertThat(rows("SELECT * FROM active_users")).containsExactly("1|ann@example.com|yes");
        assertThat(loquent().drift().findings()).as("drift after the run").isEmpty();

        loquent().downgrade("v1");
        assertThat(rows("SELECT * FROM active_users")).containsExactly("1|ann@example.com");
        loquent().downgrade("base");
        assertThat(views()).isEmpty();
    }

    @Test
    void aViewMadeOrDroppedByHandIsDrift() throws Exception {
        usersWithViews();
        loquent().upgrade("head");
        assertThat(loquent().drift().findings()).isEmpty();
        sql("CREATE VIEW by_hand AS SELECT id FROM users");
        sql("DROP VIEW active_users");
        assertThat(loquent().drift().findings()).extracting(f -> f.replaceAll(" since revision .*", ""))
                .containsExactly("view by_hand was created outside Loquent",
                        "view active_users was dropped outside Loquent");
    }

    @Test
    void offlineScriptsOfViewsBuildWhatTheOnlineRunBuilds() throws Exception {
        usersWithViews();
        List<Object> offline = new ArrayList<>();
        try (Connection c = connect()) {
            ShellScript.run(c, loquent().offlineSql("head", true));
            offline.add(reflectedOrViews());
            ShellScript.run(c, loquent().offlineSql("head:v1", false));
            offline.add(rows("SELECT * FROM active_users"));
            ShellScript.run(c, loquent().offlineSql("v1:base", false));
            offline.add(views());
        }
        loquent().upgrade("head");
        assertThat(reflectedOrViews()).as("online at head vs offline").isEqualTo(offline.get(0));
        loquent().downgrade("v1");
        assertThat(rows("SELECT * FROM active_users")).isEqualTo(offline.get(1));
        loquent().downgrade("base");
        assertThat(views()).isEqualTo(offline.get(2)).isEqualTo(List.of());
    }

    private Object reflectedOrViews() throws Exception {
        return reflects() ? reflect() : views();
    }

    /**
     * Every existence form, run over a database where the objects exist (made by hand, as when adopting a database)
     * and where they do not: neither run fails, what existed is kept, what did not is created or skipped.
     */
    @Test
    void existenceFormsSkipWhatIsThereAndWhatIsNot() throws Exception {
        RevisionFiles.write(scripts, "1.java", "x1", null, """
                op.createTableIfNotExists("settings", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("name", string(50));
                        });
                        op.dropViewIfExists("legacy_view");
                        op.dropTableIfExists("legacy");
                        op.dropIndexIfExists("ix_settings_name", "settings");""" + (hasSequences() ? """

                        op.dropSequenceIfExists("legacy_seq");""" : ""),
                "op.dropTableIfExists(\"settings\");");

        // Nothing there: the table is created, the drops do nothing.
        loquent().upgrade("head");
        assertThat(columns("settings")).containsExactly("id", "name");
        assertThat(tables()).doesNotContain("legacy");
        loquent().downgrade("base");
        assertThat(tables()).doesNotContain("settings");

        // Everything there, made by hand: the table is kept with its rows and columns, the others are dropped.
        sql("CREATE TABLE settings (id INTEGER PRIMARY KEY, name VARCHAR(50), extra INTEGER)",
                "INSERT INTO settings (id, name, extra) VALUES (1, 'kept', 7)",
                "CREATE INDEX ix_settings_name ON settings (name)",
                "CREATE TABLE legacy (id INTEGER)",
                "CREATE VIEW legacy_view AS SELECT id FROM legacy");
        if (hasSequences()) {
            sql("CREATE SEQUENCE legacy_seq");
        }
        loquent().upgrade("head");
        assertThat(columns("settings")).containsExactly("id", "name", "extra");
        assertThat(rows("SELECT id, name, extra FROM settings")).containsExactly("1|kept|7");
        assertThat(tables()).doesNotContain("legacy");
        assertThat(views()).isEmpty();
        if (reflects()) {
            Schema schema = reflect();
            assertThat(schema.table("settings").orElseThrow().indexes()).isEmpty();
            assertThat(schema.sequences()).isEmpty();
        }
        loquent().downgrade("base");
        assertThat(tables()).doesNotContain("settings");
    }

    @Test
    void offlineExistenceFormsRunInTheShellOverEitherState() throws Exception {
        RevisionFiles.write(scripts, "1.java", "x1", null, """
                op.createTableIfNotExists("settings", t -> t.column("id", integer().primaryKey()));
                        op.dropViewIfExists("legacy_view");
                        op.dropTableIfExists("legacy");""", "op.dropTableIfExists(\"settings\");");
        String up = loquent().offlineSql("head", true);
        sql("CREATE TABLE settings (id INTEGER PRIMARY KEY, made_by_hand INTEGER)", "CREATE TABLE legacy (id INTEGER)",
                "CREATE VIEW legacy_view AS SELECT id FROM legacy");
        try (Connection c = connect()) {
            ShellScript.run(c, up);
        }
        assertThat(tables()).contains("settings").doesNotContain("legacy");
        assertThat(columns("settings")).containsExactly("id", "made_by_hand");
        assertThat(views()).isEmpty();

        for (String table : tables()) {
            sql("DROP TABLE " + dialect().quote(table));
        }
        try (Connection c = connect()) {
            ShellScript.run(c, up);
        }
        assertThat(tables()).contains("settings");
        assertThat(columns("settings")).containsExactly("id");
    }

    @Test
    void aViewThatExistsAlreadyOrIsMissingIsReportedByTheReplay() throws Exception {
        RevisionFiles.write(scripts, "1.java", "r1", null, """
                op.createTable("t", t -> t.column("id", integer().primaryKey()));
                        op.createView("v", "SELECT id FROM t");
                        op.createView("v", "SELECT id FROM t");""", "op.dropTable(\"t\");");
        assertThatThrownBy(() -> loquent().schemaAt("head"))
                .hasMessageContaining("createView")
                .hasMessageContaining("view already exists; createOrReplaceView replaces it");
    }
}
