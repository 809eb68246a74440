package io.loquent.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.AlterColumn.DefaultChange;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.BatchAlterTable.Recreate;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.TableConstraint;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each batch operation on the {@link UsersFixture}: thousands of awkward rows, three kinds of index, a trigger, a view
 * and a referencing table with ON DELETE CASCADE. Every test compares the data row by row before and after, checks
 * that no order was deleted, that the database is healthy, and reads the result back from the catalogue.
 */
class SqliteBatchRebuildTest extends SqliteDatabaseTest {
    private static final List<String> USER_COLUMNS = List.of("rowid", "id", "name", "email", "code", "score", "ratio",
            "avatar", "note", "is_active", "created_at");

    private List<Map<String, String>> usersBefore;
    private List<Map<String, String>> ordersBefore;

    @BeforeEach
    void fixture() throws SQLException {
        UsersFixture.create(connection);
        usersBefore = TableRows.read(connection, "users", true);
        ordersBefore = TableRows.read(connection, "orders", true);
        assertThat(usersBefore).hasSize(UsersFixture.USERS);
    }

    private static BatchAlterTable batch(Recreate recreate, Operation... changes) {
        return new BatchAlterTable("users", recreate, List.of(changes));
    }

    private static AlterColumn alter(String column, ColumnType type, Boolean nullable, DefaultChange change, String newName) {
        return new AlterColumn("users", column, type, nullable, change, newName, null, null, null);
    }

    /** The users' values in the columns that did not change are exactly as before; orders are all still there. */
    private void assertIntact(String... changedColumns) throws SQLException {
        List<String> kept = new ArrayList<>(USER_COLUMNS);
        kept.removeAll(Arrays.asList(changedColumns));
        assertThat(TableRows.project(TableRows.read(connection, "users", true), kept))
                .isEqualTo(TableRows.project(usersBefore, kept));
        assertThat(TableRows.read(connection, "orders", true)).isEqualTo(ordersBefore);
        assertHealthy();
        assertThat(single("PRAGMA foreign_keys")).isEqualTo("1");
        assertThat(single("PRAGMA legacy_alter_table")).isEqualTo("0");
    }

    private void assertTriggerAndViewWork(String nameColumn) throws SQLException {
        assertThat(single("SELECT count(*) FROM v_named_users")).isEqualTo(single(
                "SELECT count(*) FROM users WHERE email IS NOT NULL"));
        execute("UPDATE users SET \"" + nameColumn + "\" = 'renamed' WHERE id = 3");
        assertThat(rows("SELECT user_id FROM audit")).containsExactly(List.of("3"));
    }

    private List<String> indexes() throws SQLException {
        return column("SELECT name FROM pragma_index_list('users') WHERE origin = 'c' ORDER BY name");
    }

    @Test
    void widenNameFrom50To100AsInTheSeedExample() throws SQLException {
        List<String> sql = migrator.run(batch(Recreate.AUTO,
                alter("name", new ColumnType(Kind.STRING, 100, null, null), null, null, null)));

        assertThat(sql).anyMatch(s -> s.startsWith("CREATE TABLE \"_loquent_rebuild_users\""));
        assertThat(rows("SELECT name, type, \"notnull\" FROM pragma_table_info('users') WHERE name = 'name'"))
                .containsExactly(List.of("name", "VARCHAR(100)", "1"));
        assertIntact();
        assertThat(indexes()).containsExactly("idx_users_name", "idx_users_score_ratio", "ix_users_positive");
        assertThat(single("SELECT sql FROM sqlite_master WHERE name = 'ix_users_positive'")).contains("WHERE score > 0");
        assertTriggerAndViewWork("name");
        assertThatThrownBy(() -> execute("INSERT INTO users (id, name, email) VALUES (1, 'dup', 'üser1@exämple.com')"))
                .hasMessageContaining("UNIQUE constraint failed: users.email");
    }

