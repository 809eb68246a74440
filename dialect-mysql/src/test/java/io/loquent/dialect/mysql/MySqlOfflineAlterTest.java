package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.KnownSchema;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.testing.SeedTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden SQL for offline scripts, which know the schema the history builds: MODIFY COLUMN restates what the replayed
 * column has without {@code existingType}, and constraints are dropped by the kind the replayed table gives.
 */
class MySqlOfflineAlterTest {
    private static final Table USERS = new Table("users", List.of(
            new Column("id", ColumnType.of(Kind.INTEGER), false, true, null, "the key"),
            new Column("name", SeedTable.string(100), false, false, new DefaultValue.Literal("n/a"), "full name"),
            new Column("bio", ColumnType.of(Kind.TEXT), true, false, new DefaultValue.Literal("none"), null)),
            List.of(new TableConstraint.PrimaryKey("pk_users", List.of("id")),
                    new TableConstraint.Unique("uq_users_name", List.of("name"))), List.of(), null);
    private static final Table POSTS = new Table("posts", List.of(
            new Column("id", ColumnType.of(Kind.INTEGER), false, false, null, null),
            new Column("author_id", ColumnType.of(Kind.INTEGER), true, false, null, null),
            new Column("editor_id", ColumnType.of(Kind.INTEGER), true, false, null, null)),
            List.of(new TableConstraint.PrimaryKey("pk_posts", List.of("id")),
                    new TableConstraint.ForeignKey("fk_posts_author", List.of("author_id"), "users", List.of("id"),
                            null, null),
                    new TableConstraint.ForeignKey("fk_posts_editor", List.of("editor_id"), "users", List.of("id"),
                            null, null)),
            List.of(Index.on("ix_posts_editor", false, "editor_id", "id")), null);
    private static final Schema SCHEMA = new Schema(List.of(USERS, POSTS));

    private final MySqlDialect dialect = new MySqlDialect();

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline(KnownSchema.of(SCHEMA)));
    }

    private static AlterColumn alter(String column, ColumnType type, Boolean nullable, ColumnType existingType) {
        return new AlterColumn("users", column, type, nullable, null, null, null, existingType, null);
    }

    @Test
    void aNullabilityChangeKeepsTheReplayedDefaultCommentAndAutoIncrement() {
        assertThat(render(alter("name", null, true, null))).containsExactly(
                "ALTER TABLE `users` MODIFY COLUMN `name` VARCHAR(100) DEFAULT 'n/a' COMMENT 'full name'");
        assertThat(render(alter("id", ColumnType.of(Kind.BIG_INTEGER), null, null))).containsExactly(
                "ALTER TABLE `users` MODIFY COLUMN `id` BIGINT NOT NULL AUTO_INCREMENT COMMENT 'the key'");
        assertThat(render(alter("bio", null, false, null))).as("a TEXT column's literal default is an expression")
                .containsExactly("ALTER TABLE `users` MODIFY COLUMN `bio` LONGTEXT NOT NULL DEFAULT ('none')");
    }

    @Test
    void theGivenExistingTypeStillOverridesTheReplayedOne() {
        assertThat(render(alter("name", null, true, SeedTable.string(50)))).containsExactly(
                "ALTER TABLE `users` MODIFY COLUMN `name` VARCHAR(50) DEFAULT 'n/a' COMMENT 'full name'");
    }

    @Test
    void aBatchStartsFromTheReplayedColumnUnderItsOldName() {
        assertThat(render(new BatchAlterTable("users", null, List.of(new RenameColumn("users", "name", "label"),
                new AlterColumn("users", "label", SeedTable.string(120), null, null, null, null, null, null)))))
                .containsExactly("ALTER TABLE `users` RENAME COLUMN `name` TO `label`", "ALTER TABLE `users` MODIFY"
                        + " COLUMN `label` VARCHAR(120) NOT NULL DEFAULT 'n/a' COMMENT 'full name'");
    }

    @Test
    void dropConstraintTakesTheKindAndTheForeignKeysOwnIndexFromTheReplayedTable() {
        assertThat(render(new DropConstraint("users", "uq_users_name", null)))
                .containsExactly("ALTER TABLE `users` DROP INDEX `uq_users_name`");
        assertThat(render(new DropConstraint("users", "pk_users", null)))
                .containsExactly("ALTER TABLE `users` DROP PRIMARY KEY");
        assertThat(render(new DropConstraint("posts", "fk_posts_author", null))).as("InnoDB made it an index")
                .containsExactly("ALTER TABLE `posts` DROP FOREIGN KEY `fk_posts_author`, DROP INDEX `fk_posts_author`");
        assertThat(render(new DropConstraint("posts", "fk_posts_editor", null))).as("ix_posts_editor serves it")
                .containsExactly("ALTER TABLE `posts` DROP FOREIGN KEY `fk_posts_editor`");
    }

    @Test
    void whatTheHistoryCannotTellIsRefusedWithTheReason() {
        String why = "table users may have been changed by raw SQL at revision r2";
        RenderContext context = RenderContext.offline(KnownSchema.of(SCHEMA, name -> name.equals("users") ? why : null));
        assertThatThrownBy(() -> dialect.render(alter("name", null, true, null), context))
                .isInstanceOf(NotSupportedException.class)
                .hasMessage("mysql cannot alter column users.name: MySQL restates the whole column to change it, and"
                        + " offline its current type is unknown (table users may have been changed by raw SQL at"
                        + " revision r2). Give existingType and existingNullable to alterColumn, or run online so that"
                        + " they are read from information_schema");
        assertThat(dialect.render(new AlterColumn("users", "name", null, true, null, null, null,
                SeedTable.string(100), false), context)).as("existingType and existingNullable still serve")
                .containsExactly("ALTER TABLE `users` MODIFY COLUMN `name` VARCHAR(100)");
        assertThatThrownBy(() -> render(new DropConstraint("users", "uq_nope", null)))
                .hasMessageContaining("offline the kind is unknown (table users has no constraint uq_nope in the"
                        + " schema the history builds)");
    }
}
