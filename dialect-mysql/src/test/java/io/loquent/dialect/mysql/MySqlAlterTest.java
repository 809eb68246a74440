package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.AlterColumn.DefaultChange;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.TableConstraint;
import io.loquent.testing.SeedTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL for ALTER TABLE offline: column changes, constraints and batches. */
class MySqlAlterTest {
    private static final ColumnType INT = ColumnType.of(Kind.INTEGER);
    private static final ColumnType NAME = SeedTable.string(100);
    private final MySqlDialect dialect = new MySqlDialect();

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline());
    }

    private static AlterColumn alter(String column, ColumnType type, Boolean nullable, DefaultChange def,
                                     String newName, String comment, ColumnType existingType, Boolean existingNullable) {
        return new AlterColumn("users", column, type, nullable, def, newName, comment, existingType, existingNullable);
    }

    @Test
    void modifyRestatesTheDefinitionFromTheExistingFields() {
        assertThat(render(alter("name", null, true, null, null, null, NAME, false))).containsExactly(
                "ALTER TABLE `users` MODIFY COLUMN `name` VARCHAR(100)");
        assertThat(render(alter("name", SeedTable.string(200), null, null, null, "full name", null, false)))
                .containsExactly("ALTER TABLE `users` MODIFY COLUMN `name` VARCHAR(200) NOT NULL COMMENT 'full name'");
    }

    @Test
    void renameWithOtherChangesUsesChangeColumn() {
        assertThat(render(alter("name", null, null, new DefaultChange(new DefaultValue.Literal("?")), "full name", null,
                NAME, false))).containsExactly(
                "ALTER TABLE `users` CHANGE COLUMN `name` `full name` VARCHAR(100) NOT NULL DEFAULT '?'");
    }

    @Test
    void defaultAloneOrRenameAloneNeedsNoDefinition() {
        assertThat(render(alter("is_active", null, null, new DefaultChange(new DefaultValue.Literal(false)), null, null,
                null, null))).containsExactly("ALTER TABLE `users` ALTER COLUMN `is_active` SET DEFAULT 0");
        assertThat(render(alter("is_active", null, null, DefaultChange.drop(), null, null, null, null)))
                .containsExactly("ALTER TABLE `users` ALTER COLUMN `is_active` DROP DEFAULT");
        assertThat(render(alter("name", null, null, null, "full_name", null, null, null)))
                .containsExactly("ALTER TABLE `users` RENAME COLUMN `name` TO `full_name`");
    }

    @Test
    void onItsOwnWithoutExistingTypeIsRefusedWithAdvice() {
        assertThatThrownBy(() -> render(alter("name", null, false, null, null, null, null, null)))
                .isInstanceOf(NotSupportedException.class)
                .hasMessage("mysql cannot alter column users.name: MySQL restates the whole column to change it, and"
                        + " offline its current type is unknown (an operation rendered on its own has no revision"
                        + " history to replay it from). Give existingType and existingNullable to alterColumn, or run"
                        + " online so that they are read from information_schema");
        assertThatThrownBy(() -> render(alter("name", INT, null, null, null, null, null, null)))
                .isInstanceOf(NotSupportedException.class).hasMessageContaining("current nullability is unknown");
    }

    @Test
    void dropConstraintUsesTheClauseOfItsKind() {
        assertThat(render(new DropConstraint("users", "pk_users", TableConstraint.Kind.PRIMARY_KEY)))
                .containsExactly("ALTER TABLE `users` DROP PRIMARY KEY");
        assertThat(render(new DropConstraint("users", "uq_users_email", TableConstraint.Kind.UNIQUE)))
                .containsExactly("ALTER TABLE `users` DROP INDEX `uq_users_email`");
        assertThat(render(new DropConstraint("posts", "fk_posts_user", TableConstraint.Kind.FOREIGN_KEY)))
                .containsExactly("ALTER TABLE `posts` DROP FOREIGN KEY `fk_posts_user`");
        assertThat(render(new DropConstraint("posts", "ck_len", TableConstraint.Kind.CHECK)))
                .containsExactly("ALTER TABLE `posts` DROP CONSTRAINT `ck_len`");
    }

    @Test
    void dropConstraintOfUnknownKindOnItsOwnIsRefusedWithAdvice() {
        assertThatThrownBy(() -> render(new DropConstraint("users", "uq_users_email", null)))
                .isInstanceOf(NotSupportedException.class)
                .hasMessage("mysql cannot drop constraint uq_users_email on users: MySQL drops each kind of constraint"
                        + " with its own clause, and offline the kind is unknown (an operation rendered on its own has"
                        + " no revision history to replay it from). Pass the kind (PRIMARY_KEY, UNIQUE,"
                        + " FOREIGN_KEY or CHECK) to dropConstraint, or run online so that it is read from"
                        + " information_schema");
    }

    @Test
    void batchIsOneAlterTableWithIndexesAsClauses() {
        BatchAlterTable batch = new BatchAlterTable("users", null, List.of(
                new AddColumn("users", new Column("age", INT, true, false, null, null), List.of()),
                new CreateIndex("ix_age", "users", List.of("age"), false),
                new DropColumn("users", "password"),
                new DropConstraint("users", "uq_users_email", TableConstraint.Kind.UNIQUE),
                new AddConstraint("users", new TableConstraint.Unique("uq_users_name", List.of("name"))),
                new DropIndex("idx_users_email", "users"),
                alter("email", null, null, null, "mail", null, null, null)));
        assertThat(render(batch)).containsExactly("ALTER TABLE `users` ADD COLUMN `age` INT, ADD INDEX `ix_age` (`age`),"
                + " DROP COLUMN `password`, DROP INDEX `uq_users_email`, ADD CONSTRAINT `uq_users_name` UNIQUE (`name`),"
                + " DROP INDEX `idx_users_email`, RENAME COLUMN `email` TO `mail`");
    }

    @Test
    void batchRestatesAColumnItAddedFromItsOwnDefinition() {
        BatchAlterTable batch = new BatchAlterTable("users", null, List.of(
                new AddColumn("users", new Column("age", SeedTable.string(3), false, false,
                        new DefaultValue.Literal("0"), "years"), List.of()),
                alter("age", INT, null, null, null, null, null, null),
                alter("age", null, true, null, "years", null, null, null),
                new RenameTable("users", "people")));
        assertThat(render(batch)).containsExactly(
                "ALTER TABLE `users` ADD COLUMN `age` VARCHAR(3) NOT NULL DEFAULT '0' COMMENT 'years'",
                "ALTER TABLE `users` MODIFY COLUMN `age` INT NOT NULL DEFAULT '0' COMMENT 'years'",
                "ALTER TABLE `users` CHANGE COLUMN `age` `years` INT DEFAULT '0' COMMENT 'years'",
                "ALTER TABLE `users` RENAME TO `people`");
    }
}
