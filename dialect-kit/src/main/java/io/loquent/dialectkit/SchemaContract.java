package io.loquent.dialectkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.core.CurrentRevision;
import io.loquent.core.HistoryEntry;
import io.loquent.core.Loquent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tables in a named schema (a PostgreSQL schema, a MySQL database): revisions that name {@code schema.table} build
 * their tables, indexes and foreign keys there, read back from the catalogue, kept apart from a table of the same
 * name in the default schema; the replayed history equals the reflected schema, {@code check} reports no drift,
 * offline SQL builds what the online run builds, and downgrade removes them. {@code version_table_schema} puts
 * Loquent's own tables in the schema. A database without schemas ({@link #schemas()} false, SQLite) refuses a
 * schema-qualified name, with a message. A dialect's test extends it and supplies its database and two schema names.
 */
public abstract class SchemaContract extends DatabaseContract {
    /** The revision files of the test. */
    protected Path scripts;

    /** Whether the database has schemas Loquent can name; true by default. */
    protected boolean schemas() {
        return true;
    }

    /** The connection's default schema, where unqualified tables go. */
    protected abstract String defaultSchema();

    /** The second schema the tests use, created before each test and dropped after it. */
    protected abstract String otherSchema();

    /** The statements that create {@code schema} (CREATE SCHEMA, CREATE DATABASE). */
    protected abstract List<String> createSchema(String schema);

    /** The statements that drop {@code schema} with whatever it holds, if it exists. */
    protected abstract List<String> dropSchema(String schema);

    @BeforeEach
    void freshSchema() throws Exception {
        scripts = dir.resolve("migrations");
        if (schemas()) {
            sql(dropSchema(otherSchema()).toArray(String[]::new));
            sql(createSchema(otherSchema()).toArray(String[]::new));
        }
    }

    @AfterEach
    void dropTheSchema() throws Exception {
        if (schemas()) {
            sql(dropSchema(otherSchema()).toArray(String[]::new));
        }
    }

    protected Loquent loquent() throws Exception {
        return Loquent.configure().url(url()).scripts(scripts).load();
    }

    /** The tables of {@code schema} as information_schema.tables lists them, by name. */
    protected List<String> catalogue(String schema) throws Exception {
        return rows("SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name",
                schema);
    }

    /** The first column of each row of {@code sql}, with {@code parameters} bound. */
    protected List<String> rows(String sql, Object... parameters) throws Exception {
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }

    /** {@code S.users}, {@code S.items} and a default-schema {@code items}, then changes to them in the schema. */
    private void revisions() {
        String s = otherSchema();
        RevisionFiles.write(scripts, "1.java", "s1", null, """
                op.createTable("%1$s.users", t -> {
                            t.id();
                            t.column("email", string(100).unique());
                        });
                        op.createTable("%1$s.items", t -> {
                            t.column("id", integer().primaryKey());
                            t.foreignId("user_id").constrained("%1$s.users");
                            t.column("name", string(50));
                        });
                        op.createIndex("ix_items_name", "%1$s.items", "name");
                        op.createTable("items", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("owner_id", bigInteger().foreignKey("%1$s.users.id"));
                        });
                        op.bulkInsert("%1$s.users", java.util.List.of(java.util.Map.of("id", 1, "email", "a@x")));"""
                .formatted(s), """
                op.dropTable("items");
                        op.dropIndex("ix_items_name", "%1$s.items");
                        op.dropTable("%1$s.items");
                        op.dropTable("%1$s.users");""".formatted(s));
        RevisionFiles.write(scripts, "2.java", "s2", "s1", """
                op.addColumn("%1$s.items", "price", integer().nullable(true));
                        op.alterColumn("%1$s.items", "name", c -> c.type(string(80)));
                        op.createCheckConstraint("price_positive", "%1$s.items", "price > 0");
                        op.batchAlterTable("%1$s.items", b -> b.addColumn("note", string(20).nullable(true))
                                .createIndex("ix_items_note", "note"));
                        op.renameTable("%1$s.items", "things");""".formatted(s), """
                op.renameTable("%1$s.things", "items");
                        op.batchAlterTable("%1$s.items", b -> b.dropIndex("ix_items_note").dropColumn("note"));
                        op.dropConstraint("ck_items_price_positive", "%1$s.items");
                        op.alterColumn("%1$s.items", "name", c -> c.type(string(50)));
                        op.dropColumn("%1$s.items", "price");""".formatted(s));
    }

