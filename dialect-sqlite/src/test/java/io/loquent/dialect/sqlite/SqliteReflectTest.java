package io.loquent.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.ExecuteSql;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.math.BigDecimal;
import java.nio.file.Path;
import io.loquent.testing.CountingConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables built by Loquent's own operations on a SQLite file, read back by {@link SqliteDialect#reflect}. */
class SqliteReflectTest {
    private final SqliteDialect dialect = new SqliteDialect();
    @TempDir
    Path dir;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("reflect.db"));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private void run(Operation op) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String sql : dialect.render(op, RenderContext.online(connection))) {
                st.execute(sql);
            }
        }
    }

    private static ColumnType type(Kind kind, String nativeName) {
        return ColumnType.of(kind).withNativeName(nativeName);
    }

    private static Column column(String name, ColumnType type, boolean nullable, DefaultValue value) {
        return new Column(name, type, nullable, false, value, null);
    }

    private static Column id() {
        return new Column("id", ColumnType.of(Kind.INTEGER), false, true, null, null);
    }

    private static Column reflectedId() {
        return new Column("id", type(Kind.INTEGER, "INTEGER"), false, true, null, null);
    }

    @Test
    void readsEveryPortableTypeConstraintKindDefaultAndIndexAsWritten() throws SQLException {
        run(new CreateTable("authors", List.of(id(),
                column("name", new ColumnType(Kind.STRING, 100, null, null), false, null)),
                List.of(new TableConstraint.PrimaryKey("pk_authors", List.of("id")),
                        new TableConstraint.Unique("uq_authors_name", List.of("name"))), "people who write"));
        run(new CreateTable("books", List.of(id(),
                column("author_id", ColumnType.of(Kind.INTEGER), false, null),
                column("title", new ColumnType(Kind.STRING, 200, null, null), false, new DefaultValue.Literal("it's")),
                column("body", ColumnType.of(Kind.TEXT), true, null),
                column("pages", ColumnType.of(Kind.SMALL_INTEGER), true, new DefaultValue.Literal(100)),
                column("copies", ColumnType.of(Kind.BIG_INTEGER), true, new DefaultValue.Literal(-5L)),
                column("in_print", ColumnType.of(Kind.BOOLEAN), false, new DefaultValue.Literal(true)),
                column("price", new ColumnType(Kind.DECIMAL, null, 10, 2), true,
                        new DefaultValue.Literal(new BigDecimal("9.99"))),
                column("rating", ColumnType.of(Kind.DOUBLE), true, new DefaultValue.Sql("1.5 * 2")),
                column("published", ColumnType.of(Kind.DATE), true, new DefaultValue.Literal(LocalDate.of(2024, 1, 31))),
                column("starts", ColumnType.of(Kind.TIME), true, new DefaultValue.Literal(LocalTime.of(9, 30))),
                column("created_at", ColumnType.of(Kind.TIMESTAMP), false, new DefaultValue.CurrentTimestamp()),
                column("cover", ColumnType.of(Kind.BINARY), true, null),
                column("isbn", ColumnType.of(Kind.UUID), true, null),
                column("meta", ColumnType.of(Kind.JSON), true, null)),
                List.of(new TableConstraint.PrimaryKey("pk_books", List.of("id")),
                        new TableConstraint.ForeignKey("fk_books_author", List.of("author_id"), "authors",
                                List.of("id"), ReferentialAction.CASCADE, null),
                        new TableConstraint.Unique("uq_books_title_author", List.of("title", "author_id")),
                        new TableConstraint.Check("ck_books_pages", "pages > 0")), "what they write"));
        run(new AddColumn("books", column("editor_id", ColumnType.of(Kind.INTEGER), true, null),
                List.of(new TableConstraint.ForeignKey("fk_books_editor", List.of("editor_id"), "authors",
                        List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.RESTRICT))));
        run(new CreateIndex("ix_books_author_published", "books", List.of("author_id", "published"), false));
        run(new CreateIndex("ux_books_isbn", "books", List.of("isbn"), true));
        run(new ExecuteSql("CREATE INDEX \"ix_books_lower_title\" ON \"books\" (lower(\"title\") DESC, \"id\")"
                + " WHERE \"in_print\" = 1"));

        Schema schema = dialect.reflect(connection, Set.of());

        Table authors = new Table("authors", List.of(reflectedId(),
                column("name", new ColumnType(Kind.STRING, 100, null, null, "VARCHAR(100)"), false, null)),
                List.of(new TableConstraint.PrimaryKey("pk_authors", List.of("id")),
                        new TableConstraint.Unique("uq_authors_name", List.of("name"))), List.of(), null);
        Table books = new Table("books", List.of(reflectedId(),
                column("author_id", type(Kind.INTEGER, "INTEGER"), false, null),
                column("title", new ColumnType(Kind.STRING, 200, null, null, "VARCHAR(200)"), false,
                        new DefaultValue.Literal("it's")),
                column("body", type(Kind.TEXT, "TEXT"), true, null),
                column("pages", type(Kind.SMALL_INTEGER, "SMALLINT"), true, new DefaultValue.Literal(100)),
                column("copies", type(Kind.BIG_INTEGER, "BIGINT"), true, new DefaultValue.Literal(-5L)),
                column("in_print", type(Kind.BOOLEAN, "BOOLEAN"), false, new DefaultValue.Literal(true)),
                column("price", new ColumnType(Kind.DECIMAL, null, 10, 2, "NUMERIC(10, 2)"), true,
                        new DefaultValue.Literal(new BigDecimal("9.99"))),
                column("rating", type(Kind.DOUBLE, "DOUBLE"), true, new DefaultValue.Sql("1.5 * 2")),
                column("published", type(Kind.DATE, "DATE"), true, new DefaultValue.Literal(LocalDate.of(2024, 1, 31))),
                column("starts", type(Kind.TIME, "TIME"), true, new DefaultValue.Literal(LocalTime.of(9, 30))),
                column("created_at", type(Kind.TIMESTAMP, "TIMESTAMP"), false, new DefaultValue.CurrentTimestamp()),
                column("cover", type(Kind.BINARY, "BLOB"), true, null),
                // SQLite's UUID and JSON are written VARCHAR(36) and TEXT, so they read back as the plainer kind
                column("isbn", new ColumnType(Kind.STRING, 36, null, null, "VARCHAR(36)"), true, null),
                column("meta", type(Kind.TEXT, "TEXT"), true, null),
                column("editor_id", type(Kind.INTEGER, "INTEGER"), true, null)),
                List.of(new TableConstraint.ForeignKey("fk_books_editor", List.of("editor_id"), "authors",
                                List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.RESTRICT),
                        new TableConstraint.PrimaryKey("pk_books", List.of("id")),
                        new TableConstraint.ForeignKey("fk_books_author", List.of("author_id"), "authors",
                                List.of("id"), ReferentialAction.CASCADE, null),
                        new TableConstraint.Unique("uq_books_title_author", List.of("title", "author_id")),
                        new TableConstraint.Check("ck_books_pages", "pages > 0")),
                List.of(Index.on("ix_books_author_published", false, "author_id", "published"),
                        Index.on("ux_books_isbn", true, "isbn"),
                        new Index("ix_books_lower_title", List.of(IndexKey.expression("lower(\"title\")"),
                                IndexKey.of("id")), false, "\"in_print\" = 1")), null);
        assertThat(schema).usingRecursiveComparison().isEqualTo(new Schema(List.of(authors, books)));
        assertThat(schema.tables()).containsExactly(authors, books);
    }

    @Test
    void namesUnnamedConstraintsAndResolvesAnImplicitParentKey() throws SQLException {
        run(new ExecuteSql("CREATE TABLE parent (code TEXT NOT NULL, CONSTRAINT pk_parent PRIMARY KEY (CODE))"));
        run(new ExecuteSql("CREATE TABLE legacy (id integer PRIMARY KEY, code TEXT REFERENCES parent UNIQUE,"
                + " n INT DEFAULT (abs(-3)), CHECK (n <> 0), CHECK (n < 9))"));

        Table legacy = dialect.reflect(connection, Set.of("parent")).tables().get(0);

        assertThat(legacy).usingRecursiveComparison().isEqualTo(new Table("legacy", List.of(
                reflectedId(), // SQLite's catalogue spells the rowid alias's type INTEGER, whatever its case
                column("code", type(Kind.TEXT, "TEXT"), true, null),
                column("n", type(Kind.INTEGER, "INT"), true, new DefaultValue.Sql("abs(-3)"))),
                List.of(new TableConstraint.PrimaryKey("legacy_pkey", List.of("id")),
                        new TableConstraint.ForeignKey("legacy_code_fkey", List.of("code"), "parent",
                                List.of("code"), null, null),
                        new TableConstraint.Unique("legacy_code_key", List.of("code")),
                        new TableConstraint.Check("legacy_check", "n <> 0"),
                        new TableConstraint.Check("legacy_check1", "n < 9")), List.of(), null));
    }

    @Test
    void aWithoutRowidKeyIsNotNullWithoutAutoIncrementAndStrictTypesMapByAffinity() throws SQLException {
        run(new ExecuteSql("CREATE TABLE tags (name TEXT, weight ANY, hits INT DEFAULT 0,"
                + " CONSTRAINT pk_tags PRIMARY KEY (name)) WITHOUT ROWID, STRICT"));

        assertThat(dialect.reflect(connection, Set.of()).tables()).containsExactly(new Table("tags", List.of(
                column("name", type(Kind.TEXT, "TEXT"), false, null),
                column("weight", type(Kind.BINARY, "ANY"), true, null),
                column("hits", type(Kind.INTEGER, "INT"), true, new DefaultValue.Literal(0))),
                List.of(new TableConstraint.PrimaryKey("pk_tags", List.of("name"))), List.of(), null));
    }

    @Test
    void leavesOutExcludedTablesAndThoseOfOtherDatabases() throws SQLException {
        run(new CreateTable("kept", List.of(id()), List.of(new TableConstraint.PrimaryKey("pk_kept", List.of("id"))),
                null));
        run(new CreateTable("loquent_version", List.of(column("version", ColumnType.of(Kind.TEXT), true, null)),
                List.of(), null));
        run(new ExecuteSql("ATTACH DATABASE '" + dir.resolve("other.db") + "' AS other"));
        run(new ExecuteSql("CREATE TABLE other.elsewhere (id INTEGER)"));
        run(new ExecuteSql("CREATE TEMP TABLE scratch (id INTEGER)"));
        run(new ExecuteSql("CREATE VIEW kept_view AS SELECT id FROM kept"));

        assertThat(dialect.reflect(connection, Set.of("loquent_version")).tableNames()).containsExactly("kept");
    }

    @Test
    void runsAsManyQueriesForThirtyTablesAsForThree() throws SQLException {
        assertThat(queriesToReflect(3)).isEqualTo(queriesToReflect(30)).as("tables, columns, foreign keys, indexes, index keys, views").isEqualTo(6);
    }

    /** The statements reflection runs over {@code tables} tables, each with a foreign key and two indexes. */
    private int queriesToReflect(int tables) throws SQLException {
        for (int i = 0; i < tables; i++) {
            String table = "t" + tables + "_" + i;
            run(new CreateTable(table, List.of(id(), column("parent_id", ColumnType.of(Kind.INTEGER), true, null),
                    column("code", new ColumnType(Kind.STRING, 10, null, null), true, null)),
                    List.of(new TableConstraint.PrimaryKey("pk_" + table, List.of("id")),
                            new TableConstraint.ForeignKey("fk_" + table, List.of("parent_id"), table, List.of("id"),
                                    null, null)), null));
            run(new CreateIndex("ix_" + table + "_parent", table, List.of("parent_id"), false));
            run(new CreateIndex("ix_" + table + "_code", table, List.of("code", "parent_id"), true));
        }
        AtomicInteger statements = new AtomicInteger();
        Connection counted = CountingConnection.of(connection, statements);
        Schema schema = dialect.reflect(counted, Set.of());
        assertThat(schema.tables()).filteredOn(t -> t.name().startsWith("t" + tables + "_")).hasSize(tables)
                .allSatisfy(t -> assertThat(t.indexes()).hasSize(2));
        return statements.get();
    }

    /**
     * The work of reading the catalogue grows with the schema, not with its square: counted in SQLite's own virtual
     * machine steps, a deterministic measure of the work. Left to itself the planner once ran the index query with
     * {@code sqlite_master} outside the table-valued pragmas, quadratic: 4.5 s for 1,000 tables (issue #13).
     */
    @Test
    void readsFourTimesTheTablesWithAboutFourTimesTheWork() throws SQLException {
        long small = stepsToReflect(40);
        long large = stepsToReflect(160);

        assertThat((double) large / small).as("steps for 160 tables / steps for 40").isBetween(3.0, 6.0);
    }

    private long stepsToReflect(int tables) throws SQLException {
        try (Connection own = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("steps" + tables + ".db"));
             Statement st = own.createStatement()) {
            for (int i = 0; i < tables; i++) {
                st.execute("CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY, code VARCHAR(10) UNIQUE, parent_id INTEGER"
                        + " REFERENCES t" + i + " (id))");
                st.execute("CREATE INDEX ix_t" + i + " ON t" + i + " (parent_id)");
            }
            long[] steps = {0};
            org.sqlite.ProgressHandler.setHandler(own, 100, new org.sqlite.ProgressHandler() {
                @Override
                protected int progress() {
                    steps[0]++;
                    return 0;
                }
            });
            assertThat(dialect.reflect(own, Set.of()).tables()).hasSize(tables);
            org.sqlite.ProgressHandler.clearHandler(own);
            return steps[0];
        }
    }
}
