package io.loquent.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.KnownSchema;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.AlterColumn.DefaultChange;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.TableConstraint;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Offline, a rebuild starts from the table as the history builds it instead of the catalogue, and writes the very
 * statements the online rebuild writes: here the known schema is the one the dialect reflects, which the contract
 * proves equal to the replay's.
 */
class SqliteOfflineRebuildTest extends SqliteDatabaseTest {
    private Schema known;

    @BeforeEach
    void tables() throws SQLException {
        migrator.run(UsersFixture.usersTable(), UsersFixture.ordersTable(),
                new CreateIndex("ix_users_code", "users", List.of("code"), false),
                new CreateIndex("ix_users_name_ratio", "users", List.of("name", "ratio"), true));
        known = dialect.reflect(connection, Set.of());
    }

    private List<String> offline(Operation op) {
        return dialect.render(op, RenderContext.offline(KnownSchema.of(known)));
    }

    private void sameBothWays(Operation op) {
        List<String> online = dialect.render(op, RenderContext.online(connection));
        assertThat(offline(op)).as(op.describe()).isEqualTo(online).isNotEmpty();
    }

    @Test
    void columnChangesRebuildOfflineAsTheyDoOnline() {
        sameBothWays(new AlterColumn("users", "name", new ColumnType(Kind.STRING, 80, null, null), null, null, null,
                null, null, null));
        sameBothWays(new AlterColumn("users", "code", null, false, null, null, null, null, null));
        sameBothWays(new AlterColumn("users", "ratio", null, null, new DefaultChange(new DefaultValue.Literal(0)), null,
                null, null, null));
        sameBothWays(new AlterColumn("orders", "amount", null, false, null, null, null, null, null));
    }

    @Test
    void constraintChangesRebuildOfflineAsTheyDoOnline() {
        sameBothWays(new AddConstraint("users", new TableConstraint.Check("ck_users_ratio", "ratio >= 0")));
        sameBothWays(new DropConstraint("users", "uq_users_email", null));
        sameBothWays(new AddConstraint("orders", new TableConstraint.Unique("uq_orders_user", List.of("user_id"))));
    }

    @Test
    void dropColumnDecidesNativeOrRebuildFromTheKnownTable() {
        assertThat(offline(new DropColumn("users", "note"))).containsExactly("ALTER TABLE \"users\" DROP COLUMN \"note\"");
        sameBothWays(new DropColumn("users", "note"));
        assertThat(offline(new DropColumn("users", "code"))).as("ix_users_code uses it")
                .contains("DROP TABLE \"users\"");
        sameBothWays(new DropColumn("users", "code"));
    }

    @Test
    void aBatchRebuildsOnceOfflineAsOnline() {
        sameBothWays(new BatchAlterTable("users", BatchAlterTable.Recreate.AUTO, List.of(
                new RenameColumn("users", "note", "remark"),
                new AlterColumn("users", "remark", null, false, new DefaultChange(new DefaultValue.Literal("")), null,
                        null, null, null),
                new DropColumn("users", "score"))));
    }

    @Test
    void aTableRawSqlMayHaveChangedIsRefusedWithTheReason() {
        String why = "the offline script cannot know table users's definition: table users may have been changed by"
                + " raw SQL at revision r2 (upgrade, step 1: UPDATE users SET ...)";
        RenderContext context = RenderContext.offline(KnownSchema.of(known, name -> name.equals("users") ? why : null));
        assertThatThrownBy(() -> dialect.render(new AlterColumn("users", "code", null, false, null, null, null, null,
                null), context))
                .isInstanceOf(NotSupportedException.class)
                .hasMessage("sqlite cannot alter column users.code: this needs a table rebuild, which restates the"
                        + " table's current definition, and the offline script cannot know table users's definition:"
                        + " table users may have been changed by raw SQL at revision r2 (upgrade, step 1: UPDATE users"
                        + " SET ...)");
        assertThat(dialect.render(new DropColumn("users", "note"), context)).as("a native change needs no definition")
                .containsExactly("ALTER TABLE \"users\" DROP COLUMN \"note\"");
    }
}
