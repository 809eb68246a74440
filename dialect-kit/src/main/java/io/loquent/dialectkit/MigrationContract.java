package io.loquent.dialectkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.core.HistoryEntry;
import io.loquent.core.Loquent;
import io.loquent.core.MigrationFailedException;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.api.dialect.LockTimeoutException;
import io.loquent.core.MigrationListener;
import io.loquent.core.MigrationResult;
import io.loquent.core.StepResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import io.loquent.core.SchemaDifference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database must do through the whole engine, read back from its own catalogue through JDBC metadata
 * (information_schema and pg_catalog underneath) and proved by rows the database must refuse: every operation and
 * type, batch alteration, failures reported with what stayed, the migration lock under concurrent runs, and offline
 * SQL that builds what the online run builds. A dialect's test extends it, supplies {@link #url()} and declares what
 * its database cannot do; the tests then assert the refusal or the difference instead.
 */
public abstract class MigrationContract extends DatabaseContract {
    /** The revision files of the test, in {@link #dir}. */
    protected Path scripts;

    /** Whether DDL is transactional here (a failed revision leaves nothing behind); asserted to be the dialect's. */
    protected abstract boolean transactionalDdl();

    /** Whether the database refuses strings longer than a column's declared length (SQLite does not). */
    protected boolean enforcesLength() {
        return true;
    }

    /** Whether the database keeps table and column comments (SQLite does not); asserted to be the dialect's. */
    protected boolean keepsComments() {
        return true;
    }

    /** Whether the database reads a foreign key's RESTRICT back as its default, no action (MySQL, MariaDB). */
    protected boolean restrictIsTheDefault() {
        return false;
    }

    /** Whether the database keeps a unique index as a unique key, one object for both (MySQL, MariaDB). */
    protected boolean uniqueIndexesAreKeys() {
        return false;
    }

    @BeforeEach
    void scriptsFolder() {
        scripts = dir.resolve("migrations");
    }

    /** Loquent on the database under test, with the revision files of {@link #scripts}. */
    protected Loquent loquent() throws Exception {
        return Loquent.configure().url(url()).scripts(scripts).load();
    }