    @Test
    void tablesIndexesAndForeignKeysGoInTheNamedSchemaAndDowngradeRemovesThem() throws Exception {
        if (!schemasOrRefuses()) {
            return;
        }
        String s = otherSchema();
        revisions();
        Loquent loquent = loquent();
        loquent.upgrade("head");
        assertThat(catalogue(s)).as("the named schema").containsExactly("things", "users");
        assertThat(catalogue(defaultSchema())).as("the default schema").contains("items")
                .doesNotContain("things", "users");

        sql("INSERT INTO " + dialect().quoteTable(s + ".things") + " (id, user_id, name, price) VALUES (7, 1, 'x', 3)",
                "INSERT INTO items (id, owner_id) VALUES (8, 1)");
        assertThat(rows("SELECT name FROM " + dialect().quoteTable(s + ".things"))).containsExactly("x");
        assertThat(rows("SELECT email FROM " + dialect().quoteTable(s + ".users"))).as("bulkInsert")
                .containsExactly("a@x");
        assertThat(rows("SELECT id FROM items")).as("the default schema's items, kept apart").containsExactly("8");
        assertThat(rows("SELECT table_name FROM information_schema.table_constraints WHERE table_schema = ?"
                + " AND constraint_type = 'FOREIGN KEY' AND constraint_name = ?", s, "fk_items_user_id_users"))
                .as("the foreign key, named with bare table names, in the schema").containsExactly("things");

        Schema live = loquent.liveSchema();
        Table things = live.table(s + ".things").orElseThrow();
        assertThat(things.index("ix_items_name")).as("an index in its table's schema").isPresent();
        assertThat(things.index("ix_items_note")).isPresent();
        assertThat(things.foreignKeys()).extracting(TableConstraint.ForeignKey::referencedTable)
                .containsExactly(s + ".users");
        assertThat(live.table("items").orElseThrow().foreignKeys())
                .extracting(TableConstraint.ForeignKey::referencedTable).containsExactly(s + ".users");
        assertThat(loquent.compare(loquent.schemaAt("head"), live)).as("replay equals reflection").isEmpty();
        assertThat(loquent.drift().drifted()).as("check after the run").isFalse();
        assertThat(loquent.schemaSource(live)).as("schema --live").contains("\"" + s + ".things\"");

        loquent.downgrade("base");
        assertThat(catalogue(s)).as("downgrade drops them").isEmpty();
        assertThat(catalogue(defaultSchema())).doesNotContain("items");
    }

    @Test
    void offlineSqlBuildsWhatTheOnlineRunBuilds() throws Exception {
        if (!schemasOrRefuses()) {
            return;
        }
        revisions();
        Loquent loquent = loquent();
        String up = loquent.offlineSql("head", true);
        assertThat(up).contains(dialect().quoteTable(otherSchema() + ".users"));
        try (Connection c = connect()) {
            ShellScript.run(c, up);
        }
        assertThat(catalogue(otherSchema())).containsExactly("things", "users");
        assertThat(loquent.compare(loquent.schemaAt("head"), loquent.liveSchema())).isEmpty();
        assertThat(loquent.current()).extracting(CurrentRevision::id).containsExactly("s2");

        String down = loquent.offlineSql("head:base", false);
        try (Connection c = connect()) {
            ShellScript.run(c, down);
        }
        assertThat(catalogue(otherSchema())).isEmpty();
    }

