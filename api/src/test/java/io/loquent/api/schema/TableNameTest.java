package io.loquent.api.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.DefinitionException;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.RenameTable;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one place a table name is split into schema and table, and the rules it enforces. */
class TableNameTest {
    @Test
    void aNameWithOneDotIsASchemaAndATable() {
        assertThat(TableName.parse("app.items")).isEqualTo(new TableName("app", "items"));
        assertThat(TableName.parse("items")).isEqualTo(new TableName(null, "items"));
        assertThat(TableName.parse("app.items").render(s -> "[" + s + "]")).isEqualTo("[app].[items]");
        assertThat(TableName.parse("items").render(s -> "[" + s + "]")).isEqualTo("[items]");
        assertThat(TableName.bare("app.items")).isEqualTo("items");
        assertThat(TableName.schemaOf("items")).isNull();
        assertThat(new TableName("app", "items")).hasToString("app.items");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b.c", ".items", "app.", ".", " .items"})
    void aNameWithMoreThanOneDotOrAnEmptyPartIsRefused(String name) {
        assertThatThrownBy(() -> TableName.parse(name)).isInstanceOf(DefinitionException.class)
                .hasMessage("table name '" + name + "' is not 'table' or 'schema.table': a table is named with at"
                        + " most one dot, between a schema and a table that are both non-empty. Write it as"
                        + " schema.table, and keep dots out of schema and table names");
        assertThatThrownBy(() -> new CreateIndex("ix", name, List.of("a"), false))
                .as("every operation checks its table").isInstanceOf(DefinitionException.class);
    }

    @Test
    void aRenameStaysInItsSchema() {
        assertThat(new RenameTable("app.items", "things").renamedTable()).isEqualTo("app.things");
        assertThat(new RenameTable("app.items", "app.things").renamedTable()).isEqualTo("app.things");
        assertThat(new RenameTable("items", "things").renamedTable()).isEqualTo("things");
        assertThatThrownBy(() -> new RenameTable("app.items", "other.items")).hasMessage("cannot rename table"
                + " 'app.items' to 'other.items': a rename keeps the table in its schema 'app'. Give the new name"
                + " bare, and move the table to another schema with op.execute(...)");
        assertThatThrownBy(() -> new RenameTable("items", "app.items")).hasMessage("cannot rename table 'items' to"
                + " 'app.items': a rename keeps the table in its schema. Give the new name bare, and move the table"
                + " to another schema with op.execute(...)");
    }
}
