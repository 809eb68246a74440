package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.testing.CountingConnection;
import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tables built by running Loquent's own operations through the dialect, read back with {@code reflect} and compared
 * with the model records they must give. Native type names are MariaDB's spelling (MySQL 8 drops display widths).
 */
class MySqlReflectIT {
    private static final MySqlDialect DIALECT = new MySqlDialect();

    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    private TestDatabase db;

    @BeforeEach
    void emptyDatabase(TestDatabase database) throws SQLException {
        db = database;
        db.execute("SET FOREIGN_KEY_CHECKS = 0");
        for (String table : db.rows("SELECT CONCAT(TABLE_TYPE, '|', TABLE_NAME) FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE IN ('BASE TABLE', 'SEQUENCE')")) {
            String[] typeAndName = table.split("\\|", 2);
            db.execute((typeAndName[0].equals("SEQUENCE") ? "DROP SEQUENCE `" : "DROP TABLE `") + typeAndName[1] + "`");
        }
        db.execute("DROP VIEW IF EXISTS author_names");
        db.execute("SET FOREIGN_KEY_CHECKS = 1");
    }

    private static ColumnType type(Kind kind, String nativeName) {
        return ColumnType.of(kind).withNativeName(nativeName);
    }

    private static Column column(String name, ColumnType type, boolean nullable, DefaultValue value) {
        return new Column(name, type, nullable, false, value, null);
    }

    private static final Column AUTHOR_ID = new Column("id", ColumnType.of(Kind.INTEGER), false, true, null, null);
    private static final CreateTable AUTHORS = new CreateTable("authors", List.of(AUTHOR_ID,
            new Column("name", new ColumnType(Kind.STRING, 100, null, null), false, false, null, "pen name")),
            List.of(new TableConstraint.PrimaryKey("pk_authors", List.of("id")),
                    new TableConstraint.Unique("uq_authors_name", List.of("name"))), "who writes");

    /** A table of every portable type and constraint kind, its constraints named after it. */
    private static CreateTable books(String table) {
        return new CreateTable(table, List.of(
                new Column("id", ColumnType.of(Kind.BIG_INTEGER), false, true, null, null),
                new Column("author_id", ColumnType.of(Kind.INTEGER), false, false, null, null),
                new Column("reviewer_id", ColumnType.of(Kind.INTEGER), true, false, null, null),
                new Column("title", new ColumnType(Kind.STRING, 200, null, null), false, false,
                        new DefaultValue.Literal("it's \\ untitled"), "as printed"),
                new Column("summary", ColumnType.of(Kind.TEXT), true, false, new DefaultValue.Literal("none"), null),
                new Column("pages", ColumnType.of(Kind.SMALL_INTEGER), true, false, new DefaultValue.Literal(100), null),
                new Column("in_print", ColumnType.of(Kind.BOOLEAN), false, false, new DefaultValue.Literal(true), null),
                new Column("price", new ColumnType(Kind.DECIMAL, null, 10, 2), true, false,
                        new DefaultValue.Literal(new BigDecimal("9.99")), null),
                new Column("rating", ColumnType.of(Kind.DOUBLE), true, false, null, null),
                new Column("published", ColumnType.of(Kind.DATE), true, false, null, null),
                new Column("read_at", ColumnType.of(Kind.TIME), true, false, null, null),
                new Column("created_at", ColumnType.of(Kind.TIMESTAMP), false, false,
                        new DefaultValue.CurrentTimestamp(), null),
                new Column("cover", ColumnType.of(Kind.BINARY), true, false, null, null),
                new Column("digest", new ColumnType(Kind.BINARY, 16, null, null), true, false, null, null),
                new Column("isbn", ColumnType.of(Kind.UUID), true, false, new DefaultValue.Sql("uuid()"), null),
                new Column("meta", ColumnType.of(Kind.JSON), true, false, null, null)),
                List.of(new TableConstraint.PrimaryKey("pk_" + table, List.of("id")),
                        new TableConstraint.Unique("uq_" + table + "_title_author", List.of("title", "author_id")),
                        new TableConstraint.ForeignKey("fk_" + table + "_author", List.of("author_id"), "authors",
                                List.of("id"), ReferentialAction.CASCADE, null),
                        new TableConstraint.ForeignKey("fk_" + table + "_reviewer", List.of("reviewer_id"), "authors",
                                List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION),
                        new TableConstraint.Check("ck_" + table + "_pages", "pages > 0")),
                "books on the shelf");
    }

