package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
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

/** Golden SQL for tables named schema.table: every part quoted on its own, an index dropped in its table's schema. */
class PostgresSchemaSqlTest {
    private final PostgresDialect dialect = new PostgresDialect();

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline());
    }

    private static Column column(String name, Kind kind) {
        return new Column(name, ColumnType.of(kind), false, false, null, null);
    }

    @Test
    void aQualifiedTableIsQuotedPartByPartWithItsForeignKeysAndComments() {
        CreateTable create = new CreateTable("app.items", List.of(column("id", Kind.INTEGER),
                new Column("user_id", ColumnType.of(Kind.BIG_INTEGER), true, false, null, "owner")),
                List.of(new TableConstraint.PrimaryKey("pk_items", List.of("id")),
                        new TableConstraint.ForeignKey("fk_items_user_id_users", List.of("user_id"), "app.users",
                                List.of("id"), null, null)), "things");
        assertThat(render(create)).containsExactly("""
                CREATE TABLE "app"."items" (
                    "id" INTEGER NOT NULL,
                    "user_id" BIGINT,
                    CONSTRAINT "pk_items" PRIMARY KEY ("id"),
                    CONSTRAINT "fk_items_user_id_users" FOREIGN KEY ("user_id") REFERENCES "app"."users" ("id")
                )""", "COMMENT ON TABLE \"app\".\"items\" IS 'things'",
                "COMMENT ON COLUMN \"app\".\"items\".\"user_id\" IS 'owner'");
        assertThat(render(new DropTable("app.items"))).containsExactly("DROP TABLE \"app\".\"items\"");
    }

    @Test
    void aRenameKeepsTheSchemaAndAnIndexIsDroppedInItsTablesSchema() {
        assertThat(render(new RenameTable("app.items", "things")))
                .containsExactly("ALTER TABLE \"app\".\"items\" RENAME TO \"things\"");
        assertThat(render(new RenameTable("app.items", "app.things")))
                .containsExactly("ALTER TABLE \"app\".\"items\" RENAME TO \"things\"");
        assertThat(render(new CreateIndex("ix_items_name", "app.items", List.of("name"), false)))
                .containsExactly("CREATE INDEX \"ix_items_name\" ON \"app\".\"items\" (\"name\")");
        assertThat(render(new DropIndex("ix_items_name", "app.items")))
                .containsExactly("DROP INDEX \"app\".\"ix_items_name\"");
        assertThat(render(new DropIndex("ix_items_name", "items"))).containsExactly("DROP INDEX \"ix_items_name\"");
    }

    @Test
    void alterationsRowsAndBatchesNameTheQualifiedTable() {
        assertThat(render(new AddColumn("app.items", column("price", Kind.INTEGER), List.of())))
                .containsExactly("ALTER TABLE \"app\".\"items\" ADD COLUMN \"price\" INTEGER NOT NULL");
        assertThat(render(new AlterColumn("app.items", "price", null, true, null, null, null, null, null)))
                .containsExactly("ALTER TABLE \"app\".\"items\" ALTER COLUMN \"price\" DROP NOT NULL");
        assertThat(render(new DropConstraint("app.items", "ck_items_price", null)))
                .containsExactly("ALTER TABLE \"app\".\"items\" DROP CONSTRAINT \"ck_items_price\"");
        assertThat(render(new BulkInsert("app.items", List.of(Map.of("id", 1)))))
                .containsExactly("INSERT INTO \"app\".\"items\" (\"id\") VALUES (1)");
        assertThat(render(new BatchAlterTable("app.items", BatchAlterTable.Recreate.AUTO, List.of(
                new AddColumn("app.items", column("a", Kind.INTEGER), List.of()),
                new DropConstraint("app.items", "ck_x", null)))))
                .containsExactly("ALTER TABLE \"app\".\"items\" ADD COLUMN \"a\" INTEGER NOT NULL, DROP CONSTRAINT \"ck_x\"");
        assertThat(dialect.insertStatement("app.items", List.of("id")))
                .isEqualTo("INSERT INTO \"app\".\"items\" (\"id\") VALUES (?)");
        assertThat(dialect.select("app.loquent_version", List.of("version_num"), null))
                .isEqualTo("SELECT \"version_num\" FROM \"app\".\"loquent_version\"");
    }
}
