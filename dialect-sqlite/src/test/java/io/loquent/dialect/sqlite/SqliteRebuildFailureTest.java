package io.loquent.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.BatchAlterTable.Recreate;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.TableConstraint;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rebuilds that cannot or must not happen: each fails with a message that says what and which rows, and leaves the
 * schema and every row exactly as they were.
 */
class SqliteRebuildFailureTest extends SqliteDatabaseTest {
    private List<List<String>> schemaBefore;
    private List<Map<String, String>> usersBefore;
    private List<Map<String, String>> ordersBefore;

    @BeforeEach
    void fixture() throws SQLException {
        UsersFixture.create(connection);
        schemaBefore = schema();
        usersBefore = TableRows.read(connection, "users", true);
        ordersBefore = TableRows.read(connection, "orders", true);
    }

    private static BatchAlterTable batch(Recreate recreate, Operation... changes) {
        return new BatchAlterTable("users", recreate, List.of(changes));
    }

    private static AlterColumn notNull(String column) {
        return new AlterColumn("users", column, null, false, null, null, null, null, null);
    }

    private void assertUnchanged() throws SQLException {
        assertThat(schema()).isEqualTo(schemaBefore);
        assertThat(TableRows.read(connection, "users", true)).isEqualTo(usersBefore);
        assertThat(TableRows.read(connection, "orders", true)).isEqualTo(ordersBefore);
        assertHealthy();
        assertThat(single("PRAGMA foreign_keys")).isEqualTo("1");
        assertThat(single("PRAGMA legacy_alter_table")).isEqualTo("0");
    }

    @Test
    void notNullOnAColumnHoldingNullsNamesTheRows() throws SQLException {
        assertThatThrownBy(() -> migrator.run(batch(Recreate.AUTO, notNull("is_active"))))
                .isInstanceOf(LoquentException.class)
                .hasMessage("cannot make column 'users.is_active' NOT NULL: 333 rows of table 'users' hold NULL in"
                        + " column 'is_active' (rowid 27, 54, 81, 108, 135, …). Give those rows a value first, for"
                        + " example with op.execute(\"UPDATE \\\"users\\\" SET \\\"is_active\\\" = … WHERE"
                        + " \\\"is_active\\\" IS NULL\")");
        assertUnchanged();
    }

    @Test
    void theNotNullAdviceQuotesHostileNamesAsTheScriptMustWriteThem() throws SQLException {
        execute("CREATE TABLE \"odd \"\"t\"\"\" (\"c; DROP TABLE users; --\" TEXT)");
        execute("INSERT INTO \"odd \"\"t\"\"\" VALUES (NULL)");
        assertThatThrownBy(() -> migrator.run(new AlterColumn("odd \"t\"", "c; DROP TABLE users; --", null, false,
                null, null, null, null, null)))
                .isInstanceOf(LoquentException.class)
                .hasMessageEndingWith("Give those rows a value first, for example with op.execute(\"UPDATE"
                        + " \\\"odd \\\"\\\"t\\\"\\\"\\\" SET \\\"c; DROP TABLE users; --\\\" = … WHERE"
                        + " \\\"c; DROP TABLE users; --\\\" IS NULL\")");
        assertThat(single("SELECT \"notnull\" FROM pragma_table_info('odd \"t\"')")).isEqualTo("0");
        assertThat(TableRows.read(connection, "users", true)).isEqualTo(usersBefore);
    }

    @Test
    void aNotNullColumnWithoutDefaultNeedsAnEmptyTable() throws SQLException {
        AddColumn level = new AddColumn("users", new Column("level", ColumnType.of(Kind.INTEGER), false, false, null,
                null), List.of());

        assertThatThrownBy(() -> migrator.run(level))
                .hasMessage("cannot add column 'users.level' as NOT NULL without a default: table 'users' has 3000 rows,"
                        + " which would hold NULL in it. Give the column a default, or add it nullable, fill it, and"
                        + " make it NOT NULL afterwards");
        assertUnchanged();
        execute("CREATE TABLE empty (id INTEGER PRIMARY KEY)");
        migrator.run(new AddColumn("empty", level.column(), List.of()));
        assertThat(single("SELECT \"notnull\" FROM pragma_table_info('empty') WHERE name = 'level'")).isEqualTo("1");
    }

