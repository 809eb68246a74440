package io.loquent.api.operation;

import io.loquent.api.DefinitionException;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Names;
import io.loquent.api.schema.TableConstraint;
import java.util.List;

/**
 * Adds a column, with the constraints declared on it (unique, foreign key, primary key).
 *
 * @param position where the column goes ({@code first()}, {@code after(c)}), or null for the end of the table
 */
public record AddColumn(String table, Column column, List<TableConstraint> constraints, ColumnPosition position)
        implements Operation {
    public AddColumn {
        Names.requireTable(table, "a table");
        if (column == null) {
            throw new DefinitionException("addColumn on '" + table + "' needs a column");
        }
        constraints = constraints == null ? List.of() : List.copyOf(constraints);
        if (position != null && column.name().equals(position.after())) {
            throw new DefinitionException("addColumn on '" + table + "': column '" + column.name()
                    + "' cannot be placed after itself");
        }
    }

    /** A column added at the end of the table. */
    public AddColumn(String table, Column column, List<TableConstraint> constraints) {
        this(table, column, constraints, null);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addColumn(this);
    }

    @Override
    public String describe() {
        return "add column " + table + "." + column.name();
    }
}
