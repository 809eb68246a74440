package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.LoquentException;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropConstraint;
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
 * Runs the rendered SQL on a real MySQL or MariaDB in a database of its own, and reads the result back from
 * information_schema. Expected values are written so that both servers match them. {@link TestDatabaseExtension}
 * says where the server comes from.
 */
class MySqlDialectIT {
    private static final MySqlDialect DIALECT = new MySqlDialect();

    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    private TestDatabase db;

    @BeforeEach
    void createSeedTable(TestDatabase database) throws SQLException {
        db = database;
        db.execute("DROP TABLE IF EXISTS users");
        run(SeedTable.CREATE);
    }

    private void run(Operation op) throws SQLException {
        db.run(DIALECT, op);
    }

    /** COLUMN_NAME, DATA_TYPE, length, IS_NULLABLE, default (spelt alike on both servers), EXTRA, comment. */
    private List<String> columns(String where) throws SQLException {
        return db.rows("SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, IS_NULLABLE,"
                + " CASE WHEN COLUMN_DEFAULT = 'NULL' THEN NULL ELSE LOWER(REPLACE(COLUMN_DEFAULT, '()', '')) END,"
                + " LOWER(REPLACE(REPLACE(EXTRA, 'DEFAULT_GENERATED', ''), '()', '')), COLUMN_COMMENT"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND "
                + where + " ORDER BY ORDINAL_POSITION");
    }

    @Test
    void seedTableIsCreatedAsDeclared() throws SQLException {
        assertThat(columns("TRUE")).containsExactly(
                "id|int|null|NO|null|auto_increment|",
                "name|varchar|100|NO|null||",
                "email|varchar|255|YES|null||",
                "password|varchar|255|YES|null||",
                "is_active|tinyint|null|YES|1||",
                "created_at|datetime|null|NO|current_timestamp||",
                "updated_at|datetime|null|NO|current_timestamp||");
        assertThat(db.rows("SELECT CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' ORDER BY CONSTRAINT_NAME"))
                .containsExactly("PRIMARY|PRIMARY KEY", "uq_users_email|UNIQUE");
    }

    @Test
    void createIndexIsInTheCatalogue() throws SQLException {
        run(SeedTable.INDEX);
        assertThat(db.rows("SELECT COLUMN_NAME, NON_UNIQUE FROM information_schema.STATISTICS WHERE TABLE_SCHEMA ="
                + " DATABASE() AND TABLE_NAME = 'users' AND INDEX_NAME = 'idx_users_email'")).containsExactly("email|1");
    }

    @Test
    void insertTakesDefaultsAndAutoIncrementValues() throws SQLException {
        run(new BulkInsert("users", List.of(Map.of("name", "Ann", "email", "ann@example.com"))));
        assertThat(db.rows("SELECT id, is_active, created_at IS NOT NULL FROM users")).containsExactly("1|1|1");
    }