    @Test
    void everyTypeConstraintDefaultAndIndexIsReadBackAsTheModel() throws SQLException {
        db.run(DIALECT, AUTHORS);
        db.run(DIALECT, books("books"));
        db.run(DIALECT, new CreateIndex("idx_books_published_rating", "books", List.of("published", "rating"), false));
        db.run(DIALECT, new CreateIndex("ux_books_isbn", "books", List.of("isbn"), true));

        Schema schema = DIALECT.reflect(db.connection(), Set.of());

        assertThat(schema.tableNames()).containsExactly("authors", "books");
        assertThat(schema.table("authors").orElseThrow()).isEqualTo(new Table("authors", List.of(
                new Column("id", type(Kind.INTEGER, "int(11)"), false, true, null, null),
                new Column("name", new ColumnType(Kind.STRING, 100, null, null, "varchar(100)"), false, false, null,
                        "pen name")), AUTHORS.constraints(), List.of(), "who writes"));
        assertThat(schema.table("books").orElseThrow()).isEqualTo(new Table("books", List.of(
                new Column("id", type(Kind.BIG_INTEGER, "bigint(20)"), false, true, null, null),
                column("author_id", type(Kind.INTEGER, "int(11)"), false, null),
                column("reviewer_id", type(Kind.INTEGER, "int(11)"), true, null),
                new Column("title", new ColumnType(Kind.STRING, 200, null, null, "varchar(200)"), false, false,
                        new DefaultValue.Literal("it's \\ untitled"), "as printed"),
                column("summary", type(Kind.TEXT, "longtext"), true, new DefaultValue.Literal("none")),
                column("pages", type(Kind.SMALL_INTEGER, "smallint(6)"), true, new DefaultValue.Literal(100)),
                column("in_print", type(Kind.BOOLEAN, "tinyint(1)"), false, new DefaultValue.Literal(true)),
                column("price", new ColumnType(Kind.DECIMAL, null, 10, 2, "decimal(10,2)"), true,
                        new DefaultValue.Literal(new BigDecimal("9.99"))),
                column("rating", type(Kind.DOUBLE, "double"), true, null),
                column("published", type(Kind.DATE, "date"), true, null),
                column("read_at", type(Kind.TIME, "time"), true, null),
                column("created_at", type(Kind.TIMESTAMP, "datetime"), false, new DefaultValue.CurrentTimestamp()),
                column("cover", type(Kind.BINARY, "longblob"), true, null),
                column("digest", new ColumnType(Kind.BINARY, 16, null, null, "binary(16)"), true, null),
                column("isbn", type(Kind.UUID, "char(36)"), true, new DefaultValue.Sql("uuid()")),
                column("meta", type(Kind.JSON, "longtext"), true, null)),
                List.of(new TableConstraint.PrimaryKey("pk_books", List.of("id")),
                        new TableConstraint.Unique("uq_books_title_author", List.of("title", "author_id")),
                        // MySQL keeps a unique index and a unique constraint as one object.
                        new TableConstraint.Unique("ux_books_isbn", List.of("isbn")),
                        new TableConstraint.ForeignKey("fk_books_author", List.of("author_id"), "authors",
                                List.of("id"), ReferentialAction.CASCADE, null),
                        // Explicit NO ACTION and the unsaid default (RESTRICT on MariaDB) behave alike: null.
                        new TableConstraint.ForeignKey("fk_books_reviewer", List.of("reviewer_id"), "authors",
                                List.of("id"), ReferentialAction.SET_NULL, null),
                        new TableConstraint.Check("ck_books_pages", "`pages` > 0")),
                // Not the indexes InnoDB made for the two foreign keys.
                List.of(Index.on("idx_books_published_rating", false, "published", "rating")),
                "books on the shelf"));
        assertThat(db.rows("SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'books' AND INDEX_NAME LIKE 'fk%' GROUP BY INDEX_NAME ORDER BY INDEX_NAME"))
                .as("the foreign keys' own indexes are there, and left out above")
                .containsExactly("fk_books_author", "fk_books_reviewer");
    }

