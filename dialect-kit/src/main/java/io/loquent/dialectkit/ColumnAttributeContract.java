package io.loquent.dialectkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.schema.Column;
import io.loquent.api.schema.Generated;
import io.loquent.api.schema.Identity;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.core.Loquent;
import io.loquent.core.SchemaDifference;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Column attributes through the whole engine (issue #12): identity options, generated columns and the position of an
 * added column, created by revisions, read back from the database's own catalogue ({@link #catalogueHolds}) and
 * through {@code reflect()}, proved by rows, replayed equal to what is reflected, free of drift after the run and
 * after rows are inserted, built alike by offline SQL, and removed by the downgrade. What a database cannot do is
 * refused with its message. A dialect's test declares what its database can do and reads its catalogue.
 */
public abstract class ColumnAttributeContract extends DatabaseContract {
    /** How much of an identity's options a database keeps. */
    protected enum IdentitySupport {
        /** Start, increment and always (PostgreSQL). */
        FULL,
        /** Only a start, as the table's next AUTO_INCREMENT value (MySQL, MariaDB). */
        START_ONLY,
        /** None (SQLite). */
        NONE
    }

    /** The revision files of the test. */
    protected Path scripts;

    @BeforeEach
    void scriptsFolder() {
        scripts = dir.resolve("migrations");
    }

    /** What the database keeps of an identity's options. */
    protected abstract IdentitySupport identitySupport();

    /** Whether the database has virtual generated columns (PostgreSQL 15 has only stored ones). */
    protected boolean virtualColumns() {
        return true;
    }

    /** Whether ADD COLUMN honours {@code after}/{@code first} (MySQL, MariaDB). */
    protected boolean placesColumns() {
        return false;
    }

    /**
     * Asserts, with the database's own catalogue queries, that table {@code items} at head holds: {@code id} an
     * identity as {@link #identitySupport()} allows ({@code identity(1000, 10).identityAlways()} or
     * {@code startingValue(1000)}), {@code total} stored as {@code price * qty}, {@code tax} stored as
     * {@code price / 10} and, where {@link #virtualColumns()}, {@code doubled} and {@code half} virtual.
     */
    protected abstract void catalogueHolds(Connection connection) throws Exception;

    protected Loquent loquent() throws Exception {
        return Loquent.configure().url(url()).scripts(scripts).load();
    }

    /** {@code c1} creates {@code items}; {@code c2} adds placed, stored and virtual columns. */
    private void writeScripts() {
        String id = switch (identitySupport()) {
            case FULL -> ".identity(1000, 10).identityAlways()";
            case START_ONLY -> ".startingValue(1000)";
            case NONE -> "";
        };
        String virtual = virtualColumns() ? "t.column(\"doubled\", integer().virtualAs(\"qty * 2\"));" : "";
        RevisionFiles.write(scripts, "c1.java", "c1", null, """
                op.createTable("items", t -> {
                            t.column("id", bigInteger().primaryKey()%s);
                            t.column("price", integer());
                            t.column("qty", integer());
                            t.column("total", integer().storedAs("price * qty"));
                            %s
                        });""".formatted(id, virtual), "op.dropTable(\"items\");");
        RevisionFiles.write(scripts, "c2.java", "c2", "c1", """
                op.addColumn("items", "note", string(20).after("price"));
                        op.addColumn("items", "code", string(10).first());
                        op.addColumn("items", "tax", integer().storedAs("price / 10"));
                        %s""".formatted(virtualColumns() ? "op.addColumn(\"items\", \"half\", integer().virtualAs(\"qty / 2\"));" : ""),
                """
                %sop.dropColumn("items", "tax");
                        op.dropColumn("items", "code");
                        op.dropColumn("items", "note");""".formatted(virtualColumns()
                        ? "op.dropColumn(\"items\", \"half\");\n" : ""));
    }

    /** The columns of {@code items} at head, in the order the database keeps them. */
    private List<String> expectedOrder() {
        List<String> order = new ArrayList<>(placesColumns() ? List.of("code", "id", "price", "note", "qty", "total")
                : List.of("id", "price", "qty", "total"));
        if (virtualColumns()) {
            order.add("doubled");
        }
        if (!placesColumns()) {
            order.addAll(List.of("note", "code"));
        }
        order.add("tax");
        if (virtualColumns()) {
            order.add("half");
        }
        return order;
    }

    @Test
    void eachAttributeIsReadBackFromTheCatalogueAndByReflection() throws Exception {
        writeScripts();
        loquent().upgrade("head");
        assertThat(columns("items")).as("columns in ordinal order").isEqualTo(expectedOrder());
        try (Connection c = connect()) {
            catalogueHolds(c);
        }
        Table items = reflect().table("items").orElseThrow();
        assertThat(items.columns()).extracting(Column::name).isEqualTo(expectedOrder());
        assertThat(generation(items, "total")).isEqualTo("stored price*qty");
        assertThat(generation(items, "tax")).isEqualTo("stored price/10");
        if (virtualColumns()) {
            assertThat(generation(items, "doubled")).isEqualTo("virtual qty*2");
            assertThat(generation(items, "half")).isEqualTo("virtual qty/2");
        }
        Column id = items.column("id").orElseThrow();
        assertThat(id.autoIncrement()).isTrue();
        assertThat(id.identity()).as("identity options read back")
                .isEqualTo(identitySupport() == IdentitySupport.FULL ? new Identity(1000, 10, true) : null);
        assertThat(items.column("price").orElseThrow().generated()).isNull();
    }

    /** {@code stored|virtual expression}, the expression as the dialect compares it. */
    private String generation(Table table, String column) throws Exception {
        Generated generated = table.column(column).orElseThrow().generated();
        assertThat(generated).as("%s is generated", column).isNotNull();
        return (generated.stored() ? "stored " : "virtual ") + dialect().comparableExpression(generated.expression());
    }

    @Test
    void rowsShowTheIdentityNumberingAndGeneratedValuesThatRefuseWrites() throws Exception {
        writeScripts();
        loquent().upgrade("head");
        sql("INSERT INTO items (price, qty) VALUES (10, 4)", "INSERT INTO items (price, qty) VALUES (20, 6)");
        List<Long> ids = switch (identitySupport()) {
            case FULL -> List.of(1000L, 1010L);
            case START_ONLY -> List.of(1000L, 1001L);
            case NONE -> List.of(1L, 2L);
        };
        assertThat(longRows("SELECT id, total, tax FROM items ORDER BY id")).containsExactly(
                List.of(ids.get(0), 40L, 1L), List.of(ids.get(1), 120L, 2L));
        if (virtualColumns()) {
            assertThat(longRows("SELECT doubled, half FROM items ORDER BY id"))
                    .containsExactly(List.of(8L, 2L), List.of(12L, 3L));
        }
        assertThatThrownBy(() -> sql("UPDATE items SET total = 1")).as("a generated column refuses writes")
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> sql("INSERT INTO items (price, qty, tax) VALUES (1, 1, 5)"))
                .as("a generated column refuses written values").isInstanceOf(SQLException.class);
        if (identitySupport() == IdentitySupport.FULL) {
            assertThatThrownBy(() -> sql("INSERT INTO items (id, price, qty) VALUES (5, 1, 1)"))
                    .as("an ALWAYS identity refuses explicit values").isInstanceOf(SQLException.class)
                    .hasMessageContaining("GENERATED ALWAYS");
        }
    }

    @Test
    void replayEqualsReflectionAndNothingDriftsAfterTheRunOrAfterInserts() throws Exception {
        writeScripts();
        for (String revision : List.of("c1", "c2")) {
            loquent().upgrade(revision);
            assertReplayMatches(revision);
        }
        assertThat(loquent().drift().findings()).as("drift after the run").isEmpty();
        sql("INSERT INTO items (price, qty) VALUES (10, 4)", "INSERT INTO items (price, qty) VALUES (20, 6)");
        assertThat(loquent().drift().findings()).as("drift after inserts").isEmpty();
        assertReplayMatches("c2");
        assertThat(loquent().schemaSource(reflect())).as("the schema written as a script")
                .contains(".storedAs(", virtualColumns() ? ".virtualAs(" : ".storedAs(")
                .contains(identitySupport() == IdentitySupport.FULL ? ".identity(1000, 10).identityAlways()" : "");
    }

    private void assertReplayMatches(String revision) throws Exception {
        Schema replayed = loquent().schemaAt(revision);
        Schema reflected = reflect();
        assertThat(loquent().compare(replayed, reflected)).extracting(SchemaDifference::summary)
                .as("differences from the reflected schema to the replayed one at " + revision).isEmpty();
        assertThat(reflected.table("items").orElseThrow().columns()).extracting(Column::name)
                .as("column order, reflected vs replayed at " + revision)
                .isEqualTo(replayed.table("items").orElseThrow().columns().stream().map(Column::name).toList());
    }

    @Test
    void offlineSqlBuildsWhatTheOnlineRunBuildsAndTheDowngradeRemovesIt() throws Exception {
        writeScripts();
        List<Schema> offline = new ArrayList<>();
        try (Connection c = connect()) {
            for (String script : List.of(loquent().offlineSql("head", true), loquent().offlineSql("head:c1", false),
                    loquent().offlineSql("c1:base", false))) {
                ShellScript.run(c, script);
                offline.add(reflect());
            }
        }
        assertThat(offline.get(2).tables()).as("offline down to base").isEmpty();
        loquent().upgrade("head");
        assertThat(reflect()).as("online at head vs offline").isEqualTo(offline.get(0));
        loquent().downgrade("c1");
        assertThat(reflect()).as("online at c1 vs offline").isEqualTo(offline.get(1));
        assertThat(columns("items")).containsExactly(virtualColumns()
                ? new String[] {"id", "price", "qty", "total", "doubled"} : new String[] {"id", "price", "qty", "total"});
        loquent().downgrade("base");
        assertThat(tables()).doesNotContain("items");
    }

    @Test
    void aDefaultOnAGeneratedColumnAndAPositionInCreateTableAreRefused() throws Exception {
        RevisionFiles.write(scripts, "d1.java", "d1", null,
                "op.createTable(\"t\", t -> t.column(\"a\", integer()).column(\"b\", integer().storedAs(\"a + 1\")"
                        + ".defaultValue(3)));", "op.dropTable(\"t\");");
        assertThat(messages(() -> loquent().upgrade("head"))).contains("column 'b' is generated (stored as a + 1),"
                + " so it takes no default: the database computes every value. Drop the default or the generation");
        RevisionFiles.write(scripts, "d1.java", "d1", null,
                "op.createTable(\"t\", t -> t.column(\"a\", integer()).column(\"b\", integer().after(\"a\")));",
                "op.dropTable(\"t\");");
        assertThat(messages(() -> loquent().upgrade("head"))).contains("column 't.b' is placed after a, which only"
                + " addColumn does; in createTable the columns come in the order they are declared");
        assertThat(tables()).doesNotContain("t");
    }

    @Test
    void whatTheDatabaseCannotKeepIsRefusedWithAnAlternative() throws Exception {
        String name = dialect().name();
        if (!virtualColumns()) {
            refused("op.createTable(\"t\", t -> t.column(\"a\", integer()).column(\"b\", integer().virtualAs(\"a + 1\")));",
                    name + " cannot create virtual generated column 'b': PostgreSQL has only stored generated"
                            + " columns. Use storedAs(\"a + 1\"), or a view that computes the value");
        }
        switch (identitySupport()) {
            case NONE -> refused("op.createTable(\"t\", t -> t.column(\"id\", integer().primaryKey().startingValue(5)));",
                    name + " cannot create identity column 'id' with identity(start 5, increment 1, by default):"
                            + " SQLite numbers an INTEGER PRIMARY KEY");
            case START_ONLY -> {
                refused("op.createTable(\"t\", t -> t.column(\"id\", integer().primaryKey().identity(1, 5)));",
                        name + " cannot create identity column 'id' with identity(start 1, increment 5, by default):"
                                + " MySQL and MariaDB step every AUTO_INCREMENT by the server variable"
                                + " auto_increment_increment");
                refused("op.createTable(\"t\", t -> t.column(\"id\", integer().primaryKey().identityAlways()));",
                        name + " cannot create identity column 'id' with identity(start 1, increment 1, always):"
                                + " MySQL and MariaDB always accept explicit values");
            }
            case FULL -> {
            }
        }
        assertThat(tables()).doesNotContain("t");
    }

    private void refused(String upgrade, String message) throws Exception {
        RevisionFiles.write(scripts, "r1.java", "r1", null, upgrade, "op.dropTable(\"t\");");
        assertThat(messages(() -> loquent().upgrade("head"))).contains(message);
        assertThat(messages(() -> loquent().offlineSql("head", true))).as("offline too").contains(message);
    }

    /** The messages of what {@code action} throws and its causes, one string; fails when it throws nothing. */
    private static String messages(org.assertj.core.api.ThrowableAssert.ThrowingCallable action) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(action);
        assertThat(thrown).as("refused").isNotNull();
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    /** The rows of {@code query}, each value as a long. */
    private List<List<Long>> longRows(String query) throws Exception {
        List<List<Long>> rows = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Long> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getLong(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The single value {@code query} returns, as a string. */
    protected static String value(Connection connection, String query) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(query)) {
            assertThat(rs.next()).as("a row for %s", query).isTrue();
            return rs.getString(1);
        }
    }
}
