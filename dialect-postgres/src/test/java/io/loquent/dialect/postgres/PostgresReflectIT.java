package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.ExecuteSql;
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
import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Builds tables on a real PostgreSQL with Loquent's own operations (and, for what the DSL cannot write, a serial
 * column, default constraint names and an expression index, plain SQL), then reads them back with
 * {@link PostgresDialect#reflect} and compares whole {@link Table} records.
 */
class PostgresReflectIT {
    private static final PostgresDialect DIALECT = new PostgresDialect();

    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    private TestDatabase db;

    @BeforeEach
    void createTables(TestDatabase database) throws SQLException {
        db = database;
        db.execute("DROP TABLE IF EXISTS odd, reviews, books, authors CASCADE");
        db.run(DIALECT, new CreateTable("authors", List.of(
                column("id", ColumnType.of(Kind.INTEGER), false, true, null, null),
                column("name", new ColumnType(Kind.STRING, 100, null, null), false, false,
                        new DefaultValue.Literal("anon"), "pen name")),
                List.of(new TableConstraint.PrimaryKey("pk_authors", List.of("id")),
                        new TableConstraint.Unique("uq_authors_name", List.of("name"))),
                "who writes"));
        db.run(DIALECT, new CreateTable("books", List.of(
                column("id", ColumnType.of(Kind.BIG_INTEGER), false, true, null, null),
                column("author_id", ColumnType.of(Kind.INTEGER), false, false, null, null),
                column("title", new ColumnType(Kind.STRING, 200, null, null), false, false, null, null),
                column("body", ColumnType.of(Kind.TEXT), true, false, new DefaultValue.Literal("it's"), null),
                column("path", ColumnType.of(Kind.TEXT), true, false, new DefaultValue.Literal("C:\\temp"), null),
                column("pages", ColumnType.of(Kind.SMALL_INTEGER), true, false, new DefaultValue.Literal(-1), null),
                column("price", new ColumnType(Kind.DECIMAL, null, 10, 2), false, false,
                        new DefaultValue.Literal(new BigDecimal("9.99")), null),
                column("rating", ColumnType.of(Kind.DOUBLE), true, false, new DefaultValue.Literal(1.5), null),
                column("in_print", ColumnType.of(Kind.BOOLEAN), false, false, new DefaultValue.Literal(true), null),
                column("published", ColumnType.of(Kind.DATE), true, false,
                        new DefaultValue.Literal(LocalDate.of(2024, 1, 31)), null),
                column("opens", ColumnType.of(Kind.TIME), true, false,
                        new DefaultValue.Literal(LocalTime.of(9, 30)), null),
                column("created_at", ColumnType.of(Kind.TIMESTAMP), false, false,
                        new DefaultValue.CurrentTimestamp(), null),
                column("cover", ColumnType.of(Kind.BINARY), true, false, null, null),
                column("code", ColumnType.of(Kind.UUID), false, false, new DefaultValue.Sql("gen_random_uuid()"), null),
                column("meta", ColumnType.of(Kind.JSON), true, false, new DefaultValue.Literal("{}"), null)),
                List.of(new TableConstraint.PrimaryKey("pk_books", List.of("id")),
                        new TableConstraint.ForeignKey("fk_books_author", List.of("author_id"), "authors",
                                List.of("id"), ReferentialAction.CASCADE, null)),
                null));
        db.run(DIALECT, new AddConstraint("books", new TableConstraint.Check("ck_books_price", "price >= 0")));
        db.run(DIALECT, new AddConstraint("books",
                new TableConstraint.Unique("uq_books_title_author", List.of("title", "author_id"))));
        db.run(DIALECT, new CreateIndex("idx_books_author_published", "books", List.of("author_id", "published"), false));
        db.run(DIALECT, new CreateIndex("ux_books_code", "books", List.of("code"), true));
        db.run(DIALECT, new ExecuteSql("CREATE INDEX ix_books_lower_title ON books (lower(title), id) WHERE in_print"));
        db.run(DIALECT, new ExecuteSql("CREATE TABLE reviews (id serial PRIMARY KEY,"
                + " book_id bigint REFERENCES books (id) ON DELETE SET NULL ON UPDATE RESTRICT, stars int4)"));
    }

    @Test
    void everyTableReadsBackAsItWasBuilt() throws SQLException {
        Schema schema = DIALECT.reflect(db.connection(), Set.of());

        assertThat(schema.tables()).containsExactly(authors(), books(), reviews());
    }

    /** The catalogue then writes a string with a backslash as an escape string, {@code E'C:\\temp'}. */
    @Test
    void defaultsReadTheSameWithoutStandardConformingStrings() throws SQLException {
        db.execute("SET standard_conforming_strings = off");
        try {
            assertThat(DIALECT.reflect(db.connection(), Set.of()).table("books")).contains(books());
        } finally {
            db.execute("RESET standard_conforming_strings");
        }
    }

    /**
     * Native types read as their kind (float4 as real, bpchar as char, timestamptz with its time zone, an array of
     * its element, an enum type with its labels) or as custom under their own name; a generated column's
     * expression is no default.
     */
    @Test
    void otherNativeTypesReadAsTheirKindOrAsCustom() throws SQLException {
        db.execute("DROP TABLE IF EXISTS odd; DROP TYPE IF EXISTS mood");
        db.execute("CREATE TYPE mood AS ENUM ('sad', 'happy')");
        db.execute("CREATE TABLE odd (r float4, tz timestamptz DEFAULT now(), ttz timetz, c char(3) DEFAULT NULL,"
                + " v varchar, n numeric, a int4[] DEFAULT '{1,2}', m mood DEFAULT 'happy', j json,"
                + " g int8 GENERATED ALWAYS AS (length(v)) STORED)");

        assertThat(DIALECT.reflect(db.connection(), Set.of()).table("odd").orElseThrow().columns()).containsExactly(
                column("r", type(Kind.REAL, "float4"), true, false, null, null),
                column("tz", ColumnType.of(Kind.TIMESTAMP).withTimeZone(true).withNativeName("timestamptz"), true,
                        false, new DefaultValue.CurrentTimestamp(), null),
                column("ttz", ColumnType.of(Kind.TIME).withTimeZone(true).withNativeName("timetz"), true, false, null,
                        null),
                column("c", new ColumnType(Kind.CHAR, 3, null, null, "bpchar"), true, false, null, null),
                column("v", type(Kind.TEXT, "varchar"), true, false, null, null),
                column("n", ColumnType.custom("numeric").withNativeName("numeric"), true, false, null, null),
                column("a", ColumnType.array(ColumnType.of(Kind.INTEGER)).withNativeName("_int4"), true, false,
                        new DefaultValue.Sql("'{1,2}'::integer[]"), null),
                column("m", ColumnType.enumeration("mood", java.util.List.of("sad", "happy")).withNativeName("mood"),
                        true, false, new DefaultValue.Literal("happy"), null),
                column("j", type(Kind.JSON, "json"), true, false, null, null),
                column("g", type(Kind.BIG_INTEGER, "int8"), true, false, null, null)
                        .withGenerated(new io.loquent.api.schema.Generated("length((v)::text)", true)));
    }

    @Test
    void excludedTablesAreLeftOut() throws SQLException {
        Schema schema = DIALECT.reflect(db.connection(), Set.of("books", "reviews"));

        assertThat(schema.tables()).containsExactly(authors());
    }

    @Test
    void tablesOfAnotherSchemaAreLeftOut() throws SQLException {
        String other = db.name() + "_other";
        db.execute("CREATE SCHEMA " + other);
        try {
            db.execute("CREATE TABLE " + other + ".ghosts (id int PRIMARY KEY)");
            db.execute("CREATE INDEX ghosts_idx ON " + other + ".ghosts (id)");

            assertThat(DIALECT.reflect(db.connection(), Set.of()).tableNames())
                    .containsExactly("authors", "books", "reviews");
        } finally {
            db.execute("DROP SCHEMA " + other + " CASCADE");
        }
    }

    private static Table authors() {
        return new Table("authors", List.of(
                column("id", type(Kind.INTEGER, "int4"), false, true, null, null),
                column("name", new ColumnType(Kind.STRING, 100, null, null, "varchar"), false, false,
                        new DefaultValue.Literal("anon"), "pen name")),
                List.of(new TableConstraint.PrimaryKey("pk_authors", List.of("id")),
                        new TableConstraint.Unique("uq_authors_name", List.of("name"))),
                List.of(), "who writes");
    }

    private static Table books() {
        return new Table("books", List.of(
                column("id", type(Kind.BIG_INTEGER, "int8"), false, true, null, null),
                column("author_id", type(Kind.INTEGER, "int4"), false, false, null, null),
                column("title", new ColumnType(Kind.STRING, 200, null, null, "varchar"), false, false, null, null),
                column("body", type(Kind.TEXT, "text"), true, false, new DefaultValue.Literal("it's"), null),
                column("path", type(Kind.TEXT, "text"), true, false, new DefaultValue.Literal("C:\\temp"), null),
                column("pages", type(Kind.SMALL_INTEGER, "int2"), true, false, new DefaultValue.Literal(-1), null),
                column("price", new ColumnType(Kind.DECIMAL, null, 10, 2, "numeric"), false, false,
                        new DefaultValue.Literal(new BigDecimal("9.99")), null),
                column("rating", type(Kind.DOUBLE, "float8"), true, false, new DefaultValue.Literal(1.5), null),
                column("in_print", type(Kind.BOOLEAN, "bool"), false, false, new DefaultValue.Literal(true), null),
                column("published", type(Kind.DATE, "date"), true, false,
                        new DefaultValue.Literal(LocalDate.of(2024, 1, 31)), null),
                column("opens", type(Kind.TIME, "time"), true, false, new DefaultValue.Literal(LocalTime.of(9, 30)), null),
                column("created_at", type(Kind.TIMESTAMP, "timestamp"), false, false,
                        new DefaultValue.CurrentTimestamp(), null),
                column("cover", type(Kind.BINARY, "bytea"), true, false, null, null),
                column("code", type(Kind.UUID, "uuid"), false, false, new DefaultValue.Sql("gen_random_uuid()"), null),
                column("meta", type(Kind.JSON, "jsonb"), true, false, new DefaultValue.Literal("{}"), null)),
                List.of(new TableConstraint.PrimaryKey("pk_books", List.of("id")),
                        new TableConstraint.Unique("uq_books_title_author", List.of("title", "author_id")),
                        new TableConstraint.ForeignKey("fk_books_author", List.of("author_id"), "authors",
                                List.of("id"), ReferentialAction.CASCADE, null),
                        new TableConstraint.Check("ck_books_price", "(price >= (0)::numeric)")),
                List.of(Index.on("idx_books_author_published", false, "author_id", "published"),
                        new Index("ix_books_lower_title", List.of(IndexKey.expression("lower((title)::text)"),
                                IndexKey.of("id")), false, "in_print"),
                        Index.on("ux_books_code", true, "code")),
                null);
    }

    /** Plain SQL: a serial column, and the names PostgreSQL chooses for the constraints. */
    private static Table reviews() {
        return new Table("reviews", List.of(
                column("id", type(Kind.INTEGER, "int4"), false, true, null, null),
                column("book_id", type(Kind.BIG_INTEGER, "int8"), true, false, null, null),
                column("stars", type(Kind.INTEGER, "int4"), true, false, null, null)),
                List.of(new TableConstraint.PrimaryKey("reviews_pkey", List.of("id")),
                        new TableConstraint.ForeignKey("reviews_book_id_fkey", List.of("book_id"), "books",
                                List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.RESTRICT)),
                List.of(), null);
    }

    private static ColumnType type(Kind kind, String nativeName) {
        return ColumnType.of(kind).withNativeName(nativeName);
    }

    private static Column column(String name, ColumnType type, boolean nullable, boolean autoIncrement,
                                 DefaultValue defaultValue, String comment) {
        return new Column(name, type, nullable, autoIncrement, defaultValue, comment);
    }
}