    @Test
    void excludedTablesViewsAndOtherDatabasesAreLeftOut() throws SQLException {
        db.run(DIALECT, AUTHORS);
        db.execute("CREATE TABLE loquent_version (version_num VARCHAR(32) NOT NULL)");
        db.execute("CREATE TABLE legacy (id INT PRIMARY KEY)");
        db.execute("CREATE VIEW author_names AS SELECT name FROM authors");
        String other = db.name() + "_other";
        db.execute("CREATE DATABASE `" + other + "`");
        try {
            db.execute("CREATE TABLE `" + other + "`.elsewhere (id INT PRIMARY KEY)");

            Schema schema = DIALECT.reflect(db.connection(), Set.of("loquent_version"));

            assertThat(schema.tableNames()).containsExactly("authors", "legacy");
            assertThat(schema.table("legacy").orElseThrow().primaryKey().orElseThrow())
                    .as("a key made without Loquent keeps MySQL's own name")
                    .isEqualTo(new TableConstraint.PrimaryKey("PRIMARY", List.of("id")));
        } finally {
            db.execute("DROP DATABASE `" + other + "`");
        }
    }

    @Test
    void theNumberOfQueriesDoesNotGrowWithTheNumberOfTables() throws SQLException {
        db.run(DIALECT, AUTHORS);
        for (int i = 0; i < 2; i++) {
            db.run(DIALECT, books("books_" + i));
        }
        AtomicInteger few = new AtomicInteger();
        assertThat(DIALECT.reflect(CountingConnection.of(db.connection(), few), Set.of()).tables()).hasSize(3);
        for (int i = 2; i < 29; i++) {
            db.run(DIALECT, books("books_" + i));
        }
        AtomicInteger many = new AtomicInteger();
        assertThat(DIALECT.reflect(CountingConnection.of(db.connection(), many), Set.of()).tables()).hasSize(30);
        assertThat(many.get()).isEqualTo(few.get()).isEqualTo(5);
    }

    @Test
    void sequencesAreNoTablesAndAreReadInOneMoreQueryWhateverTheirNumber() throws SQLException {
        db.run(DIALECT, AUTHORS);
        createSequences(0, 3);
        AtomicInteger few = new AtomicInteger();
        Schema three = DIALECT.reflect(CountingConnection.of(db.connection(), few), Set.of("seq_1"));
        assertThat(three.tableNames()).containsExactly("authors");
        assertThat(three.sequences()).containsExactly(new Sequence("seq_0", 1, 10), new Sequence("seq_2", 3, 30));
        createSequences(3, 30);
        AtomicInteger many = new AtomicInteger();
        Schema thirty = DIALECT.reflect(CountingConnection.of(db.connection(), many), Set.of());
        assertThat(thirty.tableNames()).containsExactly("authors");
        assertThat(thirty.sequences()).hasSize(30).contains(new Sequence("seq_29", 30, 300));
        assertThat(many.get()).isEqualTo(few.get()).isEqualTo(6);
    }

    /** Sequences seq_{from}..seq_{to - 1}, made through the dialect, starting at i + 1 and counting by 10 (i + 1). */
    private void createSequences(int from, int to) throws SQLException {
        for (int i = from; i < to; i++) {
            db.run(DIALECT, new CreateSequence(new Sequence("seq_" + i, i + 1, 10L * (i + 1))));
        }
    }

}