    @Test
    void theRebuildIsLoggedWithItsReason() throws SQLException {
        List<String> messages = new ArrayList<>();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(
                io.loquent.dialect.sqlite.internal.TableRebuild.class.getName());
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                messages.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            migrator.run(alter("name", new ColumnType(Kind.STRING, 100, null, null), null, null, null));
        } finally {
            log.removeHandler(handler);
        }
        assertThat(messages).containsExactly("INFO Rebuilding table 'users' (3000 rows) for: alter column users.name"
                + " (type)");
    }

    @Test
    void typeChangeConvertsOnlyWhereNothingIsLost() throws SQLException {
        migrator.run(batch(Recreate.AUTO, alter("note", ColumnType.of(Kind.INTEGER), null, null, null)));

        assertIntact("note");
        assertThat(column("SELECT DISTINCT typeof(note) || ':' || quote(note) FROM users ORDER BY 1")).containsExactly(
                "integer:100000", "integer:123", "null:NULL", "real:12.5", "text:''", "text:'abc'",
                "text:'line\nbreak'", "text:'tab\there'");
    }

    @Test
    void nullabilityAndDefaultsChangeInOneRebuild() throws SQLException {
        List<String> sql = migrator.run(batch(Recreate.AUTO,
                alter("code", null, false, null, null),
                alter("created_at", null, true, DefaultChange.drop(), null),
                alter("note", null, null, new DefaultChange(new DefaultValue.Literal("n/a")), null),
                alter("is_active", null, null, new DefaultChange(new DefaultValue.Sql("1 + 1")), null)));

        assertThat(sql.stream().filter(s -> s.startsWith("CREATE TABLE"))).hasSize(1);
        assertThat(rows("SELECT name, \"notnull\", dflt_value FROM pragma_table_info('users')"
                + " WHERE name IN ('code', 'created_at', 'note', 'is_active') ORDER BY cid")).containsExactly(
                Arrays.asList("code", "1", null), Arrays.asList("note", "0", "'n/a'"),
                Arrays.asList("is_active", "0", "1 + 1"), Arrays.asList("created_at", "0", null));
        assertIntact();
        execute("INSERT INTO users (id, name, code) VALUES (1, 'new', 'C-new')");
        assertThat(rows("SELECT note, is_active, created_at FROM users WHERE id = 1"))
                .containsExactly(Arrays.asList("n/a", "2", null));
    }

    @Test
    void renamesInARebuildAreSqlitesOwnAndRewriteTriggerViewAndIndex() throws SQLException {
        List<String> sql = migrator.run(batch(Recreate.ALWAYS,
                alter("name", new ColumnType(Kind.STRING, 120, null, null), null, null, "full_name"),
                new RenameColumn("users", "code", "user_code")));

        assertThat(sql).contains("ALTER TABLE \"users\" RENAME COLUMN \"name\" TO \"full_name\"",
                "ALTER TABLE \"users\" RENAME COLUMN \"code\" TO \"user_code\"");
        assertThat(column("SELECT name FROM pragma_table_info('users')")).containsExactly("id", "full_name", "email",
                "user_code", "score", "ratio", "avatar", "note", "is_active", "created_at");
        assertThat(column("SELECT name FROM pragma_index_info('idx_users_name')")).containsExactly("full_name");
        assertThat(single("SELECT sql FROM sqlite_master WHERE name = 'v_named_users'")).contains("full_name");
        assertTriggerAndViewWork("full_name");
        List<Map<String, String>> renamed = new ArrayList<>();
        for (Map<String, String> row : usersBefore) {
            Map<String, String> copy = new java.util.LinkedHashMap<>();
            row.forEach((k, v) -> copy.put(k.equals("name") ? "full_name" : k.equals("code") ? "user_code" : k, v));
            renamed.add(copy);
        }
        assertThat(TableRows.read(connection, "users", true).subList(1, UsersFixture.USERS))
                .isEqualTo(renamed.subList(1, UsersFixture.USERS)); // row 1 was renamed by the trigger check
    }

    @Test
    void addColumnsWithNonConstantDefaultsAndAUniqueKey() throws SQLException {
        AddColumn touched = new AddColumn("users", new Column("touched_at", ColumnType.of(Kind.TIMESTAMP), false,
                false, new DefaultValue.CurrentTimestamp(), null), List.of());
        AddColumn nickname = new AddColumn("users", new Column("nickname", new ColumnType(Kind.STRING, 30, null, null),
                true, false, null, null), List.of(new TableConstraint.Unique("uq_users_nickname", List.of("nickname"))));
        AddColumn plain = new AddColumn("users", new Column("level", ColumnType.of(Kind.SMALL_INTEGER), false, false,
                new DefaultValue.Literal(1), null), List.of());

        migrator.run(batch(Recreate.AUTO, touched, nickname, plain));

        assertIntact();
        assertThat(rows("SELECT count(*), count(DISTINCT touched_at), min(level), max(level), count(nickname) FROM users"))
                .containsExactly(List.of("3000", "1", "1", "1", "0"));
        assertThat(tableSql("users")).contains("CONSTRAINT \"uq_users_nickname\" UNIQUE (\"nickname\")");
        migrator.run(new DropConstraint("users", "uq_users_nickname", TableConstraint.Kind.UNIQUE));
        assertThat(tableSql("users")).doesNotContain("uq_users_nickname");
        assertIntact();
    }

    @Test
    void dropColumnThatNothingUsesStaysNative() throws SQLException {
        List<String> sql = migrator.run(new DropColumn("users", "avatar"));

        assertThat(sql).containsExactly("ALTER TABLE \"users\" DROP COLUMN \"avatar\"");
        assertIntact("avatar");
    }

    @Test
    void dropColumnTakesItsOwnUniqueKeyAlongInARebuild() throws SQLException {
        execute("DROP VIEW v_named_users");
        List<String> sql = migrator.run(batch(Recreate.AUTO, new DropIndex("ix_users_positive", "users"),
                new DropColumn("users", "email")));

        assertThat(sql).anyMatch(s -> s.startsWith("CREATE TABLE"));
        assertThat(tableSql("users")).doesNotContain("uq_users_email").doesNotContain("email");
        assertThat(indexes()).containsExactly("idx_users_name", "idx_users_score_ratio");
        assertIntact("email");
    }

    @Test
    void uniqueConstraintIsATableConstraintThatCanBeDroppedByName() throws SQLException {
        migrator.run(batch(Recreate.AUTO, new AddConstraint("users",
                new TableConstraint.Unique("uq_users_code", List.of("code")))));

        assertThat(tableSql("users")).contains("CONSTRAINT \"uq_users_code\" UNIQUE (\"code\")");
        assertIntact();
        assertThatThrownBy(() -> execute("INSERT INTO users (id, name, code) VALUES (1, 'x', 'C-1')"))
                .hasMessageContaining("UNIQUE constraint failed: users.code");

        migrator.run(batch(Recreate.AUTO, new DropConstraint("users", "uq_users_code", null)));
        assertThat(tableSql("users")).doesNotContain("uq_users_code");
        execute("INSERT INTO users (id, name, code) VALUES (1, 'x', 'C-1')");
        assertHealthy();
    }

    @Test
    void foreignKeyToAnotherTable() throws SQLException {
        migrator.run(new CreateTable("teams", List.of(new Column("id", ColumnType.of(Kind.INTEGER), false, true, null,
                null)), List.of(new TableConstraint.PrimaryKey("pk_teams", List.of("id"))), null));
        execute("INSERT INTO teams (id) VALUES (1), (2)");

        migrator.run(batch(Recreate.AUTO,
                new AddColumn("users", new Column("team_id", ColumnType.of(Kind.INTEGER), true, false, null, null),
                        List.of()),
                new AddConstraint("users", new TableConstraint.ForeignKey("fk_users_team_id_teams", List.of("team_id"),
                        "teams", List.of("id"), null, null))));

        assertThat(rows("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('users')"))
                .containsExactly(List.of("teams", "team_id", "id"));
        assertThat(tableSql("users")).contains("CONSTRAINT \"fk_users_team_id_teams\" FOREIGN KEY (\"team_id\")");
        assertIntact();
        execute("UPDATE users SET team_id = 2 WHERE id = 3");
        assertThatThrownBy(() -> execute("UPDATE users SET team_id = 9 WHERE id = 6"))
                .hasMessageContaining("FOREIGN KEY constraint failed");
    }

    @Test
    void checkConstraintIsEnforcedAfterTheRebuild() throws SQLException {
        migrator.run(batch(Recreate.AUTO, new AddConstraint("users",
                new TableConstraint.Check("ck_users_active", "is_active IN (0, 1)"))));

        assertThat(tableSql("users")).contains("CONSTRAINT \"ck_users_active\" CHECK (is_active IN (0, 1))");
        assertIntact();
        assertThatThrownBy(() -> execute("INSERT INTO users (id, name, is_active) VALUES (1, 'x', 5)"))
                .hasMessageContaining("CHECK constraint failed: ck_users_active");
    }

    @Test
    void droppingTheForeignKeyOfTheChildTableKeepsItsRows() throws SQLException {
        migrator.run(new DropConstraint("orders", "fk_orders_user_id_users", TableConstraint.Kind.FOREIGN_KEY));

        assertThat(rows("SELECT * FROM pragma_foreign_key_list('orders')")).isEmpty();
        assertIntact();
        execute("DELETE FROM users WHERE id = 3");
        assertThat(single("SELECT count(*) FROM orders")).isEqualTo(String.valueOf(UsersFixture.ORDERS));
    }

    @Test
    void indexesCreatedAndDroppedInARebuild() throws SQLException {
        migrator.run(batch(Recreate.ALWAYS, new CreateIndex("ix_users_code", "users", List.of("code"), true),
                new DropIndex("idx_users_name", "users")));

        assertThat(indexes()).containsExactly("idx_users_score_ratio", "ix_users_code", "ix_users_positive");
        assertIntact();
    }

    @Test
    void aBatchOfNativeChangesDoesNotRebuild() throws SQLException {
        List<String> sql = migrator.run(batch(Recreate.AUTO, new CreateIndex("ix_users_code", "users", List.of("code"),
                false), new DropIndex("idx_users_name", "users"), new RenameColumn("users", "note", "remark"),
                new AddColumn("users", new Column("level", ColumnType.of(Kind.INTEGER), true, false,
                        new DefaultValue.Literal(3), null), List.of())));

        assertThat(sql).noneMatch(s -> s.startsWith("CREATE TABLE")).hasSize(4);
        assertIntact("note");
    }
}
