package io.loquent.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.TableConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SQLite has no schemas Loquent can configure: a qualified table is refused, however the operation renders. */
class SqliteSchemaSqlTest {
    private final SqliteDialect dialect = new SqliteDialect();

    private static final String REFUSAL = "sqlite cannot use table 'app.items': SQLite has no schemas Loquent can"
            + " configure (attached databases belong to one connection). Name the table without a schema, for example"
            + " 'app_items', or use a separate database file";

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline());
    }

    @Test
    void aQualifiedTableIsRefusedNativelyAndWhereItWouldRebuild() {
        Column id = new Column("id", ColumnType.of(ColumnType.Kind.INTEGER), false, false, null, null);
        assertThatThrownBy(() -> render(new CreateTable("app.items", List.of(id), List.of(), null)))
                .isInstanceOf(NotSupportedException.class).hasMessage(REFUSAL);
        assertThatThrownBy(() -> render(new DropTable("app.items"))).hasMessage(REFUSAL);
        assertThatThrownBy(() -> render(new AddConstraint("app.items",
                new TableConstraint.Unique("uq_items_id", List.of("id"))))).hasMessage(REFUSAL);
        assertThatThrownBy(() -> render(new CreateTable("items", List.of(new Column("user_id",
                ColumnType.of(ColumnType.Kind.INTEGER), true, false, null, null)), List.of(
                new TableConstraint.ForeignKey("fk", List.of("user_id"), "app.items", List.of("id"), null, null)),
                null))).as("a foreign key to a qualified table").hasMessage(REFUSAL);
        assertThat(dialect.quoteTable("items")).isEqualTo("\"items\"");
    }
}
