package io.loquent.api.operation;

import io.loquent.api.schema.Names;
/** Renames a column. */
public record RenameColumn(String table, String column, String newName) implements Operation {
    public RenameColumn {
        Names.requireTable(table, "a table");
        Names.require(column, "a column");
        Names.require(newName, "the new column name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameColumn(this);
    }

    @Override
    public String describe() {
        return "rename column " + table + "." + column + " to " + newName;
    }
}
