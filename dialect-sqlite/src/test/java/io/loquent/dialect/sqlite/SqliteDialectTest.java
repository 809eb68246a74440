package io.loquent.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.TableConstraint;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import io.loquent.testing.LaravelTables;
import org.junit.jupiter.api.Test;

/** Golden SQL for the seed, and every native operation executed on real SQLite and read back from its catalogue. */
class SqliteDialectTest {
    private final SqliteDialect dialect = new SqliteDialect();
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    static CreateTable seedUsers() {
        ColumnType string100 = new ColumnType(Kind.STRING, 100, null, null);
        ColumnType string255 = new ColumnType(Kind.STRING, 255, null, null);
        return new CreateTable("users", List.of(
                new Column("id", ColumnType.of(Kind.INTEGER), false, true, null, null),
                new Column("name", string100, false, false, null, null),
                new Column("email", string255, true, false, null, null),
                new Column("password", string255, true, false, null, null),
                new Column("is_active", ColumnType.of(Kind.BOOLEAN), true, false, new DefaultValue.Literal(true), null),
                new Column("created_at", ColumnType.of(Kind.TIMESTAMP), false, false, new DefaultValue.CurrentTimestamp(), null),
                new Column("updated_at", ColumnType.of(Kind.TIMESTAMP), false, false, new DefaultValue.CurrentTimestamp(), null)),
                List.of(new TableConstraint.PrimaryKey("pk_users", List.of("id")),
                        new TableConstraint.Unique("uq_users_email", List.of("email"))), "people");
    }

