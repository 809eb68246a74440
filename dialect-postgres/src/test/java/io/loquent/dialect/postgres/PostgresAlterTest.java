package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.AlterColumn.DefaultChange;
import io.loquent.api.operation.BatchAlterTable;
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
import io.loquent.testing.SeedTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL for ALTER TABLE: column changes, constraints and batches. */
class PostgresAlterTest {
    private static final ColumnType INT = ColumnType.of(Kind.INTEGER);
    private final PostgresDialect dialect = new PostgresDialect();

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline());
    }

    private static AlterColumn alter(String column, ColumnType type, Boolean nullable, DefaultChange def,
                                     String newName, String comment) {
        return new AlterColumn("users", column, type, nullable, def, newName, comment, null, null);
    }

    @Test
    void typeChangeCastsWithUsingSoVarcharCanBecomeInteger() {
        assertThat(render(alter("age", INT, null, null, null, null))).containsExactly(
                "ALTER TABLE \"users\" ALTER COLUMN \"age\" TYPE INTEGER USING \"age\"::INTEGER");
    }

    @Test
    void allColumnChangesShareOneStatementThenCommentThenRename() {
        assertThat(render(alter("age", INT, false, new DefaultChange(new DefaultValue.Literal(0)), "years", "in years")))
                .containsExactly("ALTER TABLE \"users\" ALTER COLUMN \"age\" DROP DEFAULT, "
                                + "ALTER COLUMN \"age\" TYPE INTEGER USING \"age\"::INTEGER, "
                                + "ALTER COLUMN \"age\" SET NOT NULL, ALTER COLUMN \"age\" SET DEFAULT 0",
                        "COMMENT ON COLUMN \"users\".\"age\" IS 'in years'",
                        "ALTER TABLE \"users\" RENAME COLUMN \"age\" TO \"years\"");
    }

    @Test
    void nullabilityAndDefaultAloneNeedNoType() {
        assertThat(render(alter("name", null, true, DefaultChange.drop(), null, null))).containsExactly(
                "ALTER TABLE \"users\" ALTER COLUMN \"name\" DROP NOT NULL, ALTER COLUMN \"name\" DROP DEFAULT");
        assertThat(render(alter("is_active", null, null, new DefaultChange(new DefaultValue.Literal(true)), null, null)))
                .containsExactly("ALTER TABLE \"users\" ALTER COLUMN \"is_active\" SET DEFAULT TRUE");
    }

    @Test
    void renameAloneIsOneStatement() {
        assertThat(render(alter("name", null, null, null, "full name", null))).containsExactly(
                "ALTER TABLE \"users\" RENAME COLUMN \"name\" TO \"full name\"");
    }

    @Test
    void dropConstraintWorksByNameWhateverTheKind() {
        for (TableConstraint.Kind kind : new TableConstraint.Kind[] {null, TableConstraint.Kind.PRIMARY_KEY,
                TableConstraint.Kind.UNIQUE, TableConstraint.Kind.FOREIGN_KEY, TableConstraint.Kind.CHECK}) {
            assertThat(render(new DropConstraint("users", "uq_users_email", kind)))
                    .containsExactly("ALTER TABLE \"users\" DROP CONSTRAINT \"uq_users_email\"");
        }
    }

    @Test
    void addConstraintRendersEachKind() {
        assertThat(render(new AddConstraint("posts", new TableConstraint.ForeignKey("fk_posts_user", List.of("user_id"),
                "users", List.of("id"), io.loquent.api.schema.ReferentialAction.CASCADE, null))))
                .containsExactly("ALTER TABLE \"posts\" ADD CONSTRAINT \"fk_posts_user\" FOREIGN KEY (\"user_id\")"
                        + " REFERENCES \"users\" (\"id\") ON DELETE CASCADE");
        assertThat(render(new AddConstraint("posts", new TableConstraint.Check("ck_len", "length(title) > 0"))))
                .containsExactly("ALTER TABLE \"posts\" ADD CONSTRAINT \"ck_len\" CHECK (length(title) > 0)");
    }

    @Test
    void batchFoldsClausesIntoOneAlterTable() {
        BatchAlterTable batch = new BatchAlterTable("users", null, List.of(
                new AddColumn("users", new Column("age", INT, true, false, null, "years"),
                        List.of(new TableConstraint.Unique("uq_users_age", List.of("age")))),
                new DropColumn("users", "password"),
                alter("name", SeedTable.string(200), null, null, null, null),
                new DropConstraint("users", "uq_users_email", null),
                new AddConstraint("users", new TableConstraint.Check("ck_age", "age >= 0"))));
        assertThat(render(batch)).containsExactly(
                "ALTER TABLE \"users\" ADD COLUMN \"age\" INTEGER, ADD CONSTRAINT \"uq_users_age\" UNIQUE (\"age\"), "
                        + "DROP COLUMN \"password\", "
                        + "ALTER COLUMN \"name\" TYPE VARCHAR(200), "
                        + "DROP CONSTRAINT \"uq_users_email\", ADD CONSTRAINT \"ck_age\" CHECK (age >= 0)",
                "COMMENT ON COLUMN \"users\".\"age\" IS 'years'");
    }

    @Test
    void batchKeepsRenamesAndIndexesAsStatementsInOrder() {
        BatchAlterTable batch = new BatchAlterTable("users", null, List.of(
                new AddColumn("users", new Column("age", INT, true, false, null, null), List.of()),
                new CreateIndex("ix_age", "users", List.of("age"), false),
                new RenameColumn("users", "name", "full_name"),
                alter("email", null, false, null, "mail", null),
                new DropColumn("users", "password")));
        assertThat(render(batch)).containsExactly(
                "ALTER TABLE \"users\" ADD COLUMN \"age\" INTEGER",
                "CREATE INDEX \"ix_age\" ON \"users\" (\"age\")",
                "ALTER TABLE \"users\" RENAME COLUMN \"name\" TO \"full_name\"",
                "ALTER TABLE \"users\" ALTER COLUMN \"email\" SET NOT NULL",
                "ALTER TABLE \"users\" RENAME COLUMN \"email\" TO \"mail\"",
                "ALTER TABLE \"users\" DROP COLUMN \"password\"");
    }

    @Test
    void batchStartsANewStatementWhenAChangeTouchesAColumnAlreadyChanged() {
        BatchAlterTable batch = new BatchAlterTable("users", null, List.of(
                new AddColumn("users", new Column("age", SeedTable.string(3), true, false, null, null), List.of()),
                alter("age", INT, null, null, null, null),
                new DropConstraint("users", "ck", null),
                new AddConstraint("users", new TableConstraint.Check("ck", "age > 0"))));
        assertThat(render(batch)).containsExactly(
                "ALTER TABLE \"users\" ADD COLUMN \"age\" VARCHAR(3)",
                "ALTER TABLE \"users\" ALTER COLUMN \"age\" TYPE INTEGER USING \"age\"::INTEGER, DROP CONSTRAINT \"ck\"",
                "ALTER TABLE \"users\" ADD CONSTRAINT \"ck\" CHECK (age > 0)");
    }
}
