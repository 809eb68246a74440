package io.loquent.api.operation;

import io.loquent.api.schema.Names;
/** Renames a table. */
public record RenameTable(String table, String newName) implements Operation {
    public RenameTable {
        Names.require(table, "a table");
        Names.require(newName, "the new table name");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.renameTable(this);
    }

    @Override
    public String describe() {
        return "rename table " + table + " to " + newName;
    }
}
