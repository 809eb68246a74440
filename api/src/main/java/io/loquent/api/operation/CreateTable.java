package io.loquent.api.operation;

import io.loquent.api.DefinitionException;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Names;
import io.loquent.api.schema.TableConstraint;
import java.util.List;
/** Creates a table with its columns and named constraints; {@code comment} may be null. */
public record CreateTable(String table, List<Column> columns, List<TableConstraint> constraints, String comment) implements Operation {
    public CreateTable {
        Names.requireTable(table, "a table");
        if (columns == null || columns.isEmpty()) {
            throw new DefinitionException("table '" + table + "' needs at least one column");
        }
        columns = List.copyOf(columns);
        constraints = constraints == null ? List.of() : List.copyOf(constraints);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createTable(this);
    }

    @Override
    public String describe() {
        return "create table " + table;
    }
}
