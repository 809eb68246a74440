package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.TableConstraint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Golden SQL for tables named database.table: each part quoted, a rename kept in its database. */
class MySqlSchemaSqlTest {
    private final MySqlDialect dialect = new MySqlDialect();

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline());
    }

    private static Column column(String name, Kind kind) {
        return new Column(name, ColumnType.of(kind), false, false, null, null);
    }

    @Test
    void aQualifiedTableIsQuotedPartByPartWithItsForeignKeys() {
        CreateTable create = new CreateTable("app.items", List.of(column("id", Kind.INTEGER),
                column("user_id", Kind.BIG_INTEGER)),
                List.of(new TableConstraint.ForeignKey("fk_items_user_id_users", List.of("user_id"), "app.users",
                        List.of("id"), null, null)), null);
        assertThat(render(create)).containsExactly("""
                CREATE TABLE `app`.`items` (
                    `id` INT NOT NULL,
                    `user_id` BIGINT NOT NULL,
                    CONSTRAINT `fk_items_user_id_users` FOREIGN KEY (`user_id`) REFERENCES `app`.`users` (`id`)
                )""");
        assertThat(render(new DropTable("app.items"))).containsExactly("DROP TABLE `app`.`items`");
    }

    /** A bare name after MySQL's RENAME TO would move the table into the connection's database. */
    @Test
    void aRenameNamesTheTablesDatabaseOnBothSides() {
        assertThat(render(new RenameTable("app.items", "things")))
                .containsExactly("ALTER TABLE `app`.`items` RENAME TO `app`.`things`");
        assertThat(render(new RenameTable("items", "things"))).containsExactly("ALTER TABLE `items` RENAME TO `things`");
    }

    @Test
    void indexesAlterationsAndRowsNameTheQualifiedTable() {
        assertThat(render(new CreateIndex("ix_items_name", "app.items", List.of("name"), false)))
                .containsExactly("CREATE INDEX `ix_items_name` ON `app`.`items` (`name`)");
        assertThat(render(new DropIndex("ix_items_name", "app.items")))
                .containsExactly("DROP INDEX `ix_items_name` ON `app`.`items`");
        assertThat(render(new AddColumn("app.items", column("price", Kind.INTEGER), List.of())))
                .containsExactly("ALTER TABLE `app`.`items` ADD COLUMN `price` INT NOT NULL");
        assertThat(render(new DropConstraint("app.items", "uq_items_name", TableConstraint.Kind.UNIQUE)))
                .containsExactly("ALTER TABLE `app`.`items` DROP INDEX `uq_items_name`");
        assertThat(render(new BulkInsert("app.items", List.of(Map.of("id", 1)))))
                .containsExactly("INSERT INTO `app`.`items` (`id`) VALUES (1)");
        assertThat(dialect.deleteWhere("app.loquent_version", "version_num", "a1"))
                .isEqualTo("DELETE FROM `app`.`loquent_version` WHERE `version_num` = 'a1'");
    }
}
