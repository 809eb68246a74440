package io.loquent.dialectkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.core.Loquent;
import io.loquent.core.MigrationFailedException;
import io.loquent.core.SchemaDifference;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The column types beyond the first fourteen kinds on the database under test: {@code real()}, {@code floatType(p)},
 * {@code character(n)}, {@code withTimeZone()}, {@code unsigned()}, {@code enumeration(..)}, {@code array(..)},
 * {@code custom(..)} and {@code timestampsTz()}. A revision builds a table of them; the catalogue reads them back as
 * the database names them and as the dialect's reflection types them, equal to the replayed history (so neither
 * {@code check} nor autogenerate finds anything); values round-trip and the database refuses what a type forbids; an
 * enumeration gains a value; the offline script builds what the online run built; downgrade leaves nothing, enum
 * types included. A dialect's test extends it, supplies its database and says which types it has.
 */
public abstract class TypeContract extends DatabaseContract {
    /** The revision files of the test. */
    protected Path scripts;

    @BeforeEach
    void scriptsFolder() {
        scripts = dir.resolve("migrations");
    }

    /** Whether the database has unsigned integers (or declares them, as SQLite does). */
    protected boolean unsignedIntegers() {
        return false;
    }

    /** Whether the database has {@code time with time zone}. */
    protected boolean timeWithTimeZone() {
        return false;
    }

    /** Whether the database has array types. */
    protected boolean arrays() {
        return false;
    }

    /** Whether the database refuses a negative value in an unsigned column. */
    protected boolean enforcesUnsigned() {
        return unsignedIntegers();
    }

    /** Each column of {@code table} with its type as the catalogue names it (information_schema, pg_catalog, PRAGMA). */
    protected abstract Map<String, String> catalogueTypes(String table) throws Exception;

    /** What {@link #catalogueTypes} reads for table {@code typed} after revision t1. */
    protected abstract Map<String, String> expectedCatalogueTypes();

    /** The enum types the database holds apart from columns (PostgreSQL's); none by default. */
    protected List<String> enumTypes() throws Exception {
        return List.of();
    }

    /** A column type this database refuses, as a DSL call, and the refusal's message. */
    protected abstract List<String> refusedType();

    protected Loquent loquent() throws Exception {
        return Loquent.configure().url(url()).scripts(scripts).load();
    }

    private void revisions() {
        List<String> columns = new ArrayList<>(List.of(
                "t.column(\"id\", integer().primaryKey());",
                "t.column(\"score\", real());",
                "t.column(\"wide\", floatType(53));",
                "t.column(\"code\", character(3));",
                "t.column(\"happened\", timestamp().withTimeZone());",
                "t.column(\"mood\", enumeration(\"mood\", \"happy\", \"sad\").nullable(false).defaultValue(\"sad\"));",
                "t.column(\"address\", custom(\"inet\").on(\"mysql\", \"inet6\"));"));
        if (unsignedIntegers()) {
            columns.add("t.column(\"counter\", integer().unsigned());");
            columns.add("t.column(\"big\", bigInteger().unsigned());");
        }
        if (timeWithTimeZone()) {
            columns.add("t.column(\"opens\", time().withTimeZone());");
        }
        if (arrays()) {
            columns.add("t.column(\"tags\", array(integer()));");
            columns.add("t.column(\"kinds\", array(enumeration(\"kind\", \"a\", \"b\")));");
        }
        columns.add("t.timestampsTz();");
        RevisionFiles.write(scripts, "1.java", "t1", null, "op.createTable(\"typed\", t -> {\n"
                + String.join("\n", columns) + "\n});", "op.dropTable(\"typed\");");
        RevisionFiles.write(scripts, "2.java", "t2", "t1", """
                op.alterColumn("typed", "mood", c -> c.type(enumeration("mood", "happy", "sad", "meh")));
                        op.alterColumn("typed", "score", c -> c.type(doublePrecision()));
                        op.alterColumn("typed", "code", c -> c.type(string(10)));""", """
                op.alterColumn("typed", "code", c -> c.type(character(3)));
                        op.alterColumn("typed", "score", c -> c.type(real()));
                        op.alterColumn("typed", "mood", c -> c.type(text()));
                        op.alterColumn("typed", "mood", c -> c.type(enumeration("mood", "happy", "sad")));""");
    }

    private void assertReplayMatches(String revision) throws Exception {
        Schema reflected = reflect();
        assertThat(loquent().compare(loquent().schemaAt(revision), reflected)).extracting(SchemaDifference::summary)
                .as("differences from the reflected schema to the replayed one at " + revision).isEmpty();
        assertThat(loquent().drift().findings()).as("drift after the run to " + revision).isEmpty();
    }

