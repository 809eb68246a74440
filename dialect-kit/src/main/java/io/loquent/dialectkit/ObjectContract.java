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

    /** Whether the database defers foreign keys (PostgreSQL, SQLite). */
    protected abstract boolean defersForeignKeys();

    /** Whether the database defers unique constraints (PostgreSQL). */
    protected abstract boolean defersUniques();


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

    private void deferredKeys() {
        RevisionFiles.write(scripts, "1.java", "d1", null, """
                op.createTable("orders", t -> t.column("id", integer().primaryKey()));
                        op.createTable("lines", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("order_id", integer().nullable(false));
                            t.foreignKey(null, "orders", java.util.List.of("order_id"), java.util.List.of("id"),
                                    "CASCADE", null, io.loquent.api.schema.TableConstraint.Deferral.DEFERRED);
                        });""", "op.dropTable(\"lines\");\n        op.dropTable(\"orders\");");
    }

    /**
     * A foreign key declared {@code DEFERRABLE INITIALLY DEFERRED} lets a transaction insert a child before its
     * parent, reads back deferred, and reports no drift; where the database defers nothing the run is refused.
     */
    @Test
    void aDeferredForeignKeyIsCheckedAtCommit() throws Exception {
        deferredKeys();
        if (!defersForeignKeys()) {
            assertThatThrownBy(() -> loquent().upgrade("head")).hasMessageContaining("cannot defer");
            assertThat(tables()).doesNotContain("lines");
            return;
        }
        loquent().upgrade("head");
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            c.createStatement().execute("INSERT INTO lines (id, order_id) VALUES (1, 7)");
            c.createStatement().execute("INSERT INTO orders (id) VALUES (7)");
            c.commit();
        }
        assertThat(rows("SELECT order_id FROM lines")).containsExactly("7");
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            c.createStatement().execute("INSERT INTO lines (id, order_id) VALUES (2, 8)");
            assertThatThrownBy(c::commit).as("an orphan at commit").isInstanceOf(java.sql.SQLException.class);
            c.rollback();
        }
        if (reflects()) {
            assertThat(reflect().table("lines").orElseThrow().foreignKeys()).singleElement()
                    .extracting(io.loquent.api.schema.TableConstraint.ForeignKey::deferral)
                    .isEqualTo(io.loquent.api.schema.TableConstraint.Deferral.DEFERRED);
            assertThat(loquent().drift().findings()).isEmpty();
        }
        loquent().downgrade("base");
        assertThat(tables()).doesNotContain("lines");
    }

    @Test
    void offlineScriptsOfDeferredKeysBuildWhatTheOnlineRunBuilds() throws Exception {
        deferredKeys();
        if (!defersForeignKeys() || !reflects()) {
            return;
        }
        try (Connection c = connect()) {
            ShellScript.run(c, loquent().offlineSql("head", true));
        }
        Schema offline = reflect();
        try (Connection c = connect()) {
            ShellScript.run(c, loquent().offlineSql("d1:base", false));
        }
        loquent().upgrade("head");
        assertThat(reflect()).isEqualTo(offline);
    }

    /**
     * A deferrable unique constraint (checked at the end of each statement unless deferred further) lets one UPDATE
     * swap two positions, which an immediate one refuses on PostgreSQL; elsewhere it is refused with advice.
     */
    @Test
    void aDeferrableUniqueLetsAStatementPassThroughDuplicates() throws Exception {
        RevisionFiles.write(scripts, "1.java", "u1", null, """
                op.createTable("slots", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("position", integer().nullable(false));
                            t.uniqueNamed(null, io.loquent.api.schema.TableConstraint.Deferral.IMMEDIATE, "position");
                        });""", "op.dropTable(\"slots\");");
        if (!defersUniques()) {
            assertThatThrownBy(() -> loquent().upgrade("head")).hasMessageContaining("unique");
            assertThat(tables()).doesNotContain("slots");
            return;
        }
        loquent().upgrade("head");
        sql("INSERT INTO slots (id, position) VALUES (1, 1)", "INSERT INTO slots (id, position) VALUES (2, 2)");
        sql("UPDATE slots SET position = 3 - position");
        assertThat(rows("SELECT id, position FROM slots ORDER BY id")).containsExactly("1|2", "2|1");
        assertThatThrownBy(() -> sql("UPDATE slots SET position = 1")).as("still unique at the statement's end")
                .isInstanceOf(java.sql.SQLException.class);
        assertThat(reflect().table("slots").orElseThrow().constraints())
                .filteredOn(k -> k instanceof io.loquent.api.schema.TableConstraint.Unique).singleElement()
                .isEqualTo(new io.loquent.api.schema.TableConstraint.Unique("uq_slots_position", List.of("position"),
                        io.loquent.api.schema.TableConstraint.Deferral.IMMEDIATE));
        assertThat(loquent().drift().findings()).isEmpty();
    }

    /** A comment set on an existing table and removed again, read back where the database keeps comments. */
    @Test
    void aTableCommentIsSetAndRemoved() throws Exception {
        RevisionFiles.write(scripts, "1.java", "c1", null, "op.createTable(\"notes\", t -> t.column(\"id\","
                + " integer().primaryKey()));", "op.dropTable(\"notes\");");
        RevisionFiles.write(scripts, "2.java", "c2", "c1", "op.setTableComment(\"notes\", \"what people wrote\");",
                "op.setTableComment(\"notes\", null);");
        loquent().upgrade("head");
        assertThat(loquent().schemaAt("head").table("notes").orElseThrow().comment()).isEqualTo("what people wrote");
        if (reflects() && dialect().keepsComments()) {
            assertThat(reflect().table("notes").orElseThrow().comment()).isEqualTo("what people wrote");
        }
        assertThat(loquent().drift().findings()).isEmpty();
        loquent().downgrade("c1");
        if (reflects() && dialect().keepsComments()) {
            assertThat(reflect().table("notes").orElseThrow().comment()).isNull();
        }
        assertThat(loquent().drift().findings()).isEmpty();
    }
}
