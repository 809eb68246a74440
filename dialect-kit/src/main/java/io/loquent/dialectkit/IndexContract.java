package io.loquent.dialectkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.LoquentException;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.core.Loquent;
import io.loquent.core.SchemaDifference;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The index spec on the database under test ({@code op.createIndex(name, table, i -> ...)}): each option a revision
 * creates is read back from the catalogue, proven with rows where it matters, replayed equal to what was reflected,
 * free of drift after the run, built the same by the offline script, and dropped by the downgrade; what the database
 * lacks is refused with a message naming it. A dialect's test extends it, supplies its database and says what it
 * supports.
 */
public abstract class IndexContract extends DatabaseContract {
    /** The revision files of the test. */
    protected Path scripts;

    @BeforeEach
    void scriptsFolder() {
        scripts = dir.resolve("migrations");
    }

    /** Whether the database indexes expressions (PostgreSQL, SQLite, MySQL 8.0.13+; not MariaDB). */
    protected abstract boolean indexesExpressions() throws Exception;

    /** Whether it has partial indexes, {@code WHERE} (PostgreSQL, SQLite). */
    protected abstract boolean partialIndexes();

    /** Whether it has index methods and INCLUDE columns (PostgreSQL). */
    protected abstract boolean methodsAndInclude();

    /** Whether it indexes a prefix of a column (MySQL, MariaDB). */
    protected abstract boolean prefixLengths();

    protected Loquent loquent() throws Exception {
        return Loquent.configure().url(url()).scripts(scripts).load();
    }

    /** Revision i1: a table {@code people} (id, email, name, n, deleted_at); i2 upgrades with {@code upgrade}. */
    private void people(String upgrade) {
        people(upgrade, "op.dropIndex(\"ix_people\", \"people\");");
    }

    private void people(String upgrade, String downgrade) {
        RevisionFiles.write(scripts, "1.java", "i1", null, """
                op.createTable("people", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("email", string(100));
                            t.column("name", string(100));
                            t.column("n", integer());
                            t.column("deleted_at", timestamp());
                        });""", "op.dropTable(\"people\");");
        RevisionFiles.write(scripts, "2.java", "i2", "i1", upgrade, downgrade);
    }

    private Index reflectedIndex() throws Exception {
        Table people = reflect().table("people").orElseThrow();
        Optional<Index> index = people.index("ix_people");
        assertThat(index).as("index ix_people as the catalogue reads it, among " + people.indexes()).isPresent();
        return index.get();
    }

    private void insert(String values) throws Exception {
        sql("INSERT INTO people (id, email, deleted_at) VALUES " + values);
    }

    /**
     * The offline scripts up to head and back to base leave what the online run then builds and leaves; the replay
     * equals the reflection (no difference autogenerate would find); {@code check} finds no drift after the run;
     * the downgrade drops the index.
     */
    private void assertConsistent() throws Exception {
        String up = loquent().offlineSql("head", true);
        Schema offline;
        try (Connection c = connect()) {
            ShellScript.run(c, up);
            offline = reflect();
            ShellScript.run(c, loquent().offlineSql("head:base", false));
        }
        assertThat(reflect().tables()).as("offline down to base").isEmpty();
        loquent().upgrade("head");
        Schema online = reflect();
        assertThat(online).as("online at head vs offline").isEqualTo(offline);
        assertThat(loquent().compare(loquent().schemaAt("head"), online)).extracting(SchemaDifference::summary)
                .as("differences from the reflected schema to the replayed one").isEmpty();
        assertThat(loquent().drift().findings()).as("drift right after the run").isEmpty();
        loquent().downgrade("i1");
        assertThat(reflect().table("people").orElseThrow().index("ix_people")).as("after the downgrade").isEmpty();
        assertThat(loquent().compare(loquent().schemaAt("i1"), reflect())).isEmpty();
    }

    private void assertRefused(String... message) throws Exception {
        loquent().upgrade("i1");
        assertThatThrownBy(() -> loquent().upgrade("head")).isInstanceOf(LoquentException.class)
                .satisfies(e -> assertThat(messages(e)).contains(message));
        assertThat(reflect().table("people").orElseThrow().indexes()).as("nothing built").isEmpty();
    }