    @Test
    void serverRefusesNullInNotNullColumn() {
        Map<String, Object> row = new HashMap<>();
        row.put("name", null);
        row.put("email", "nobody@example.com");
        assertThatThrownBy(() -> run(new BulkInsert("users", List.of(row))))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1048));
    }

    @Test
    void serverRefusesDuplicateInUniqueColumn() throws SQLException {
        run(new BulkInsert("users", List.of(Map.of("name", "Ann", "email", "same@example.com"))));
        assertThatThrownBy(() -> run(new BulkInsert("users", List.of(Map.of("name", "Bob", "email", "same@example.com")))))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(1062));
    }

    @Test
    void dropTableRemovesIt() throws SQLException {
        run(SeedTable.DROP);
        assertThat(db.rows("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'users'")).containsExactly("0");
    }

    @Test
    void alterColumnOnlineKeepsDefaultCommentAndAutoIncrement() throws SQLException {
        run(new AddColumn("users", new Column("nick", SeedTable.string(20), false, false,
                new DefaultValue.Literal("it's \\"), "nick name"), List.of()));
        run(new AlterColumn("users", "nick", null, true, null, null, null, null, null));
        run(new AlterColumn("users", "id", ColumnType.of(Kind.BIG_INTEGER), null, null, null, null, null, null));
        run(new AlterColumn("users", "name", null, null, null, null, "full name", null, null));
        assertThat(columns("COLUMN_NAME IN ('id', 'name', 'nick')")).containsExactly(
                "id|bigint|null|NO|null|auto_increment|", "name|varchar|100|NO|null||full name",
                "nick|varchar|20|YES|'it''s \\\\'||nick name");
    }

    @Test
    void alterColumnRenamesAndConvertsVarcharDigitsToIntegers() throws SQLException {
        run(new AddColumn("users", new Column("age", SeedTable.string(3), true, false, null, null), List.of()));
        run(new BulkInsert("users", List.of(Map.of("name", "Ann", "age", "42"))));
        run(new AlterColumn("users", "age", ColumnType.of(Kind.INTEGER), false,
                new AlterColumn.DefaultChange(new DefaultValue.Literal(0)), "years", null, null, null));
        assertThat(columns("COLUMN_NAME = 'years'")).containsExactly("years|int|null|NO|0||");
        assertThat(db.rows("SELECT years FROM users")).containsExactly("42");
    }

    @Test
    void dropConstraintReadsTheKindFromTheCatalogue() throws SQLException {
        run(new AddConstraint("users", new TableConstraint.Check("ck_users_name", "CHAR_LENGTH(name) > 0")));
        run(new DropConstraint("users", "uq_users_email", null));
        run(new DropConstraint("users", "ck_users_name", null));
        assertThat(db.rows("SELECT CONSTRAINT_NAME FROM information_schema.TABLE_CONSTRAINTS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users'")).containsExactly("PRIMARY");
        assertThatThrownBy(() -> run(new DropConstraint("users", "pk_user", null)))
                .isInstanceOf(LoquentException.class)
                .hasMessage("Constraint 'pk_user' on table 'users' not found in information_schema of the current"
                        + " database: MySQL drops each kind of constraint with its own clause. Check the name, or pass"
                        + " the kind to dropConstraint");
        db.execute("ALTER TABLE users MODIFY id INT NOT NULL");
        run(new DropConstraint("users", "pk_users", null));
        assertThat(db.rows("SELECT COUNT(*) FROM information_schema.TABLE_CONSTRAINTS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users'")).containsExactly("0");
    }

    @Test
    void aPrimaryKeyMadeByHandIsDroppedOnlyWithItsKind() throws SQLException {
        db.execute("CREATE TABLE hand (id INT NOT NULL, CONSTRAINT pk_hand PRIMARY KEY (id))");
        assertThatThrownBy(() -> run(new DropConstraint("hand", "pk_hand", null)))
                .isInstanceOf(LoquentException.class)
                .hasMessageEndingWith("pass the kind to dropConstraint; the table's primary key records no name (it was"
                        + " made by hand or by an older Loquent), so drop it with kind PRIMARY_KEY if it is the one"
                        + " meant");
        run(new DropConstraint("hand", "pk_hand", TableConstraint.Kind.PRIMARY_KEY));
        assertThat(db.rows("SELECT COUNT(*) FROM information_schema.TABLE_CONSTRAINTS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'hand'")).containsExactly("0");
        db.execute("DROP TABLE hand");
    }

    @Test
    void batchRunsAsRenderedAndRestatesWhatItAdded() throws SQLException {
        run(new BatchAlterTable("users", null, List.of(
                new AddColumn("users", new Column("age", SeedTable.string(3), false, false,
                        new DefaultValue.Literal("0"), "years"), List.of()),
                new AlterColumn("users", "age", ColumnType.of(Kind.INTEGER), null, null, null, null, null, null),
                new AlterColumn("users", "password", null, null, null, "secret", null, null, null),
                SeedTable.INDEX)));
        assertThat(columns("COLUMN_NAME IN ('age', 'password', 'secret')"))
                .containsExactly("secret|varchar|255|YES|null||", "age|int|null|NO|0||years");
        assertThat(db.rows("SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND INDEX_NAME = 'idx_users_email'")).containsExactly("1");
    }

    /** Values that close or bend a literal written for the wrong sql_mode. */
    static final List<String> HOSTILE = List.of("\\'); DROP TABLE canary; --", "\\\\", "\\", "'", "''\\''",
            "a\\nb \\x41 \\0 \\Z \\%", "nul \0 inside", "\u00e9 \u4e2d \ud83d\ude00 \"q\" `b`", "end\\");

    @Test
    void literalsArriveExactlyUnderEitherBackslashMode() throws SQLException {
        db.execute("CREATE TABLE canary (id INT)");
        try {
            for (String mode : List.of("NO_BACKSLASH_ESCAPES", "")) {
                db.execute("SET SESSION sql_mode = '" + mode + "'");
                for (String value : HOSTILE) {
                    roundTrip(value, mode);
                }
            }
        } finally {
            db.execute("SET SESSION sql_mode = DEFAULT");
        }
        assertThat(db.rows("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'canary'")).containsExactly("1");
        assertThatThrownBy(() -> DIALECT.render(new CreateTable("n", List.of(new Column("v", ColumnType.of(Kind.TEXT),
                true, false, null, "a \\ b")), List.of(), null), io.loquent.api.dialect.RenderContext.offline()))
                .isInstanceOf(io.loquent.api.dialect.NotSupportedException.class)
                .hasMessageContaining("NO_BACKSLASH_ESCAPES");
    }

    /**
     * {@code value} as a default (created, then restated by MODIFY from the catalogue), a column and table comment
     * and bulk-inserted, read back.
     */
    private void roundTrip(String value, String mode) throws SQLException {
        String comment = value.replace("\0", "");
        Column column = new Column("v", new ColumnType(Kind.STRING, 200, null, null), true, false, new DefaultValue.Literal(value),
                comment);
        Column bytes = new Column("b", ColumnType.of(Kind.BINARY), true, false, null, null);
        run(new CreateTable("notes", List.of(column, bytes), List.of(), comment));
        // MariaDB's information_schema holds defaults and comments in utf8mb3, which turns a character beyond U+FFFF
        // into '?': the catalogue cannot show such a value, nor MODIFY restate it from there, so only the rows say.
        boolean inCatalogue = value.codePoints().allMatch(c -> c <= 0xFFFF);
        if (inCatalogue) {
            run(new AlterColumn("notes", "v", null, false, null, null, null, null, null));
        }
        byte[] raw = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("v", value);
        row.put("b", raw);
        for (String sql : DIALECT.render(new BulkInsert("notes", List.of(row, Map.of("b", raw))),
                io.loquent.api.dialect.RenderContext.offline())) {
            db.execute(sql);
        }
        String hex = java.util.HexFormat.of().withUpperCase().formatHex(raw);
        assertThat(db.rows("SELECT v, HEX(b) FROM notes")).as(mode).containsExactly(value + "|" + hex, value + "|" + hex);
        if (!inCatalogue) {
            db.execute("DROP TABLE notes");
            return;
        }
        assertThat(db.rows("SELECT c.COLUMN_COMMENT, t.TABLE_COMMENT, c.IS_NULLABLE FROM information_schema.COLUMNS c"
                + " JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
                + " WHERE c.TABLE_SCHEMA = DATABASE() AND c.TABLE_NAME = 'notes' AND c.COLUMN_NAME = 'v'"))
                .as(mode).containsExactly(comment + "|" + comment + "|NO");
        db.execute("DROP TABLE notes");
    }

    @Test
    void awkwardNamesAndValuesSurviveTheRoundTrip() throws SQLException {
        String table = "odd `table`; select";
        run(new CreateTable(table, List.of(
                new Column("key", ColumnType.of(Kind.TEXT), true, false, null, "it's a \\ comment"),
                new Column("it's", ColumnType.of(Kind.BINARY), true, false, null, null)), List.of(), "odd"));
        String text = "O'Brien \\n \\' \" ` ; --";
        run(new BulkInsert(table, List.of(Map.of("key", text, "it's", new byte[] {0, 10, (byte) 255}))));
        assertThat(db.rows("SELECT `key`, HEX(`it's`) FROM " + DIALECT.quote(table))).containsExactly(text + "|000AFF");
        assertThat(db.rows("SELECT COLUMN_COMMENT FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND COLUMN_NAME = 'key'")).containsExactly("it's a \\ comment");
        run(new DropTable(table));
    }
}