    @Test
    void aBatchOnlyChangesItsOwnTable() throws SQLException {
        assertThatThrownBy(() -> migrator.run(batch(Recreate.ALWAYS, new DropColumn("orders", "amount"))))
                .isInstanceOf(NotSupportedException.class)
                .hasMessage("sqlite cannot drop column orders.amount as part of a rebuild of table 'users': a batch on"
                        + " a table can only change that table's columns, constraints and indexes; run this operation"
                        + " outside batchAlterTable");
        assertUnchanged();
    }

    @Test
    void aRebuildThatFailsMidwayLeavesTableAndDataAsTheyWere() throws SQLException {
        // the check names a column the batch adds, so no row check can run before: the copy itself fails
        AddColumn level = new AddColumn("users", new Column("level", ColumnType.of(Kind.INTEGER), true, false,
                new DefaultValue.Literal(0), null), List.of());
        AddConstraint positive = new AddConstraint("users", new TableConstraint.Check("ck_users_level", "level > 0"));

        assertThatThrownBy(() -> migrator.run(new CreateIndex("ix_users_code", "users", List.of("code"), false),
                batch(Recreate.AUTO, level, positive)))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("CHECK constraint failed: ck_users_level");
        assertUnchanged();
    }

    @Test
    void aStrictCopyThatCannotConvertFailsWithoutChangingAnything() throws SQLException {
        execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT) STRICT",
                "INSERT INTO tags (label) VALUES ('12'), ('twelve')");
        schemaBefore = schema();

        assertThatThrownBy(() -> migrator.run(new AlterColumn("tags", "label", ColumnType.of(Kind.INTEGER), null, null,
                null, null, null, null)))
                .hasMessageContaining("cannot store TEXT value in INTEGER column");
        assertUnchanged();
        assertThat(column("SELECT label FROM tags")).containsExactly("12", "twelve");
    }

    @Test
    void duplicatesStopAUniqueConstraintAndAreNamed() throws SQLException {
        execute("UPDATE users SET code = 'C-dup' WHERE id IN (3, 9, 30)");
        usersBefore = TableRows.read(connection, "users", true);

        assertThatThrownBy(() -> migrator.run(new AddConstraint("users",
                new TableConstraint.Unique("uq_users_code", List.of("code")))))
                .hasMessage("cannot add unique constraint 'uq_users_code' to table 'users': 3 rows of table 'users'"
                        + " share the values [code] = ['C-dup'] (rowid 3, 9, 30), and there may be more. Remove the"
                        + " duplicates first");
        assertUnchanged();
    }

    @Test
    void rowsFailingANewCheckAreNamed() throws SQLException {
        assertThatThrownBy(() -> migrator.run(new AddConstraint("users",
                new TableConstraint.Check("ck_users_score", "score >= -1"))))
                .hasMessageStartingWith("cannot add check constraint 'ck_users_score' to table 'users': ")
                .hasMessageContaining("rows of table 'users' fail (score >= -1) (rowid ");
        assertUnchanged();
    }

    @Test
    void aForeignKeyThatRowsBreakFailsTheRevisionAndNamesThem() throws SQLException {
        execute("CREATE TABLE teams (id INTEGER PRIMARY KEY)", "INSERT INTO teams VALUES (1)");
        schemaBefore = schema();

        assertThatThrownBy(() -> migrator.run(new AddConstraint("users", new TableConstraint.ForeignKey(
                "fk_users_is_active_teams", List.of("is_active"), "teams", List.of("id"), null, null))))
                .hasMessageStartingWith("revision 'test-revision' leaves ")
                .hasMessageContaining("whose foreign key points at no row (users rowid 6 -> teams,");
        assertUnchanged();
    }

    @Test
    void recreateNeverFailsClearlyWhenARebuildIsNeeded() throws SQLException {
        assertThatThrownBy(() -> migrator.run(batch(Recreate.NEVER, new RenameColumn("users", "note", "remark"),
                notNull("code"))))
                .isInstanceOf(NotSupportedException.class)
                .hasMessage("sqlite cannot batch alter table users (2 changes) with recreate NEVER: only a table"
                        + " rebuild can make alter column users.code (nullability). Allow one with recreate AUTO, or"
                        + " move those changes out of the batch");
        assertUnchanged();
        assertThat(migrator.run(batch(Recreate.NEVER, new RenameColumn("users", "note", "remark"))))
                .containsExactly("ALTER TABLE \"users\" RENAME COLUMN \"note\" TO \"remark\"");
    }

    @Test
    void droppingAColumnThatOtherObjectsUseSaysWhatToDropFirst() throws SQLException {
        assertThatThrownBy(() -> migrator.run(new DropColumn("users", "score")))
                .hasMessage("cannot rebuild table 'users' as asked: index 'idx_users_score_ratio' uses a dropped column"
                        + " together with other columns or in an expression; drop the index first (dropIndex); index"
                        + " 'ix_users_positive' uses a dropped column together with other columns or in an expression;"
                        + " drop the index first (dropIndex). Nothing was changed");
        assertThatThrownBy(() -> migrator.run(new DropColumn("users", "name")))
                .hasMessageContaining("trigger 'trg_users_rename' may use a dropped column; drop the trigger first")
                .hasMessageContaining("view 'v_named_users' may use a dropped column; drop the view first");
        assertThatThrownBy(() -> migrator.run(new DropColumn("users", "id")))
                .hasMessageContaining("the foreign key orders (user_id) references a dropped column of 'users'");
        assertUnchanged();
    }

    @Test
    void droppingTheKeyThatAnotherTableReferencesIsRefused() throws SQLException {
        assertThatThrownBy(() -> migrator.run(new DropConstraint("users", "pk_users", null)))
                .hasMessageContaining("the foreign key orders (user_id) references users (id), which would no longer"
                        + " be a primary key or unique");
        assertUnchanged();
    }

    @Test
    void unknownConstraintsAndWrongKindsAreNamed() throws SQLException {
        assertThatThrownBy(() -> migrator.run(new DropConstraint("users", "uq_nope", null)))
                .hasMessage("constraint 'uq_nope' does not exist on table 'users': its named constraints are"
                        + " [pk_users, uq_users_email]. Check the name");
        assertThatThrownBy(() -> migrator.run(new DropConstraint("users", "uq_users_email",
                TableConstraint.Kind.FOREIGN_KEY)))
                .hasMessage("constraint 'uq_users_email' on table 'users' is a unique constraint, not a foreign key."
                        + " Check the name or the kind");
        assertUnchanged();
    }

    @Test
    void withoutTheHistoryARebuildIsRefusedButNativeChangesStillRender() {
        assertThatThrownBy(() -> dialect.render(batch(Recreate.ALWAYS, new RenameColumn("users", "a", "b")),
                RenderContext.offline()))
                .isInstanceOf(NotSupportedException.class)
                .hasMessageStartingWith("sqlite cannot batch alter table users (1 changes): this needs a table rebuild");
        assertThat(dialect.render(batch(Recreate.AUTO, new RenameColumn("users", "a", "b"),
                new DropColumn("users", "c")), RenderContext.offline())).containsExactly(
                "ALTER TABLE \"users\" RENAME COLUMN \"a\" TO \"b\"", "ALTER TABLE \"users\" DROP COLUMN \"c\"");
    }

    @Test
    void withForeignKeysEnforcedARebuildIsRefusedRatherThanCascading() throws SQLException {
        connection.setAutoCommit(false);
        assertThatThrownBy(() -> dialect.render(notNull("code"), RenderContext.online(connection)))
                .hasMessage("cannot rebuild table 'users' while this connection enforces foreign keys: dropping the"
                        + " old table would run the ON DELETE actions of [orders]. Run the migration through Loquent,"
                        + " whose SQLite run hooks turn enforcement off before the run's transaction, or run PRAGMA"
                        + " foreign_keys = OFF before the transaction begins");
        connection.rollback();
        connection.setAutoCommit(true);
        assertUnchanged();
    }
}