    /** The messages of {@code e} and its causes, joined: a failed revision wraps what refused it. */
    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    @Test
    void aStringThatIsNoColumnIsRefusedNeverIndexedAsAConstant() throws Exception {
        people("op.createIndex(\"ix_people\", \"people\", \"n\", \"lower(name)\");");
        assertRefused("'lower(name)', which is an expression, not a column",
                "i -> i.expression(\"lower(name)\")");
    }

    @Test
    void anUnknownColumnIsRefusedOfflineByTheReplayAndOnlineByTheDatabase() throws Exception {
        people("op.createIndex(\"ix_people\", \"people\", \"n\", \"nosuch\");");
        assertThatThrownBy(() -> loquent().offlineSql("head", true)).isInstanceOf(LoquentException.class)
                .satisfies(e -> assertThat(messages(e)).contains("names column 'nosuch', which the table does not"
                        + " have; for a key on an expression write i -> i.expression(\"nosuch\")"));
        loquent().upgrade("i1");
        assertThatThrownBy(() -> loquent().upgrade("head")).isInstanceOf(LoquentException.class);
        assertThat(reflect().table("people").orElseThrow().indexes()).as("nothing built").isEmpty();
    }

    @Test
    void anExpressionUniqueIndexRefusesACaseVariantDuplicate() throws Exception {
        people("op.createIndex(\"ix_people\", \"people\", i -> i.expression(\"lower(email)\").unique());");
        if (!indexesExpressions()) {
            assertRefused("has no index on an expression", "generated column");
            return;
        }
        assertConsistent();
        loquent().upgrade("head");
        Index index = reflectedIndex();
        assertThat(index.unique()).isTrue();
        assertThat(index.keys()).singleElement().extracting(IndexKey::expression).asString().containsIgnoringCase("lower");
        insert("(1, 'Ann@Example.com', NULL)");
        assertThatThrownBy(() -> insert("(2, 'ann@example.COM', NULL)")).as("a case variant")
                .isInstanceOf(SQLException.class);
        insert("(3, 'bob@example.com', NULL)");
    }

    /** On SQLite the type change rebuilds the table, offline from the replayed history: the index is restated. */
    @Test
    void anExpressionIndexSurvivesALaterChangeToItsTable() throws Exception {
        if (!indexesExpressions()) {
            return;
        }
        people("op.createIndex(\"ix_people\", \"people\", i -> i.expression(\"lower(email)\").column(\"n\"));");
        RevisionFiles.write(scripts, "3.java", "i3", "i2", "op.alterColumn(\"people\", \"n\", c -> c.type(bigInteger()));",
                "op.alterColumn(\"people\", \"n\", c -> c.type(integer()));");
        assertConsistent();
        loquent().upgrade("head");
        assertThat(reflectedIndex().keys()).hasSize(2).last().isEqualTo(IndexKey.of("n"));
    }

    @Test
    void aPartialUniqueIndexRefusesADuplicateOnlyWhereItsConditionHolds() throws Exception {
        people("op.createIndex(\"ix_people\", \"people\", i -> i.column(\"email\").unique()"
                + ".where(\"deleted_at IS NULL\"));");
        if (!partialIndexes()) {
            assertRefused("has no WHERE condition (partial index) in an index");
            return;
        }
        assertConsistent();
        loquent().upgrade("head");
        Index index = reflectedIndex();
        assertThat(index.where()).containsIgnoringCase("deleted_at IS NULL");
        assertThat(index.columns()).containsExactly("email");
        insert("(1, 'a@x', NULL)");
        insert("(2, 'a@x', '2020-01-01 00:00:00')");
        insert("(3, 'a@x', '2021-01-01 00:00:00')");
        assertThatThrownBy(() -> insert("(4, 'a@x', NULL)")).as("a second live row").isInstanceOf(SQLException.class);
    }