    /** The declared length of {@code table.column}, as JDBC metadata reports it. */
    protected int columnSize(String table, String column) throws Exception {
        try (Connection c = connect(); ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), table, column)) {
            assertThat(rs.next()).as("column %s.%s exists", table, column).isTrue();
            return rs.getInt("COLUMN_SIZE");
        }
    }

    @Test
    void declaredCapabilitiesAreTheDialects() throws Exception {
        Dialect dialect = dialect();
        assertThat(dialect.acceptsUrl(url())).as("the dialect found serves the URL").isTrue();
        assertThat(dialect.transactionalDdl()).as("transactional DDL, declared by the test").isEqualTo(transactionalDdl());
        assertThat(dialect.keepsComments()).as("comments kept, declared by the test").isEqualTo(keepsComments());
    }

    @Test
    void seedExampleRunsUpAndBackDown() throws Exception {
        SeedScripts.write(scripts);
        loquent().upgrade("s1");
        assertThat(tables()).contains("users", "posts", "tags", "post_tags", "loquent_version", "loquent_history");
        assertThat(columns("users")).containsExactly("id", "name", "email", "old_field", "is_active", "created_at", "updated_at");
        assertThat(columnSize("users", "name")).isEqualTo(50);
        try (Connection c = connect(); ResultSet rs = c.getMetaData().getImportedKeys(c.getCatalog(), c.getSchema(), "post_tags")) {
            List<String> fks = new ArrayList<>();
            while (rs.next()) {
                fks.add(rs.getString("FK_NAME") + ":" + rs.getString("FKCOLUMN_NAME") + "->" + rs.getString("PKTABLE_NAME"));
            }
            assertThat(fks).containsExactlyInAnyOrder("fk_post_tags_post_id_posts:post_id->posts",
                    "fk_post_tags_tag_id_tags:tag_id->tags");
        }

        sql("INSERT INTO users (name, email) VALUES ('Ann', 'ann@example.com')");
        sql("INSERT INTO posts (author_id, title) VALUES (1, 'Hello')");
        sql("INSERT INTO tags (name) VALUES ('java')");
        sql("INSERT INTO post_tags (post_id, tag_id) VALUES (1, 1)");
        assertThatThrownBy(() -> sql("INSERT INTO users (name, email) VALUES ('Bob', 'ann@example.com')"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> sql("INSERT INTO users (email) VALUES ('x@example.com')")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> sql("INSERT INTO post_tags (post_id, tag_id) VALUES (1, 1)")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> sql("INSERT INTO posts (author_id, title) VALUES (999, 'orphan')"))
                .isInstanceOf(SQLException.class);

        loquent().upgrade("head");
        assertThat(columns("users")).containsExactlyInAnyOrder("id", "name", "email_address", "is_active", "created_at",
                "updated_at", "phone");
        assertThat(columnSize("users", "name")).isEqualTo(100);
        sql("INSERT INTO users (name, email_address) VALUES ('" + "x".repeat(100) + "', 'long@example.com')");
        assertThat(loquent().current()).extracting(r -> r.id()).containsExactly("s2");
        if (enforcesLength()) {
            assertThatThrownBy(() -> loquent().downgrade("-1"))
                    .as("narrowing a column that holds longer values fails instead of truncating them")
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining(transactionalDdl() ? "Nothing of it was applied"
                            : "run loquent.stamp(\"s1\", false) once the schema matches what the downgrade leaves");
            assertThat(loquent().current()).extracting(r -> r.id()).containsExactly("s2");
            if (!transactionalDdl()) {
                sql("ALTER TABLE users DROP COLUMN old_field"); // undo what committed, as the message says
                assertThatThrownBy(() -> loquent().downgrade("-1"))
                        .as("until the partial downgrade is declared undone, the next run refuses to guess")
                        .hasMessageContaining("did not finish when it last ran");
                loquent().stamp("current", false); // ... and declare it undone, as the message says
            }
        }
        sql("DELETE FROM users WHERE email_address = 'long@example.com'");

        loquent().downgrade("base");
        assertThat(tables()).doesNotContain("users", "posts", "tags", "post_tags");
        assertThat(loquent().current()).isEmpty();
        assertThat(loquent().appliedHistory().stream().filter(HistoryEntry::success).map(HistoryEntry::direction))
                .containsExactlyElementsOf(transactionalDdl() || !enforcesLength()
                        ? List.of("up", "up", "down", "down") : List.of("up", "up", "stamp", "down", "down"));
    }

    @Test
    void aRevisionFailingOnItsThirdStatementIsReportedWithWhatStayed() throws Exception {
        RevisionFiles.write(scripts, "1.java", "f1", null, """
                op.createTable("one", t -> t.column("id", integer().primaryKey()));
                        op.createTable("two", t -> t.column("id", integer().primaryKey()));
                        op.execute("INSERT INTO no_such_table VALUES (1)");""", "");
        MigrationFailedException failure = org.junit.jupiter.api.Assertions.assertThrows(MigrationFailedException.class,
                () -> loquent().upgrade("head"));
        assertThat(failure.revision()).isEqualTo("f1");
        assertThat(failure.statement()).isEqualTo("INSERT INTO no_such_table VALUES (1)");
        assertThat(failure.getMessage()).contains("revision f1 (", "1.java) failed in upgrade: ",
                "Statement: INSERT INTO no_such_table VALUES (1)");
        assertThat(loquent().current()).isEmpty();
        if (transactionalDdl()) {
            assertThat(failure.getMessage()).endsWith("Nothing of it was applied; the database is still at base."
                    + " Fix the script and run again");
            assertThat(tables()).doesNotContain("one", "two");
        } else {
            assertThat(failure.getMessage()).contains("2 of its statements had already committed",
                    "but the version table is still at base", "run loquent.stamp(\"f1\", false) once the schema matches");
            assertThat(tables()).contains("one", "two");
            HistoryEntry recorded = loquent().appliedHistory().get(0);
            assertThat(recorded.success()).isFalse();
            assertThat(recorded.detail()).startsWith("failed after 2 statement(s) had committed: ")
                    .contains("\n#1 ").contains("\n#2 ").contains("CREATE TABLE");
        }
    }

    /** A statement that must run outside a transaction here, creating the index ix_t_a on t (a). */
    protected abstract String outsideTransactionStatement();

    @Test
    void autocommitBlockRunsStatementsOutsideTheTransaction() throws Exception {
        String statement = outsideTransactionStatement();
        RevisionFiles.write(scripts, "1.java", "a1", null, """
                op.createTable("t", t -> t.column("a", integer()));
                        op.autocommitBlock(() -> op.execute("%s"));
                        op.addColumn("t", "b", integer());""".formatted(statement), "");
        loquent().upgrade("head");
        assertThat(columns("t")).containsExactly("a", "b");
        try (Connection c = connect(); ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), "t", false, false)) {
            List<String> indexes = new ArrayList<>();
            while (rs.next()) {
                indexes.add(String.valueOf(rs.getString("INDEX_NAME")));
            }
            assertThat(indexes).contains("ix_t_a");
        }
    }

    /** The consistency property of issue #10: replaying the scripts gives the schema the online run left. */
    @Test
    void replayOfEveryOperationEqualsTheReflectedSchema() throws Exception {
        EveryOperationScripts.write(scripts);
        assertReplayMatchesEachStep("e1");
    }

    @Test
    void replayOfTheSeedExampleEqualsTheReflectedSchema() throws Exception {
        SeedScripts.write(scripts);
        assertReplayMatchesEachStep("s1", "s2");
    }

    @Test
    void replayOfTheLaravelConveniencesEqualsTheReflectedSchema() throws Exception {
        LaravelScripts.write(scripts);
        assertReplayMatchesEachStep("l1");
    }

    @Test
    void offlineScriptsOfTheLaravelConveniencesBuildWhatTheOnlineRunBuilds() throws Exception {
        LaravelScripts.write(scripts);
        assertOfflineMatchesOnline("l1");
    }

    /**
     * The Laravel conveniences of the table builder (issue #12) build what their long forms build, read back from
     * the catalogue, and their keys act as Laravel's do: cascade, set null, restrict, follow an updated key.
     */
    @Test
    void laravelConveniencesReadBackAsTheirLongFormsAndActAsLaravelsDo() throws Exception {
        LaravelScripts.write(scripts);
        loquent().upgrade("head");
        if (reflectsOrRefuses()) {
            Schema schema = reflect();
            Table users = schema.table("users").orElseThrow();
            assertThat(users.columns()).extracting(Column::name).containsExactly("id", "name", "remember_token",
                    "created_at", "updated_at", "deleted_at");
            Column id = users.column("id").orElseThrow();
            // SQLite's auto-increment key must be declared INTEGER to be the rowid, which is 64 bits wide.
            assertThat(id.type().kind()).isIn(ColumnType.Kind.BIG_INTEGER, ColumnType.Kind.INTEGER);
            assertThat(id.autoIncrement()).isTrue();
            assertThat(users.primaryKey()).map(TableConstraint.PrimaryKey::columns).contains(List.of("id"));
            assertThat(users.column("remember_token").orElseThrow().type().length()).isEqualTo(100);
            assertThat(users.column("deleted_at").orElseThrow()).extracting(c -> c.type().kind(), Column::nullable)
                    .containsExactly(ColumnType.Kind.TIMESTAMP, true);
            ColumnType uuid = schema.table("teams").orElseThrow().column("id").orElseThrow().type();
            assertThat(uuid.kind() == ColumnType.Kind.UUID || uuid.length() == 36).as("a uuid, or (SQLite) its text: "
                    + uuid).isTrue();
            assertThat(schema.table("comments").orElseThrow().column("id").orElseThrow().type().length())
                    .isEqualTo(26);
            Table posts = schema.table("posts").orElseThrow();
            // InnoDB treats RESTRICT as its default, NO ACTION, and the MySQL dialect reads both back as no action;
            // DELETE FROM teams below proves that the key restricts.
            assertThat(posts.foreignKeys()).extracting(TableConstraint.ForeignKey::name,
                    TableConstraint.ForeignKey::referencedTable, fk -> fk.onDelete() == null && restrictIsTheDefault()
                            ? ReferentialAction.RESTRICT : fk.onDelete(),
                    TableConstraint.ForeignKey::onUpdate).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("fk_posts_user_id_users", "users", ReferentialAction.CASCADE,
                            null),
                    org.assertj.core.groups.Tuple.tuple("fk_posts_editor_id_users", "users",
                            ReferentialAction.SET_NULL, null),
                    org.assertj.core.groups.Tuple.tuple("fk_posts_team_id_teams", "teams", ReferentialAction.RESTRICT,
                            ReferentialAction.CASCADE));
            assertThat(posts.column("user_id").orElseThrow().nullable()).isFalse();
            assertThat(posts.index("ix_posts_subject_type_subject_id")).map(Index::columns)
                    .contains(List.of("subject_type", "subject_id"));
            assertThat(schema.table("comments").orElseThrow().index("ix_comments_commentable_type_commentable_id"))
                    .isPresent();
        }
        String team = "123e4567-e89b-12d3-a456-426614174000";
        sql("INSERT INTO users (name) VALUES ('ann')", "INSERT INTO users (name) VALUES ('bob')",
                "INSERT INTO teams (id, name) VALUES ('" + team + "', 'core')",
                "INSERT INTO posts (user_id, editor_id, team_id) VALUES (1, 2, '" + team + "')");
        assertThatThrownBy(() -> sql("DELETE FROM teams")).as("ON DELETE RESTRICT").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> sql("INSERT INTO comments (id, commentable_type) VALUES ('01ARZ3NDEKTSV4RRFFQ69G5FAV',"
                + " 'posts')")).as("morphs are NOT NULL").isInstanceOf(SQLException.class);
        sql("UPDATE teams SET id = '00000000-0000-0000-0000-000000000001'", "DELETE FROM users WHERE id = 2");
        assertThat(count("SELECT count(*) FROM posts WHERE editor_id IS NULL AND team_id ="
                + " '00000000-0000-0000-0000-000000000001'")).as("ON DELETE SET NULL, ON UPDATE CASCADE").isEqualTo(1);
        sql("DELETE FROM users WHERE id = 1");
        assertThat(count("SELECT count(*) FROM posts")).as("ON DELETE CASCADE").isZero();
        loquent().downgrade("base");
        assertThat(tables()).doesNotContain("users", "teams", "posts", "comments");
    }

    private int count(String query) throws Exception {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(query)) {
            assertThat(rs.next()).isTrue();
            return rs.getInt(1);
        }
    }

    @Test
    void offlineScriptsOfEveryOperationBuildWhatTheOnlineRunBuilds() throws Exception {
        EveryOperationScripts.write(scripts);
        assertOfflineMatchesOnline("e1");
    }

    @Test
    void offlineScriptsOfTheSeedExampleBuildWhatTheOnlineRunBuilds() throws Exception {
        SeedScripts.write(scripts);
        assertOfflineMatchesOnline("s1");
    }

    /**
     * The offline scripts ({@code upgrade --sql head}, then {@code downgrade --sql head:FIRST} and
     * {@code FIRST:base}), run statement by statement as the database's shell would, leave after each the schema
     * that the online upgrade and downgrades to the same revisions then reflect: SQLite rebuilds and MySQL's MODIFY
     * COLUMN included, written from the replayed history (issue #10). The shells themselves run the CLI's scripts in
     * OfflineRebuildPipelineIT.
     */
    private void assertOfflineMatchesOnline(String first) throws Exception {
        List<Object> offline = new ArrayList<>();
        try (Connection c = connect()) {
            for (String script : List.of(loquent().offlineSql("head", true), loquent().offlineSql("head:" + first,
                    false), loquent().offlineSql(first + ":base", false))) {
                ShellScript.run(c, script);
                offline.add(shape());
            }
        }
        assertThat(offline.get(2)).as("offline down to base").isEqualTo(shapeOfNothing());
        loquent().upgrade("head");
        assertThat(shape()).as("online at head vs offline").isEqualTo(offline.get(0));
        loquent().downgrade(first);
        assertThat(shape()).as("online at " + first + " vs offline").isEqualTo(offline.get(1));
        loquent().downgrade("base");
        assertThat(shape()).as("online at base vs offline").isEqualTo(offline.get(2));
    }

    /**
     * What the database holds: the reflected schema where the dialect {@link #reflects()}, else each table's columns
     * as JDBC metadata lists them ({@link #ownTables()} left out).
     */
    private Object shape() throws Exception {
        if (reflects()) {
            return reflect();
        }
        TreeMap<String, List<String>> columns = new TreeMap<>();
        for (String table : tables()) {
            if (!ownTables().contains(table.toLowerCase(java.util.Locale.ROOT))) {
                columns.put(table, columns(table));
            }
        }
        return columns;
    }

    private Object shapeOfNothing() {
        return reflects() ? Schema.EMPTY : new TreeMap<String, List<String>>();
    }

    /**
     * Upgrades to each of {@code revisions} in turn, then back to base, comparing the schema replayed from the
     * revisions ({@link Loquent#schemaAt}) with the reflected one each time: no difference that autogenerate would
     * find, and the same names in the same order.
     */
    private void assertReplayMatchesEachStep(String... revisions) throws Exception {
        if (!reflectsOrRefuses()) {
            return;
        }
        for (String revision : revisions) {
            loquent().upgrade(revision);
            assertReplayMatches(loquent().schemaAt(revision), "at " + revision);
        }
        loquent().downgrade("base");
        assertThat(loquent().schemaAt("base").tables()).as("replayed at base").isEmpty();
        assertReplayMatches(Schema.EMPTY, "at base");
    }

    private void assertReplayMatches(Schema replayed, String where) throws Exception {
        Schema reflected = reflect();
        assertThat(loquent().compare(replayed, reflected)).extracting(SchemaDifference::summary)
                .as("differences from the reflected schema to the replayed one, " + where).isEmpty();
        assertThat(names(reflected, false)).as("names, reflected (actual) vs replayed (expected), " + where)
                .isEqualTo(names(replayed, uniqueIndexesAreKeys()));
    }

    /** Per table: its columns in order, its constraint names and its index names (sorted). */
    private static TreeMap<String, List<List<String>>> names(Schema schema, boolean uniqueIndexesAreKeys) {
        TreeMap<String, List<List<String>>> names = new TreeMap<>();
        for (Table t : schema.tables()) {
            List<String> constraints = new ArrayList<>(t.constraints().stream().map(TableConstraint::name).toList());
            List<String> indexes = new ArrayList<>();
            for (Index index : t.indexes()) {
                boolean key = uniqueIndexesAreKeys && index.unique() && index.where() == null;
                (key ? constraints : indexes).add(index.name());
            }
            names.put(t.name(), List.of(t.columns().stream().map(Column::name).toList(),
                    constraints.stream().sorted().toList(), indexes.stream().sorted().toList()));
        }
        return names;
    }

    /**
     * Reflection reads back what every DSL operation built, with the names Loquent gave (issue #9): the same tables,
     * columns, constraints and indexes on every database, where the database can hold them.
     */
    @Test
    void reflectionReadsBackWhatEveryOperationBuilt() throws Exception {
        EveryOperationScripts.write(scripts);
        loquent().upgrade("head");
        if (!reflectsOrRefuses()) {
            return;
        }
        Schema schema = reflect();
        assertThat(new TreeSet<>(schema.tableNames())).containsExactly("kinds", "pairs", "parents");
        Table kinds = schema.table("kinds").orElseThrow();
        assertThat(kinds.columns()).extracting(Column::name).containsExactly("id", "i", "s", "v", "body", "b", "d",
                "f", "dt", "tm", "ts", "bin", "u", "j", "parent_id");
        Column v = kinds.column("v").orElseThrow();
        assertThat(v.type().kind()).isEqualTo(ColumnType.Kind.STRING);
        assertThat(v.type().length()).isEqualTo(80);
        assertThat(v.nullable()).isFalse();
        assertThat(kinds.column("d").orElseThrow().type()).extracting(ColumnType::precision, ColumnType::scale)
                .containsExactly(10, 2);
        assertThat(kinds.primaryKey()).map(TableConstraint::name).contains("pk_kinds");
        assertThat(kinds.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.name()).isEqualTo("fk_kinds_parent_id_parents");
            assertThat(fk.referencedTable()).isEqualTo("parents");
            assertThat(fk.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
        });
        assertThat(kinds.constraint("ck_kinds_positive")).as("the check").isPresent();
        boolean uniqueIndex = kinds.index("ux_kinds_u").map(Index::unique).orElse(false);
        boolean uniqueConstraint = kinds.constraint("ux_kinds_u").map(c -> c instanceof TableConstraint.Unique)
                .orElse(false);
        assertThat(uniqueIndex || uniqueConstraint).as("ux_kinds_u, an index or (MySQL) a unique key").isTrue();
        assertThat(kinds.index("ix_kinds_v")).as("dropped").isEmpty();
        assertThat(schema.table("parents").orElseThrow().constraint("uq_parents_code")).as("dropped").isEmpty();
        assertThat(schema.table("pairs").orElseThrow().primaryKey()).map(TableConstraint.PrimaryKey::columns)
                .contains(List.of("a", "b"));
        assertThat(kinds.comment()).as(keepsComments() ? "the table comment" : "no comment: the database keeps none")
                .isEqualTo(keepsComments() ? "every type" : null);
    }

    @Test
    void everyOperationAndEveryTypeRunsAndHolds() throws Exception {
        EveryOperationScripts.write(scripts);
        loquent().upgrade("head");
        assertThat(columns("kinds")).containsExactly("id", "i", "s", "v", "body", "b", "d", "f", "dt", "tm", "ts", "bin",
                "u", "j", "parent_id");
        assertThat(columnSize("kinds", "v")).isEqualTo(80);
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT i, s, v, body, b, d, f, dt, tm, ts, bin, u, j FROM kinds")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt("i")).isEqualTo(5);
            assertThat(rs.getInt("s")).isEqualTo(2);
            assertThat(rs.getString("v")).isEqualTo("it's");
            assertThat(rs.getString("body")).isEqualTo("long text \u00e9");
            assertThat(rs.getBoolean("b")).as("the boolean default").isTrue();
            assertThat(rs.getBigDecimal("d")).isEqualByComparingTo("12.34");
            assertThat(rs.getDouble("f")).isEqualTo(0.5);
            assertThat(rs.getString("dt")).startsWith("2024-02-29");
            assertThat(rs.getString("tm")).startsWith("12:34:56");
            assertThat(rs.getString("ts")).startsWith("2024-02-29").contains("12:34:56");
            assertThat(rs.getBytes("bin")).containsExactly(0, 1, 0xff);
            assertThat(rs.getString("u")).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
            assertThat(rs.getString("j").replace(" ", "")).isEqualTo("{\"a\":1}");
        }
        sql("INSERT INTO kinds (v) VALUES ('defaults')");
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT id, s, b, d FROM kinds WHERE v = 'defaults'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong("id")).as("auto-increment").isEqualTo(2);
            assertThat(rs.getInt("s")).as("server default set by alterColumn").isEqualTo(7);
            assertThat(rs.getBoolean("b")).isTrue();
            assertThat(rs.getBigDecimal("d")).isEqualByComparingTo("1.50");
        }
        sql("INSERT INTO parents (id, code) VALUES (1, 'a')");
        sql("INSERT INTO parents (id, code) VALUES (2, 'a')"); // uq_parents_code was dropped
        sql("UPDATE kinds SET parent_id = 1");
        assertThatThrownBy(() -> sql("INSERT INTO kinds (v, i) VALUES ('neg', -1)")).as("check").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> sql("INSERT INTO kinds (v, parent_id) VALUES ('orphan', 99)")).as("foreign key")
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> sql("INSERT INTO kinds (v) VALUES (NULL)")).as("not null").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> sql("INSERT INTO kinds (v, u) VALUES ('dup', '123e4567-e89b-12d3-a456-426614174000')"))
                .as("unique index").isInstanceOf(SQLException.class);
        sql("INSERT INTO pairs (a, b) VALUES (1, 1)");
        assertThatThrownBy(() -> sql("INSERT INTO pairs (a, b) VALUES (1, 1)")).as("primary key").isInstanceOf(SQLException.class);
        sql("DELETE FROM parents WHERE id = 1");
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM kinds WHERE parent_id IS NULL")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("ON DELETE SET NULL").isEqualTo(2);
        }
        loquent().downgrade("base");
        assertThat(tables()).doesNotContain("kinds", "parents", "pairs");
    }

    protected List<String> primaryKey(String table) throws Exception {
        try (Connection c = connect(); ResultSet rs = c.getMetaData().getPrimaryKeys(c.getCatalog(), c.getSchema(), table)) {
            List<String> key = new ArrayList<>();
            while (rs.next()) {
                key.add(rs.getString("COLUMN_NAME"));
            }
            return key;
        }
    }

    @Test
    void primaryKeysAreDroppedByTheirLoquentNames() throws Exception {
        RevisionFiles.write(scripts, "1.java", "k1", null, """
                op.createTable("pt", t -> t.column("code", string(10).primaryKey()).column("v", integer()));
                        op.createTable("pairs", t -> t.column("a", integer()).column("b", integer()).primaryKey("a", "b"));
                        op.createTable("named", t -> t.column("id", integer().nullable(false)));
                        op.createPrimaryKey("named_key", "named", "id");""", "");
        RevisionFiles.write(scripts, "2.java", "k2", "k1", """
                op.dropConstraint("pk_pt", "pt");
                        op.dropConstraint("pk_pairs", "pairs");
                        op.dropConstraint("named_key", "named");""", "");
        loquent().upgrade("k1");
        assertThat(primaryKey("pt")).containsExactly("code");
        assertThat(primaryKey("pairs")).containsExactly("a", "b");
        assertThat(primaryKey("named")).containsExactly("id");
        loquent().upgrade("head");
        assertThat(primaryKey("pt")).isEmpty();
        assertThat(primaryKey("pairs")).isEmpty();
        assertThat(primaryKey("named")).isEmpty();
        sql("INSERT INTO pairs (a, b) VALUES (1, 1)");
        sql("INSERT INTO pairs (a, b) VALUES (1, 1)");
    }

    @Test
    void definitionMistakesAreReportedWithoutJavaClassNames() throws Exception {
        RevisionFiles.write(scripts, "1.java", "d1", null, """
                op.createTable("t", t -> t.column("id", integer()).column("id", integer()));""", "");
        assertThatThrownBy(() -> loquent().upgrade("head")).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining(": table 't' declares column 'id' twice. ")
                .hasMessageNotContaining("Exception");
        assertThat(tables()).doesNotContain("t");
    }

    /** {@code name} quoted for this database's plain SQL. */
    protected String quoted(String name) {
        return '"' + name + '"';
    }

    /** An explicit name just over the database's limit, with the limit as the message states it; null for none. */
    protected abstract String[] overlongNameAndLimit();

    @Test
    void longNonAsciiGeneratedNamesStayDistinctAndOverlongExplicitNamesAreRefused() throws Exception {
        String table = "\u00e9".repeat(30);
        RevisionFiles.write(scripts, "1.java", "n1", null, """
                op.createTable("%s", t -> t.column("\u00fc_a", integer().unique()).column("\u00fc_b", integer().unique()));"""
                .formatted(table), "");
        String[] overlong = overlongNameAndLimit();
        String name = overlong == null ? "n".repeat(200) : overlong[0];
        RevisionFiles.write(scripts, "2.java", "n2", "n1", """
                op.createIndex("%s", "%s", "\u00fc_a");""".formatted(name, table), "");
        loquent().upgrade("n1");
        sql("INSERT INTO " + quoted(table) + " VALUES (1, 1)");
        assertThatThrownBy(() -> sql("INSERT INTO " + quoted(table) + " VALUES (1, 2)")).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> sql("INSERT INTO " + quoted(table) + " VALUES (2, 1)")).isInstanceOf(SQLException.class);
        if (overlong == null) {
            loquent().upgrade("head");
            assertThat(loquent().current()).extracting(r -> r.id()).containsExactly("n2");
            return;
        }
        assertThatThrownBy(() -> loquent().upgrade("head")).isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("failed in upgrade at line 7: identifier '" + name + "' is too long for ")
                .hasMessageContaining(overlong[1] + ". Use a shorter name. ");
        assertThat(loquent().current()).extracting(r -> r.id()).containsExactly("n1");
    }

    @Test
    void twoRunsInARowApplyEachRevisionOnce() throws Exception {
        SeedScripts.write(scripts);
        loquent().upgrade("head");
        assertThat(loquent().upgrade("head")).isEmpty();
        assertThat(loquent().appliedHistory()).extracting(HistoryEntry::revision).containsExactly("s1", "s2");
    }
    /** Loquent on the database under test, reporting to {@code listener}, waiting up to {@code lockTimeout}. */
    private Loquent loquent(MigrationListener listener, Duration lockTimeout) throws Exception {
        return Loquent.configure().url(url()).scripts(scripts).listener(listener).lockTimeout(lockTimeout).load();
    }

    /**
     * Concurrent runs on one database: while a first run holds the migration lock (kept inside its first revision
     * here), a run that may wait one second gives up with a {@link LockTimeoutException}, and a run that may wait
     * longer is told who holds the lock, then finds every revision applied and runs none twice.
     */
    @Test
    void concurrentRunsWaitForTheLockAndApplyEachRevisionOnce() throws Exception {
        SeedScripts.write(scripts);
        loquent().history(); // compiles the scripts once, before the runs race
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        MigrationListener holder = new MigrationListener() {
            @Override
            public void stepStarting(String path, String message, boolean upgrade) {
                holding.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        List<String> holders = new CopyOnWriteArrayList<>();
        CountDownLatch told = new CountDownLatch(1);
        MigrationListener waiter = new MigrationListener() {
            @Override
            public void lockWaiting(String who) {
                holders.add(who);
                told.countDown();
            }
        };
        ExecutorService runs = Executors.newFixedThreadPool(2);
        try {
            Future<MigrationResult> first = runs.submit(() -> loquent(holder, Duration.ofSeconds(60)).upgrade("head"));
            assertThat(holding.await(60, TimeUnit.SECONDS)).as("the first run reached its first revision").isTrue();
            assertThatThrownBy(() -> loquent(MigrationListener.NONE, Duration.ofSeconds(1)).upgrade("head"))
                    .as("a run that may wait one second for the lock").isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining("lock");
            Future<MigrationResult> second = runs.submit(() -> loquent(waiter, Duration.ofSeconds(60)).upgrade("head"));
            assertThat(told.await(60, TimeUnit.SECONDS)).as("the second run is told that it waits").isTrue();
            release.countDown();
            assertThat(first.get(60, TimeUnit.SECONDS)).extracting(StepResult::revision).containsExactly("s1", "s2");
            assertThat(second.get(60, TimeUnit.SECONDS)).as("what the second run found left to do").isEmpty();
        } finally {
            release.countDown();
            runs.shutdownNow();
        }
        assertThat(holders).as("who holds the lock, as the waiting run heard it").allSatisfy(h -> assertThat(h).isNotBlank());
        assertThat(loquent().appliedHistory()).extracting(HistoryEntry::revision).containsExactly("s1", "s2");
    }
    /**
     * A URL to the database whose sessions read string literals in an unusual way, which the owner of a database or
     * a URL controls (PostgreSQL with {@code standard_conforming_strings} off, MariaDB with
     * {@code NO_BACKSLASH_ESCAPES}), checked to be in force; {@link #url()} where the database has no such setting.
     */
    protected String urlWithUnusualStringSettings() throws Exception {
        return url();
    }

    /** Values that break a literal rendered for one string setting or another, or for none. */
    private static final List<String> HOSTILE = List.of("\\'); DROP TABLE canary; --", "\\", "\\\\", "'", "''",
            "a\\nb", "\\x41", "caf\u00e9 \u20ac \ud83d\ude00", "it's \\' done");

    /**
     * Values reach the database exactly, whatever the session's string settings: online, a bulk insert's values are
     * bound as parameters ({@link Dialect#bind}), so a value built to close a literal never becomes SQL.
     */
    @Test
    void bulkInsertedValuesArriveExactlyWhateverTheSessionsStringSettings() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < HOSTILE.size(); i++) {
            rows.append(i == 0 ? "" : ", ").append("java.util.Map.of(\"id\", ").append(i + 1).append(", \"v\", \"")
                    .append(HOSTILE.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append("\")");
        }
        RevisionFiles.write(scripts, "1.java", "i1", null, """
                op.createTable("notes", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("v", text());
                        });
                        op.bulkInsert("notes", java.util.List.of(%s));""".formatted(rows), "");
        sql("CREATE TABLE canary (id INTEGER)");
        Loquent.configure().url(urlWithUnusualStringSettings()).scripts(scripts).load().upgrade("head");
        List<String> values = new ArrayList<>();
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery("SELECT v FROM notes ORDER BY id")) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        assertThat(values).containsExactlyElementsOf(HOSTILE);
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM canary")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("the canary table, still there and empty").isZero();
        }
    }
}