    @Test
    void eachTypeIsBuiltReadBackAsTheCatalogueNamesItAndComparesEqualToItsReplay() throws Exception {
        revisions();
        loquent().upgrade("t1");
        assertThat(catalogueTypes("typed")).isEqualTo(expectedCatalogueTypes());
        assertReplayMatches("t1");
        Table typed = reflect().table("typed").orElseThrow();
        assertThat(typed.column("mood").orElseThrow().type().values()).containsExactly("happy", "sad");
        assertThat(typed.column("created_at").orElseThrow().type().timeZone()).isTrue();
    }

    @Test
    void valuesRoundTripAndTheDatabaseRefusesWhatTheTypeForbids() throws Exception {
        revisions();
        loquent().upgrade("t1");
        sql("INSERT INTO typed (id, score, wide, code, mood) VALUES (1, 1.5, 2.25, 'ab', 'happy')",
                "INSERT INTO typed (id) VALUES (2)");
        List<String> rows = rows("SELECT score, wide, code, mood FROM typed ORDER BY id");
        assertThat(rows.get(0)).matches("1\\.5\\|2\\.25\\|ab *\\|happy");
        assertThat(rows.get(1)).as("the enumeration's default").endsWith("|sad");
        assertThatThrownBy(() -> sql("INSERT INTO typed (id, mood) VALUES (3, 'angry')"))
                .as("a value the enumeration does not list").isInstanceOf(SQLException.class);
        if (enforcesUnsigned()) {
            sql("INSERT INTO typed (id, counter, big) VALUES (4, 4000000000, 18000000000000000000)");
            assertThat(rows("SELECT counter, big FROM typed WHERE id = 4"))
                    .containsExactly("4000000000|18000000000000000000");
            assertThatThrownBy(() -> sql("INSERT INTO typed (id, counter) VALUES (5, -1)"))
                    .as("a negative value in an unsigned column").isInstanceOf(SQLException.class);
        }
        if (arrays()) {
            sql("UPDATE typed SET tags = '{1,2}', kinds = '{b,a}' WHERE id = 1");
            assertThat(rows("SELECT tags, kinds FROM typed WHERE id = 1")).containsExactly("{1,2}|{b,a}");
            assertThatThrownBy(() -> sql("UPDATE typed SET kinds = '{c}' WHERE id = 1")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void anEnumerationGainsAValueTypesChangeBothWaysAndDowngradeLeavesNothing() throws Exception {
        revisions();
        loquent().upgrade("t1");
        sql("INSERT INTO typed (id, score, code, mood) VALUES (1, 1.5, 'ab', 'happy')");
        loquent().upgrade("t2");
        assertReplayMatches("t2");
        sql("INSERT INTO typed (id, score, code, mood) VALUES (2, 0.1, 'abcdefghij', 'meh')");
        assertThat(rows("SELECT code, mood FROM typed ORDER BY id")).containsExactly("ab|happy", "abcdefghij|meh");
        sql("DELETE FROM typed WHERE id = 2");
        loquent().downgrade("t1");
        assertReplayMatches("t1");
        assertThat(rows("SELECT mood FROM typed")).containsExactly("happy");
        loquent().downgrade("base");
        assertThat(tables()).doesNotContain("typed");
        assertThat(enumTypes()).as("enum types left behind").isEmpty();
    }

    @Test
    void theOfflineScriptBuildsWhatTheOnlineRunBuilds() throws Exception {
        revisions();
        loquent().upgrade("head");
        Schema online = reflect();
        List<String> onlineEnums = enumTypes();
        loquent().downgrade("base");
        for (String table : tables()) {
            sql("DROP TABLE " + dialect().quote(table)); // Loquent's own too: the script starts from nothing
        }
        String script = loquent().offlineSql("head", true);
        try (Connection c = connect()) {
            ShellScript.run(c, script);
        }
        assertThat(reflect()).isEqualTo(online);
        assertThat(enumTypes()).isEqualTo(onlineEnums);
        String down = loquent().offlineSql("head:base", false);
        try (Connection c = connect()) {
            ShellScript.run(c, down);
        }
        assertThat(tables()).doesNotContain("typed");
        assertThat(enumTypes()).as("enum types left behind offline").isEmpty();
    }

    @Test
    void aTypeTheDatabaseLacksFailsTheRevisionNamingTheDatabaseAndAnAlternative() throws Exception {
        List<String> refused = refusedType();
        RevisionFiles.write(scripts, "1.java", "r1", null,
                "op.createTable(\"refused\", t -> t.column(\"c\", " + refused.get(0) + "));", "");
        assertThatThrownBy(() -> loquent().upgrade("head")).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining(refused.get(1));
        assertThat(tables()).doesNotContain("refused");
    }

    /** The rows of {@code sql} as a map of its first column to its second. */
    protected Map<String, String> pairs(String sql) throws Exception {
        Map<String, String> pairs = new java.util.LinkedHashMap<>();
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                pairs.put(rs.getString(1), rs.getString(2));
            }
        }
        return pairs;
    }
}