    private List<String> run(Operation op) throws SQLException {
        List<String> sql = dialect.render(op, RenderContext.online(connection));
        try (Statement st = connection.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
        return sql;
    }

    private List<List<String>> rows(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void isFoundByServiceLoaderForSqliteUrls() {
        assertThat(ServiceLoader.load(io.loquent.api.dialect.Dialect.class).stream().map(p -> p.get().name()))
                .contains("sqlite");
        assertThat(dialect.acceptsUrl("jdbc:sqlite:loquent.db")).isTrue();
        assertThat(dialect.acceptsUrl("jdbc:postgresql://x/y")).isFalse();
    }

    @Test
    void uuidJsonAndFixedBinaryReadBackAsTheStringTextAndBlobTheyAreWrittenAs() {
        assertThat(dialect.reflectedType(ColumnType.of(Kind.UUID))).isEqualTo(new ColumnType(Kind.STRING, 36, null, null));
        assertThat(dialect.reflectedType(ColumnType.of(Kind.JSON))).isEqualTo(ColumnType.of(Kind.TEXT));
        assertThat(dialect.typeSql(new ColumnType(Kind.BINARY, 16, null, null))).isEqualTo("BLOB");
        assertThat(dialect.reflectedType(new ColumnType(Kind.BINARY, 16, null, null)))
                .isEqualTo(ColumnType.of(Kind.BINARY));
        assertThat(dialect.reflectedType(new ColumnType(Kind.DECIMAL, null, 10, 2)))
                .isEqualTo(new ColumnType(Kind.DECIMAL, null, 10, 2));
        assertThat(dialect.unquotedName("Author")).isEqualTo("Author");
    }

    @Test
    void seedTableRendersAsExpected() {
        assertThat(dialect.render(seedUsers(), RenderContext.offline())).containsExactly("""
                CREATE TABLE "users" (
                    "id" INTEGER NOT NULL,
                    "name" VARCHAR(100) NOT NULL,
                    "email" VARCHAR(255),
                    "password" VARCHAR(255),
                    "is_active" BOOLEAN DEFAULT 1,
                    "created_at" TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
                    "updated_at" TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
                    CONSTRAINT "pk_users" PRIMARY KEY ("id"),
                    CONSTRAINT "uq_users_email" UNIQUE ("email")
                )""");
    }

    @Test
    void seedTableExistsInTheCatalogueWithItsConstraints() throws SQLException {
        run(seedUsers());
        run(new CreateIndex("idx_users_email", "users", List.of("email"), false));

        assertThat(rows("select name, type, \"notnull\", dflt_value, pk from pragma_table_info('users')")).containsExactly(
                Arrays.asList("id", "INTEGER", "1", null, "1"),
                Arrays.asList("name", "VARCHAR(100)", "1", null, "0"),
                Arrays.asList("email", "VARCHAR(255)", "0", null, "0"),
                Arrays.asList("password", "VARCHAR(255)", "0", null, "0"),
                List.of("is_active", "BOOLEAN", "0", "1", "0"),
                List.of("created_at", "TIMESTAMP", "1", "CURRENT_TIMESTAMP", "0"),
                List.of("updated_at", "TIMESTAMP", "1", "CURRENT_TIMESTAMP", "0"));
        assertThat(rows("select name, \"unique\" from pragma_index_list('users') where origin = 'c'"))
                .containsExactly(List.of("idx_users_email", "0"));
        assertThat(rows("select count(*) from pragma_index_list('users') where origin = 'u' and \"unique\" = 1"))
                .containsExactly(List.of("1"));

        connection.createStatement().execute("insert into users (name, email) values ('a', 'a@x')");
        assertThat(rows("select id, is_active, created_at is not null from users"))
                .containsExactly(List.of("1", "1", "1"));
        assertThatThrownBy(() -> connection.createStatement().execute("insert into users (name, email) values ('b', 'a@x')"))
                .hasMessageContaining("UNIQUE constraint failed: users.email");
        assertThatThrownBy(() -> connection.createStatement().execute("insert into users (email) values ('c@x')"))
                .hasMessageContaining("NOT NULL constraint failed: users.name");

        run(new DropTable("users"));
        assertThat(rows("select name from sqlite_master where name = 'users'")).isEmpty();
    }

    @Test
    void awkwardIdentifiersAreQuotedAndCannotInject() throws SQLException {
        String table = "order\"; DROP TABLE x; --";
        run(new CreateTable(table, List.of(new Column("select", ColumnType.of(Kind.TEXT), true, false, null, null),
                new Column("Mixed Case", ColumnType.of(Kind.INTEGER), true, false, null, null)), List.of(), null));
        assertThat(rows("select name from sqlite_master where type = 'table'")).containsExactly(List.of(table));
        assertThat(rows("select name from pragma_table_info('" + table.replace("'", "''") + "')"))
                .containsExactly(List.of("select"), List.of("Mixed Case"));
    }

    @Test
    void bulkInsertRoundTripsAwkwardValues() throws SQLException {
        run(new CreateTable("v", List.of(new Column("s", ColumnType.of(Kind.TEXT), true, false, null, null),
                new Column("n", ColumnType.of(Kind.BIG_INTEGER), true, false, null, null),
                new Column("b", ColumnType.of(Kind.BINARY), true, false, null, null),
                new Column("f", ColumnType.of(Kind.BOOLEAN), true, false, null, null)), List.of(), null));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("s", "it's \u00e9t\u00e9 \uD83D\uDE00");
        row.put("n", Long.MAX_VALUE);
        row.put("b", new byte[] {0, (byte) 0xff, 39});
        row.put("f", false);
        Map<String, Object> nulls = new LinkedHashMap<>();
        nulls.put("s", null);
        nulls.put("n", null);
        nulls.put("b", null);
        nulls.put("f", null);
        run(new BulkInsert("v", List.of(row, nulls)));
        assertThat(rows("select s, n, case when b is null then null else hex(b) end, f from v")).containsExactly(
                List.of("it's \u00e9t\u00e9 \uD83D\uDE00", String.valueOf(Long.MAX_VALUE), "00FF27", "0"),
                Arrays.asList(null, null, null, null));
    }

    @Test
    void nativeAlterationsRunWithoutRebuilding() throws SQLException {
        run(new CreateTable("parent", List.of(new Column("id", ColumnType.of(Kind.INTEGER), false, true, null, null)),
                List.of(new TableConstraint.PrimaryKey("pk_parent", List.of("id"))), null));
        run(new CreateTable("child", List.of(new Column("id", ColumnType.of(Kind.INTEGER), false, true, null, null)),
                List.of(new TableConstraint.PrimaryKey("pk_child", List.of("id"))), null));
        run(new AddColumn("child", new Column("parent_id", ColumnType.of(Kind.INTEGER), true, false, null, null),
                List.of(new TableConstraint.ForeignKey("fk_child_parent_id_parent", List.of("parent_id"), "parent",
                        List.of("id"), ReferentialAction.CASCADE, null))));
        assertThat(rows("select \"table\", \"from\", \"to\", on_delete from pragma_foreign_key_list('child')"))
                .containsExactly(List.of("parent", "parent_id", "id", "CASCADE"));
        run(new RenameColumn("child", "parent_id", "owner_id"));
        run(new AddColumn("child", new Column("note", ColumnType.of(Kind.TEXT), true, false, null, null), List.of()));
        run(new AlterColumn("child", "note", null, null, null, "remark", null, null, null));
        run(new DropColumn("child", "remark"));
        assertThat(rows("select name from pragma_table_info('child')")).containsExactly(List.of("id"), List.of("owner_id"));
    }

    @Test
    void aRebuildRenderedOnItsOwnWithoutTheHistoryIsRefusedWithAdvice() {
        assertThatThrownBy(() -> dialect.render(new AlterColumn("users", "name",
                new ColumnType(Kind.STRING, 200, null, null), null, null, null, null, null, null), RenderContext.offline()))
                .isInstanceOf(NotSupportedException.class)
                .hasMessage("sqlite cannot alter column users.name: " + SqliteRenderer.NO_DEFINITION_ADVICE);
        assertThatThrownBy(() -> dialect.render(new AddConstraint("users",
                new TableConstraint.Check("ck_users_age", "age > 0")), RenderContext.offline()))
                .isInstanceOf(NotSupportedException.class)
                .hasMessageContaining("neither a database to read it from nor the revision history to replay it from");
    }

    /**
     * The Laravel conveniences' tables (issue #12), as {@link LaravelTables} says the DSL records them: the key an
     * INTEGER, which makes it the rowid (64 bits wide), and the UUID its text.
     */
    @Test
    void laravelConveniencesRenderAsTheirLongForms() {
        assertThat(LaravelTables.operations())
                .map(op -> String.join(";\n", dialect.render(op, RenderContext.offline())))
                .containsExactlyElementsOf(LaravelTables.doubleQuotedSql("INTEGER NOT NULL", "VARCHAR(36)").stream()
                        // index columns are in backticks, which SQLite never takes as a string constant
                        .map(sql -> sql.replace("(\"subject_type\", \"subject_id\")", "(`subject_type`, `subject_id`)"))
                        .toList());
    }
}
