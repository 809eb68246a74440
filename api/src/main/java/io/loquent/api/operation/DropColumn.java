package io.loquent.api.operation;

import io.loquent.api.schema.Names;
/** Drops a column. */
public record DropColumn(String table, String column) implements Operation {
    public DropColumn {
        Names.requireTable(table, "a table");
        Names.require(column, "a column");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropColumn(this);
    }

    @Override
    public String describe() {
        return "drop column " + table + "." + column;
    }
}
