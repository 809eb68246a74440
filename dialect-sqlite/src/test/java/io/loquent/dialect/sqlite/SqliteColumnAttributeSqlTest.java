package io.loquent.dialect.sqlite;

import static io.loquent.testing.ColumnAttributeTables.added;
import static io.loquent.testing.ColumnAttributeTables.generated;
import static io.loquent.testing.ColumnAttributeTables.id;
import static io.loquent.testing.ColumnAttributeTables.items;
import static io.loquent.testing.ColumnAttributeTables.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.KnownSchema;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.ColumnPosition;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL for generated columns and column positions on SQLite, and its refusal of identity options. */
class SqliteColumnAttributeSqlTest {
    private final SqliteDialect dialect = new SqliteDialect();

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline());
    }

    private static final Column PLAIN_ID = new Column("id", ColumnType.of(ColumnType.Kind.INTEGER), false, true, null,
            null);

    @Test
    void generatedColumnsAreInlineAndAVirtualOneIsAddedNatively() {
        assertThat(render(items(PLAIN_ID))).containsExactly("""
                CREATE TABLE "items" (
                    "id" INTEGER NOT NULL,
                    "price" INTEGER,
                    "qty" INTEGER,
                    "total" INTEGER GENERATED ALWAYS AS (price * qty) STORED,
                    CONSTRAINT "pk_items" PRIMARY KEY ("id")
                )""");
        assertThat(render(added(generated("half", "qty / 2", false))))
                .containsExactly("ALTER TABLE \"items\" ADD COLUMN \"half\" INTEGER GENERATED ALWAYS AS (qty / 2) VIRTUAL");
    }

    @Test
    void aStoredGeneratedColumnIsAddedByARebuildThatKeepsTheOtherGeneration() {
        CreateTable create = items(PLAIN_ID);
        Schema schema = new Schema(List.of(new Table("items", create.columns(), create.constraints(), List.of(), null)));
        List<String> sql = dialect.render(added(generated("tax", "price / 10", true)),
                RenderContext.offline(KnownSchema.of(schema)));
        assertThat(sql).anySatisfy(s -> assertThat(s).startsWith("CREATE TABLE")
                .contains("\"total\" INTEGER GENERATED ALWAYS AS (price * qty) STORED",
                        "\"tax\" INTEGER GENERATED ALWAYS AS (price / 10) STORED"));
        assertThat(sql).anySatisfy(s -> assertThat(s).startsWith("INSERT INTO")
                .contains("(\"id\", \"price\", \"qty\")").doesNotContain("total").doesNotContain("tax"));
    }

    @Test
    void identityOptionsAreRefusedWithAnAlternative() {
        assertThatThrownBy(() -> render(items(id(1000, 1, false)))).isInstanceOf(NotSupportedException.class)
                .hasMessage("sqlite cannot create identity column 'id' with identity(start 1000, increment 1, by"
                        + " default): SQLite numbers an INTEGER PRIMARY KEY from the largest id plus one, with no"
                        + " start, increment or ALWAYS. Leave the options out (autoIncrement()), or insert a first row"
                        + " with the id to start from");
    }

    @Test
    void aPositionIsIgnoredAndTheColumnAppended() {
        assertThat(dialect.placesColumns()).isFalse();
        assertThat(render(placed("note", ColumnPosition.after("price"))))
                .containsExactly("ALTER TABLE \"items\" ADD COLUMN \"note\" VARCHAR(20)");
    }
}