    @Test
    void aMethodIsBuiltOrRefused() throws Exception {
        people("op.createIndex(\"ix_people\", \"people\", i -> i.column(\"n\").using(\"brin\"));");
        if (!methodsAndInclude()) {
            assertRefused("has no USING brin in an index", "leave out using(...)");
            return;
        }
        assertConsistent();
        loquent().upgrade("head");
        assertThat(reflectedIndex().method()).isEqualTo("brin");
    }

    @Test
    void includedColumnsAreBuiltOrRefused() throws Exception {
        people("op.createIndex(\"ix_people\", \"people\", i -> i.column(\"email\").include(\"name\", \"n\"));");
        if (!methodsAndInclude()) {
            assertRefused("has no INCLUDE columns in an index");
            return;
        }
        assertConsistent();
        loquent().upgrade("head");
        Index index = reflectedIndex();
        assertThat(index.columns()).containsExactly("email");
        assertThat(index.include()).containsExactly("name", "n");
    }

    @Test
    void aPrefixLengthIsBuiltOrRefused() throws Exception {
        people("op.createIndex(\"ix_people\", \"people\", i -> i.column(\"name\", 10).column(\"n\"));");
        if (!prefixLengths()) {
            assertRefused("prefix length on column name");
            return;
        }
        assertConsistent();
        loquent().upgrade("head");
        assertThat(reflectedIndex().keys()).containsExactly(IndexKey.prefix("name", 10), IndexKey.of("n"));
    }

    @Test
    void aConcurrentIndexIsBuiltAndDroppedConcurrentlyWhereTheDatabaseCan() throws Exception {
        people("""
                op.createIndex("ix_people", "people", i -> i.column("email").concurrently());
                        op.addColumn("people", "later", integer());""", """
                op.dropIndexConcurrently("ix_people", "people");
                        op.dropColumn("people", "later");""");
        assertConsistent();
        loquent().upgrade("head");
        assertThat(reflectedIndex().columns()).containsExactly("email");
        assertConcurrentBuild(loquent().offlineSql("head", true));
    }

    /** What the database does with a concurrent build; {@code script} is the offline upgrade. Nothing by default. */
    protected void assertConcurrentBuild(String script) throws Exception {
    }

    @Test
    void aBatchAndANewTableTakeTheSpecToo() throws Exception {
        RevisionFiles.write(scripts, "1.java", "i1", null, """
                op.createTable("people", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("email", string(100));
                            t.column("n", integer());
                            t.index("ix_people_n", i -> i.column("n").unique());
                        });""", "op.dropTable(\"people\");");
        RevisionFiles.write(scripts, "2.java", "i2", "i1", """
                op.batchAlterTable("people", b -> b.addColumn("name", string(50))
                                .createIndex("ix_people", i -> i.column("name").column("email")));""",
                "op.dropIndex(\"ix_people\", \"people\"); op.dropColumn(\"people\", \"name\");");
        assertConsistent();
        loquent().upgrade("head");
        assertThat(reflectedIndex().columns()).containsExactly("name", "email");
        Table people = reflect().table("people").orElseThrow();
        assertThat(people.index("ix_people_n").map(Index::unique).or(() -> people.constraint("ix_people_n")
                .map(c -> true))).as("the new table's unique index (MySQL keeps it as a unique key)").contains(true);
    }

    @Test
    void aConcurrentIndexInABatchIsRefused() throws Exception {
        people("op.batchAlterTable(\"people\", b -> b.createIndex(\"ix_people\", i -> i.column(\"n\")"
                + ".concurrently()));");
        assertRefused("is built concurrently, which a batch cannot do; create it with op.createIndex(...) outside"
                + " the batch");
    }

    @Test
    void aConcurrentIndexOfANewTableIsRefused() throws Exception {
        RevisionFiles.write(scripts, "1.java", "i1", null, """
                op.createTable("other", t -> {
                            t.column("id", integer().primaryKey());
                            t.index("ix_other", i -> i.column("id").concurrently());
                        });""", "");
        assertThatThrownBy(() -> loquent().offlineSql("head", true)).satisfies(e -> assertThat(messages(e))
                .contains("index 'ix_other' of new table 'other' is built concurrently, which a new, empty table"
                        + " does not need; leave out concurrently()"));
    }
}
