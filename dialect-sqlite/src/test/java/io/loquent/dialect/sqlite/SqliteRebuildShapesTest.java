package io.loquent.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.AlterColumn.DefaultChange;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.BatchAlterTable.Recreate;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.TableConstraint;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Table shapes a rebuild must carry over: options, unnamed and column-level constraints, keys, generated columns. */
class SqliteRebuildShapesTest extends SqliteDatabaseTest {

    private static AlterColumn retype(String table, String column, ColumnType type) {
        return new AlterColumn(table, column, type, null, null, null, null, null, null);
    }

    private static ColumnType string(int length) {
        return new ColumnType(Kind.STRING, length, null, null);
    }

    @Test
    void strictTableStaysStrictAndTakesStrictTypeNames() throws SQLException {
        execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL, weight REAL) STRICT",
                "INSERT INTO tags (label, weight) VALUES ('a', 1.5), ('ü', NULL)");
        List<Map<String, String>> before = TableRows.read(connection, "tags", true);

        migrator.run(new BatchAlterTable("tags", Recreate.AUTO, List.of(retype("tags", "label", string(100)),
                new AddColumn("tags", new Column("note", string(20), true, false, null, null), List.of()),
                new AddConstraint("tags", new TableConstraint.Unique("uq_tags_label", List.of("label"))))));
        migrator.run(new AddColumn("tags", new Column("stamp", ColumnType.of(Kind.TIMESTAMP), true, false, null, null),
                List.of()));

        assertThat(single("SELECT strict FROM pragma_table_list('tags')")).isEqualTo("1");
        assertThat(column("SELECT type FROM pragma_table_info('tags')")).containsExactly("INTEGER", "TEXT", "REAL",
                "TEXT", "TEXT");
        assertThat(TableRows.project(TableRows.read(connection, "tags", true), List.of("rowid", "id", "label", "weight")))
                .isEqualTo(before);
        assertThatThrownBy(() -> execute("INSERT INTO tags (label, weight) VALUES ('b', 'heavy')"))
                .hasMessageContaining("cannot store TEXT value in REAL column");
        assertHealthy();
    }

    @Test
    void withoutRowidTableStaysWithoutRowid() throws SQLException {
        execute("CREATE TABLE settings (k TEXT PRIMARY KEY, v BLOB, n INTEGER) WITHOUT ROWID",
                "INSERT INTO settings VALUES ('b', x'00ff', 9223372036854775807), ('a', NULL, -9223372036854775808)");
        List<Map<String, String>> before = TableRows.read(connection, "settings", false);

        migrator.run(new BatchAlterTable("settings", Recreate.AUTO, List.of(retype("settings", "n",
                ColumnType.of(Kind.BIG_INTEGER)), new AddConstraint("settings",
                new TableConstraint.Check("ck_settings_k", "length(k) > 0")))));

        assertThat(single("SELECT wr FROM pragma_table_list('settings')")).isEqualTo("1");
        assertThat(TableRows.read(connection, "settings", false)).isEqualTo(before);
        assertThatThrownBy(() -> migrator.run(new AlterColumn("settings", "v", null, false, null, null, null, null, null)))
                .hasMessageStartingWith("cannot make column 'settings.v' NOT NULL: 1 row of table 'settings' hold NULL"
                        + " in column 'v' (k = 'a')");
        assertHealthy();
    }

    @Test
    void unnamedAndColumnLevelConstraintsSurviveAsWritten() throws SQLException {
        execute("""
                CREATE TABLE t (
                  a INTEGER CHECK (a > 0) -- a comment, with a comma
                  , b TEXT COLLATE NOCASE UNIQUE ON CONFLICT REPLACE DEFAULT 'x,(y)' /* another ) */,
                  c TEXT CONSTRAINT nn_c NOT NULL DEFAULT (lower('Q')),
                  "we""ird" [br ack] DEFAULT -1,
                  CHECK (a < 1000), CONSTRAINT ck_named CHECK (length(c) < 10) UNIQUE (a, c)
                )""", "INSERT INTO t (a, b) VALUES (1, 'K'), (2, NULL)");
        List<Map<String, String>> before = TableRows.read(connection, "t", true);

        migrator.run(retype("t", "a", ColumnType.of(Kind.BIG_INTEGER)));

        String sql = tableSql("t");
        assertThat(sql).contains("\"a\" BIGINT CHECK (a > 0)", "COLLATE NOCASE UNIQUE ON CONFLICT REPLACE DEFAULT 'x,(y)'",
                "CONSTRAINT \"nn_c\" NOT NULL DEFAULT (lower('Q'))", "\"we\"\"ird\" [br ack] DEFAULT -1",
                "CHECK (a < 1000)", "CONSTRAINT \"ck_named\" CHECK (length(c) < 10)", "UNIQUE (a, c)");
        assertThat(TableRows.read(connection, "t", true)).isEqualTo(before);
        assertThatThrownBy(() -> execute("INSERT INTO t (a) VALUES (0)")).hasMessageContaining("CHECK constraint failed");
        assertThatThrownBy(() -> execute("INSERT INTO t (a) VALUES (5000)")).hasMessageContaining("CHECK constraint failed");
        execute("INSERT INTO t (a, b) VALUES (3, 'k')"); // NOCASE and REPLACE: the row with 'K' is replaced
        assertThat(rows("SELECT a, b, c, \"we\"\"ird\" FROM t ORDER BY a")).containsExactly(
                Arrays.asList("2", null, "q", "-1"), Arrays.asList("3", "k", "q", "-1"));

        migrator.run(new DropConstraint("t", "nn_c", null));
        assertThat(single("SELECT \"notnull\" FROM pragma_table_info('t') WHERE name = 'c'")).isEqualTo("0");
        assertHealthy();
    }

    @Test
    void autoincrementCounterSurvives() throws SQLException {
        execute("CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, what TEXT)",
                "INSERT INTO events (what) VALUES ('a'), ('b'), ('c')", "DELETE FROM events WHERE id = 3");

        migrator.run(retype("events", "what", string(40)));

        assertThat(tableSql("events")).contains("PRIMARY KEY AUTOINCREMENT");
        execute("INSERT INTO events (what) VALUES ('d')");
        assertThat(column("SELECT id FROM events")).containsExactly("1", "2", "4");
        assertHealthy();
    }

    @Test
    void rowidsOfATableWithoutIntegerKeySurvive() throws SQLException {
        execute("CREATE TABLE logs (line TEXT)", "INSERT INTO logs VALUES ('a'), ('b'), ('c'), ('d')",
                "DELETE FROM logs WHERE line IN ('a', 'c')");
        List<Map<String, String>> before = TableRows.read(connection, "logs", true);

        migrator.run(retype("logs", "line", string(10)));

        assertThat(TableRows.read(connection, "logs", true)).isEqualTo(before);
        assertThat(column("SELECT rowid FROM logs")).containsExactly("2", "4");
    }

    @Test
    void aPrimaryKeyAddedToATableWithoutOneIsChecked() throws SQLException {
        execute("CREATE TABLE codes (code TEXT, n INTEGER)", "INSERT INTO codes VALUES ('a', 10), ('b', 20), ('c', 30)");
        AddConstraint key = new AddConstraint("codes", new TableConstraint.PrimaryKey("pk_codes", List.of("n")));

        migrator.run(key);

        assertThat(rows("SELECT rowid, code, n FROM codes")).containsExactly(List.of("10", "a", "10"),
                List.of("20", "b", "20"), List.of("30", "c", "30"));
        assertThat(tableSql("codes")).contains("CONSTRAINT \"pk_codes\" PRIMARY KEY (\"n\")");
        assertThatThrownBy(() -> migrator.run(new AddConstraint("codes",
                new TableConstraint.PrimaryKey("pk_codes_2", List.of("code")))))
                .hasMessage("cannot add primary key 'pk_codes_2' to table 'codes': it has one already. Drop that one"
                        + " first (dropConstraint)");
        execute("CREATE TABLE loose (n INTEGER)", "INSERT INTO loose VALUES (1), (NULL), (1)");
        assertThatThrownBy(() -> migrator.run(new AddConstraint("loose",
                new TableConstraint.PrimaryKey("pk_loose", List.of("n")))))
                .hasMessageStartingWith("cannot add primary key 'pk_loose' to table 'loose': 1 row of table 'loose'"
                        + " hold NULL in column 'n' (rowid 2)");
    }

    @Test
    void aForeignKeyThatAddColumnWroteInlineIsDroppedByName() throws SQLException {
        execute("PRAGMA foreign_keys = ON", "CREATE TABLE teams (id INTEGER PRIMARY KEY)", "INSERT INTO teams VALUES (1)",
                "CREATE TABLE members (id INTEGER PRIMARY KEY)", "INSERT INTO members VALUES (1), (2)");
        migrator.run(new AddColumn("members", new Column("team_id", ColumnType.of(Kind.INTEGER), true, false, null, null),
                List.of(new TableConstraint.ForeignKey("fk_members_team_id_teams", List.of("team_id"), "teams",
                        List.of("id"), null, null))));
        execute("UPDATE members SET team_id = 1");

        migrator.run(new DropConstraint("members", "fk_members_team_id_teams", TableConstraint.Kind.FOREIGN_KEY));

        assertThat(rows("SELECT * FROM pragma_foreign_key_list('members')")).isEmpty();
        assertThat(rows("SELECT id, team_id FROM members")).containsExactly(List.of("1", "1"), List.of("2", "1"));
        assertHealthy();
    }

    @Test
    void generatedColumnsAreRecomputedNotCopied() throws SQLException {
        execute("CREATE TABLE boxes (w INTEGER, h INTEGER, area INTEGER GENERATED ALWAYS AS (w * h) STORED,"
                + " label TEXT AS ('box ' || w) VIRTUAL)", "INSERT INTO boxes (w, h) VALUES (2, 3), (4, NULL)");

        migrator.run(new BatchAlterTable("boxes", Recreate.AUTO, List.of(retype("boxes", "h", ColumnType.of(Kind.BIG_INTEGER)),
                new AlterColumn("boxes", "w", null, null, new DefaultChange(new DefaultValue.Literal(1)), null, null,
                        null, null))));

        assertThat(rows("SELECT w, h, area, label FROM boxes")).containsExactly(List.of("2", "3", "6", "box 2"),
                Arrays.asList("4", null, null, "box 4"));
        assertThat(column("SELECT hidden FROM pragma_table_xinfo('boxes')")).containsExactly("0", "0", "3", "2");
    }

    @Test
    void swappedAndChainedRenamesInOneBatch() throws SQLException {
        execute("CREATE TABLE pairs (a TEXT, b TEXT, c TEXT)", "CREATE INDEX ix_pairs_a ON pairs (a)",
                "CREATE VIEW v_pairs AS SELECT a, b FROM pairs", "INSERT INTO pairs VALUES ('1', '2', '3')");

        List<String> sql = migrator.run(new BatchAlterTable("pairs", Recreate.AUTO, List.of(
                new RenameColumn("pairs", "a", "tmp"), new RenameColumn("pairs", "b", "a"),
                new RenameColumn("pairs", "tmp", "b"), retype("pairs", "c", string(5)),
                new AddColumn("pairs", new Column("c_old", ColumnType.of(Kind.TEXT), true, false, null, null), List.of()),
                new RenameColumn("pairs", "c", "d"), new RenameColumn("pairs", "c_old", "c"),
                new AddConstraint("pairs", new TableConstraint.Check("ck_pairs_d", "d <> a")))));

        assertThat(sql.stream().filter(s -> s.startsWith("CREATE TABLE"))).hasSize(1);
        assertThat(column("SELECT name FROM pragma_table_info('pairs')")).containsExactly("b", "a", "d", "c");
        assertThat(rows("SELECT a, b, c, d FROM pairs")).containsExactly(Arrays.asList("2", "1", null, "3"));
        assertThat(column("SELECT name FROM pragma_index_info('ix_pairs_a')")).containsExactly("b");
        assertThat(rows("SELECT * FROM v_pairs")).containsExactly(List.of("1", "2"));
        assertThatThrownBy(() -> execute("INSERT INTO pairs (a, d) VALUES ('x', 'x')"))
                .hasMessageContaining("CHECK constraint failed: ck_pairs_d");
        assertHealthy();
    }

    @Test
    void selfReferencingKeysStayValid() throws SQLException {
        execute("PRAGMA foreign_keys = ON", "CREATE TABLE staff (id INTEGER PRIMARY KEY, boss INTEGER REFERENCES staff (id)"
                + " ON DELETE CASCADE, name TEXT)", "INSERT INTO staff VALUES (1, NULL, 'a'), (2, 1, 'b'), (3, 2, 'c')");

        migrator.run(retype("staff", "name", string(10)));

        assertThat(rows("SELECT id, boss FROM staff")).hasSize(3);
        assertThat(rows("SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list('staff')"))
                .containsExactly(List.of("staff", "boss", "CASCADE"));
        execute("DELETE FROM staff WHERE id = 1");
        assertThat(rows("SELECT id FROM staff")).isEmpty();
        assertHealthy();
    }

    @Test
    void awkwardTableAndColumnNames() throws SQLException {
        execute("CREATE TABLE \"order \"\"items\"\"; --\" (\"select\" TEXT, [from] INTEGER, `x,y` REAL)",
                "INSERT INTO \"order \"\"items\"\"; --\" VALUES ('s', 1, 2.5)");

        migrator.run(new BatchAlterTable("order \"items\"; --", Recreate.ALWAYS, List.of(
                retype("order \"items\"; --", "from", ColumnType.of(Kind.BIG_INTEGER)),
                new DropColumn("order \"items\"; --", "x,y"))));

        assertThat(rows("SELECT * FROM \"order \"\"items\"\"; --\"")).containsExactly(List.of("s", "1"));
        assertHealthy();
    }

    @Test
    void legacyAlterTableOnIsRespectedAndRenamesStillKeepReferencesRight() throws SQLException {
        UsersFixture.create(connection);
        execute("PRAGMA legacy_alter_table = ON");

        List<String> sql = migrator.run(retype("users", "name", string(80)));
        assertThat(sql).doesNotContain("PRAGMA legacy_alter_table = ON", "PRAGMA legacy_alter_table = OFF");
        assertThat(single("PRAGMA legacy_alter_table")).isEqualTo("1");
        assertThat(tableSql("orders")).contains("REFERENCES \"users\"");
        assertThat(single("SELECT count(*) FROM v_named_users")).isNotEqualTo("0");

        migrator.run(new RenameTable("users", "people"));
        assertThat(single("PRAGMA legacy_alter_table")).isEqualTo("1");
        assertThat(rows("SELECT \"table\" FROM pragma_foreign_key_list('orders')")).containsExactly(List.of("people"));
        assertThat(single("SELECT sql FROM sqlite_master WHERE name = 'v_named_users'")).contains("people");
        assertHealthy();
    }

    @Test
    void rebuildingTheParentNeverRewritesTheChildrensReferences() throws SQLException {
        UsersFixture.create(connection);
        String orders = tableSql("orders");

        migrator.run(retype("users", "name", string(80)));

        assertThat(tableSql("orders")).isEqualTo(orders);
        assertThat(rows("SELECT \"table\", \"to\" FROM pragma_foreign_key_list('orders')"))
                .containsExactly(List.of("users", "id"));
        assertThat(single("SELECT count(*) FROM orders")).isEqualTo(String.valueOf(UsersFixture.ORDERS));
        execute("DELETE FROM users WHERE id IN (SELECT user_id FROM orders LIMIT 1)");
        assertThat(Integer.parseInt(single("SELECT count(*) FROM orders"))).isLessThan(UsersFixture.ORDERS);
        assertHealthy();
    }
}
