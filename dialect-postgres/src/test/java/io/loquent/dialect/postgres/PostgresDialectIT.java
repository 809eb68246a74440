package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.TableConstraint;
import io.loquent.testing.SeedTable;
import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the rendered SQL on a real PostgreSQL in a schema of its own, and reads the result back from
 * information_schema and pg_catalog. {@link TestDatabaseExtension} says where the server comes from.
 */
class PostgresDialectIT {
    private static final PostgresDialect DIALECT = new PostgresDialect();

    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    private TestDatabase db;
    private String schema;

    @BeforeEach
    void createSeedTable(TestDatabase database) throws SQLException {
        db = database;
        schema = database.name();
        db.execute("DROP TABLE IF EXISTS users");
        run(SeedTable.CREATE);
    }

    @Test
    void seedTableIsCreatedAsDeclared() throws SQLException {
        assertThat(rows("SELECT column_name, data_type, character_maximum_length, is_nullable, column_default,"
                + " identity_generation FROM information_schema.columns WHERE table_schema = ? AND table_name = 'users'"
                + " ORDER BY ordinal_position", schema)).containsExactly(
                "id|integer|null|NO|null|BY DEFAULT",
                "name|character varying|100|NO|null|null",
                "email|character varying|255|YES|null|null",
                "password|character varying|255|YES|null|null",
                "is_active|boolean|null|YES|true|null",
                "created_at|timestamp without time zone|null|NO|CURRENT_TIMESTAMP|null",
                "updated_at|timestamp without time zone|null|NO|CURRENT_TIMESTAMP|null");
        assertThat(rows("SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE conrelid = (quote_ident(?) || '.users')::regclass ORDER BY conname", schema))
                .containsExactly("pk_users|p|PRIMARY KEY (id)", "uq_users_email|u|UNIQUE (email)");
    }

    @Test
    void createIndexIsInTheCatalogue() throws SQLException {
        run(SeedTable.INDEX);
        assertThat(rows("SELECT indexdef FROM pg_indexes WHERE schemaname = ? AND indexname = 'idx_users_email'",
                schema)).singleElement().asString().contains("btree (email)").doesNotContain("UNIQUE");
    }

    @Test
    void insertTakesDefaultsAndIdentityValues() throws SQLException {
        run(new BulkInsert("users", List.of(Map.of("name", "Ann", "email", "ann@example.com"))));
        assertThat(rows("SELECT id, is_active, created_at IS NOT NULL FROM users")).containsExactly("1|t|t");
    }

    @Test
    void serverRefusesNullInNotNullColumn() {
        Map<String, Object> row = new HashMap<>();
        row.put("name", null);
        row.put("email", "nobody@example.com");
        assertThatThrownBy(() -> run(new BulkInsert("users", List.of(row))))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23502"));
    }

    @Test
    void serverRefusesDuplicateInUniqueColumn() throws SQLException {
        run(new BulkInsert("users", List.of(Map.of("name", "Ann", "email", "same@example.com"))));
        assertThatThrownBy(() -> run(new BulkInsert("users", List.of(Map.of("name", "Bob", "email", "same@example.com")))))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
    }

    @Test
    void dropTableRemovesIt() throws SQLException {
        run(SeedTable.DROP);
        assertThat(rows("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = 'users'",
                schema)).containsExactly("0");
    }

    @Test
    void alterColumnTurnsVarcharDigitsIntoIntegers() throws SQLException {
        run(new AddColumn("users", new Column("age", SeedTable.string(3), true, false,
                new DefaultValue.Literal("7"), null), List.of()));
        run(new BulkInsert("users", List.of(Map.of("name", "Ann", "age", "42"))));
        run(new AlterColumn("users", "age", ColumnType.of(Kind.INTEGER), false,
                new AlterColumn.DefaultChange(new DefaultValue.Literal(0)), "years", "in years", null, null));
        assertThat(rows("SELECT data_type, is_nullable, column_default, col_description((quote_ident(?) || '.users')"
                + "::regclass, ordinal_position::int) FROM information_schema.columns WHERE table_schema = ?"
                + " AND table_name = 'users' AND column_name = 'years'", schema, schema))
                .containsExactly("integer|NO|0|in years");
        assertThat(rows("SELECT years FROM users")).containsExactly("42");
    }

