package io.loquent.dialect.mysql;

import static io.loquent.testing.ColumnAttributeTables.added;
import static io.loquent.testing.ColumnAttributeTables.generated;
import static io.loquent.testing.ColumnAttributeTables.id;
import static io.loquent.testing.ColumnAttributeTables.items;
import static io.loquent.testing.ColumnAttributeTables.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.ColumnPosition;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.TableConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL for identity options, generated columns and column positions on MySQL and MariaDB. */
class MySqlColumnAttributeSqlTest {
    private final MySqlDialect dialect = new MySqlDialect();

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline());
    }

    @Test
    void theStartIsTheTablesAutoIncrementAndGenerationsAreInline() {
        assertThat(render(items(id(1000, 1, false)))).containsExactly("""
                CREATE TABLE `items` (
                    `id` BIGINT NOT NULL AUTO_INCREMENT,
                    `price` INT,
                    `qty` INT,
                    `total` INT GENERATED ALWAYS AS (price * qty) STORED,
                    CONSTRAINT `pk_items` PRIMARY KEY (`id`) COMMENT 'pk_items'
                ) AUTO_INCREMENT = 1000""");
        assertThat(render(added(generated("half", "qty / 2", false))))
                .containsExactly("ALTER TABLE `items` ADD COLUMN `half` INT GENERATED ALWAYS AS (qty / 2) VIRTUAL");
        assertThat(render(new AddColumn("items", id(50, 1, false),
                List.of(new TableConstraint.PrimaryKey("pk_items", List.of("id"))))))
                .containsExactly("ALTER TABLE `items` ADD COLUMN `id` BIGINT NOT NULL AUTO_INCREMENT,"
                        + " ADD CONSTRAINT `pk_items` PRIMARY KEY (`id`) COMMENT 'pk_items', AUTO_INCREMENT = 50");
    }

    @Test
    void anIncrementAndAlwaysAreRefusedWithAnAlternative() {
        assertThatThrownBy(() -> render(items(id(1, 10, false)))).isInstanceOf(NotSupportedException.class)
                .hasMessage("mysql cannot create identity column 'id' with identity(start 1, increment 10, by"
                        + " default): MySQL and MariaDB step every AUTO_INCREMENT by the server variable"
                        + " auto_increment_increment, not per column. Leave the increment at 1 (startingValue(n)), or"
                        + " use a MariaDB sequence with createSequence");
        assertThatThrownBy(() -> render(items(id(1, 1, true)))).isInstanceOf(NotSupportedException.class)
                .hasMessage("mysql cannot create identity column 'id' with identity(start 1, increment 1, always):"
                        + " MySQL and MariaDB always accept explicit values for an AUTO_INCREMENT column. Leave"
                        + " identityAlways() out, or refuse such values with a trigger");
    }

    @Test
    void afterAndFirstPlaceTheColumn() {
        assertThat(dialect.placesColumns()).isTrue();
        assertThat(dialect.keepsIdentityOptions()).isFalse();
        assertThat(render(placed("note", ColumnPosition.after("price"))))
                .containsExactly("ALTER TABLE `items` ADD COLUMN `note` VARCHAR(20) AFTER `price`");
        assertThat(render(placed("code", ColumnPosition.FIRST)))
                .containsExactly("ALTER TABLE `items` ADD COLUMN `code` VARCHAR(20) FIRST");
    }

    @Test
    void theCatalogueQuotesInAGenerationDoNotCount() {
        assertThat(dialect.comparableExpression("`price` * `qty`")).isEqualTo(dialect.comparableExpression("price * qty"));
    }
}