    @Test
    void versionTableSchemaPutsLoquentsTablesInTheNamedSchema() throws Exception {
        if (!schemasOrRefuses()) {
            return;
        }
        RevisionFiles.write(scripts, "1.java", "v1", null, """
                op.createTable("notes", t -> t.column("id", integer().primaryKey()));""", "op.dropTable(\"notes\");");
        Loquent inSchema = Loquent.configure().url(url()).scripts(scripts).versionTableSchema(otherSchema()).load();
        inSchema.upgrade("head");
        assertThat(catalogue(otherSchema())).containsExactly("loquent_history", "loquent_snapshot",
                "loquent_version");
        assertThat(catalogue(defaultSchema())).contains("notes").doesNotContain("loquent_version",
                "loquent_history", "loquent_snapshot");
        assertThat(inSchema.current()).extracting(CurrentRevision::id).containsExactly("v1");
        assertThat(inSchema.appliedHistory()).extracting(HistoryEntry::revision).containsExactly("v1");
        assertThat(inSchema.drift().drifted()).isFalse();
        assertThat(loquent().current()).as("without the setting, the default schema has no history").isEmpty();

        inSchema.downgrade("base");
        assertThat(inSchema.current()).isEmpty();
        assertThat(catalogue(defaultSchema())).doesNotContain("notes");

        Loquent missing = Loquent.configure().url(url()).scripts(scripts)
                .versionTableSchema(otherSchema() + "_missing").load();
        assertThatThrownBy(() -> missing.upgrade("head")).hasMessage("version_table_schema '" + otherSchema()
                + "_missing' does not exist in the database, so the version table '" + otherSchema()
                + "_missing.loquent_version' cannot be created there. Create it first (CREATE SCHEMA on PostgreSQL,"
                + " CREATE DATABASE on MySQL), or leave version_table_schema unset");
    }

    @Test
    void aNameWithMoreThanOneDotAndARenameIntoAnotherSchemaAreRefused() throws Exception {
        RevisionFiles.write(scripts, "1.java", "d1", null, """
                op.createTable("a.b.c", t -> t.column("id", integer()));""", "");
        assertThatThrownBy(() -> loquent().upgrade("head")).hasMessageContaining("table name 'a.b.c' is not 'table'"
                + " or 'schema.table': a table is named with at most one dot, between a schema and a table that are"
                + " both non-empty. Write it as schema.table, and keep dots out of schema and table names");
        RevisionFiles.write(scripts, "1.java", "d1", null, """
                op.renameTable("app.items", "other.items");""", "");
        assertThatThrownBy(() -> loquent().upgrade("head")).hasMessageContaining("cannot rename table 'app.items'"
                + " to 'other.items': a rename keeps the table in its schema 'app'. Give the new name bare, and move"
                + " the table to another schema with op.execute(...)");
        assertThat(tables()).doesNotContain("a.b.c", "c");
    }

    /**
     * Whether the database has schemas; where it has none, asserts that a revision naming one is refused, online and
     * offline, as is {@code version_table_schema}, and returns false.
     */
    protected boolean schemasOrRefuses() throws Exception {
        if (schemas()) {
            return true;
        }
        String refusal = dialect().name() + " cannot use table 'app.items': SQLite has no schemas Loquent can"
                + " configure (attached databases belong to one connection). Name the table without a schema, for"
                + " example 'app_items', or use a separate database file";
        RevisionFiles.write(scripts, "1.java", "q1", null, """
                op.createTable("app.items", t -> t.column("id", integer().primaryKey()));""",
                "op.dropTable(\"app.items\");");
        assertThatThrownBy(() -> loquent().upgrade("head")).hasMessageContaining(refusal);
        assertThatThrownBy(() -> loquent().offlineSql("head", true)).hasMessageContaining(refusal);
        assertThat(tables()).doesNotContain("app.items");
        assertThatThrownBy(() -> Loquent.configure().url(url()).scripts(scripts).versionTableSchema("app").load()
                .upgrade("head")).hasMessageContaining(dialect().name() + " cannot use table 'app.loquent_version'");
        return false;
    }
}