    @Test
    void batchRunsAsRendered() throws SQLException {
        run(new BatchAlterTable("users", null, List.of(
                new AddColumn("users", new Column("age", ColumnType.of(Kind.INTEGER), true, false, null, null),
                        List.of(new TableConstraint.Check("ck_users_age", "age >= 0"))),
                new DropColumn("users", "password"),
                new AlterColumn("users", "age", ColumnType.of(Kind.BIG_INTEGER), null, null, null, null, null, null),
                SeedTable.INDEX)));
        assertThat(rows("SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_schema = ?"
                + " AND table_name = 'users' AND column_name IN ('age', 'password')", schema)).containsExactly("age bigint");
        assertThat(rows("SELECT count(*) FROM pg_indexes WHERE schemaname = ? AND indexname = 'idx_users_email'",
                schema)).containsExactly("1");
    }

    @Test
    void awkwardNamesAndValuesSurviveTheRoundTrip() throws SQLException {
        String table = "odd \"table\"; select";
        run(new CreateTable(table, List.of(
                new Column("user", ColumnType.of(Kind.TEXT), true, false, null, null),
                new Column("it's", ColumnType.of(Kind.BINARY), true, false, null, null)), List.of(), null));
        String text = "O'Brien \\n \\' \" ` ; --";
        run(new BulkInsert(table, List.of(Map.of("user", text, "it's", new byte[] {0, 10, (byte) 255}))));
        assertThat(rows("SELECT \"user\", encode(\"it's\", 'hex') FROM " + DIALECT.quote(table)))
                .containsExactly(text + "|000aff");
        run(new DropTable(table));
    }

    /** Values that close or bend a literal written for the wrong setting. */
    static final List<String> HOSTILE = List.of("\\'); DROP TABLE canary; --", "\\\\", "\\", "'", "''\\''",
            "a\\nb \\x41 \\u0041", "\u00e9 \u4e2d \ud83d\ude00 \"q\"", "end\\");

    @Test
    void literalsArriveExactlyWhateverTheSessionsStringSettings() throws SQLException {
        db.execute("CREATE TABLE canary (id INTEGER)");
        try {
            for (String settings : List.of("standard_conforming_strings = off, backslash_quote = on",
                    "standard_conforming_strings = off, backslash_quote = off",
                    "standard_conforming_strings = on, backslash_quote = safe_encoding")) {
                for (String setting : settings.split(", ")) {
                    db.execute("SET " + setting);
                }
                for (String value : HOSTILE) {
                    roundTrip(value, settings);
                }
            }
        } finally {
            db.execute("RESET standard_conforming_strings");
            db.execute("RESET backslash_quote");
        }
        assertThat(rows("SELECT count(*) FROM pg_tables WHERE schemaname = ? AND tablename = 'canary'", schema))
                .containsExactly("1");
        assertThatThrownBy(() -> DIALECT.literal("a\0b")).isInstanceOf(io.loquent.api.DefinitionException.class)
                .hasMessageContaining("NUL");
    }

    /** Offline SQL for a default, comments and a bulk insert of {@code value}, executed and read back. */
    private void roundTrip(String value, String settings) throws SQLException {
        Column column = new Column("v", ColumnType.of(Kind.TEXT), true, false, new DefaultValue.Literal(value), value);
        Column bytes = new Column("b", ColumnType.of(Kind.BINARY), true, false, null, null);
        for (String sql : DIALECT.render(new CreateTable("notes", List.of(column, bytes), List.of(), value),
                io.loquent.api.dialect.RenderContext.offline())) {
            db.execute(sql);
        }
        byte[] raw = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Map<String, Object> row = new HashMap<>();
        row.put("v", value);
        row.put("b", raw);
        for (String sql : DIALECT.render(new BulkInsert("notes", List.of(row, Map.of("b", raw))),
                io.loquent.api.dialect.RenderContext.offline())) {
            db.execute(sql);
        }
        String hex = java.util.HexFormat.of().formatHex(raw);
        assertThat(db.rows("SELECT v, encode(b, 'hex') FROM notes")).as(settings)
                .containsExactly(value + "|" + hex, value + "|" + hex);
        assertThat(db.rows("SELECT obj_description('notes'::regclass, 'pg_class'), col_description('notes'::regclass, 1)"))
                .as(settings).containsExactly(value + "|" + value);
        db.execute("DROP TABLE notes");
    }

    private void run(Operation op) throws SQLException {
        db.run(DIALECT, op);
    }

    private List<String> rows(String sql, Object... parameters) throws SQLException {
        return db.rows(sql, parameters);
    }
}
