package io.loquent.api.operation;

import io.loquent.api.DefinitionException;
import io.loquent.api.OmittedAtDefault;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Names;
import io.loquent.api.schema.TableConstraint;
import java.util.List;
/**
 * Creates a table with its columns and named constraints; {@code comment} may be null. With {@code ifNotExists}, a
 * table of that name already there is kept as it is, whatever its columns.
 */
public record CreateTable(String table, List<Column> columns, List<TableConstraint> constraints, String comment,
                          @OmittedAtDefault boolean ifNotExists) implements Operation {
    public CreateTable {
        Names.requireTable(table, "a table");
        if (columns == null || columns.isEmpty()) {
            throw new DefinitionException("table '" + table + "' needs at least one column");
        }
        columns = List.copyOf(columns);
        constraints = constraints == null ? List.of() : List.copyOf(constraints);
    }

    /** Creates a table that must not exist yet. */
    public CreateTable(String table, List<Column> columns, List<TableConstraint> constraints, String comment) {
        this(table, columns, constraints, comment, false);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createTable(this);
    }

    @Override
    public String describe() {
        return "create table " + (ifNotExists ? "if not exists " : "") + table;
    }
}
