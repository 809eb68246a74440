package io.loquent.api.operation;

import io.loquent.api.schema.Names;
import io.loquent.api.schema.TableName;

/** Renames a table. */
public record RenameTable(String table, String newName) implements Operation {
    public RenameTable {
        Names.requireTable(table, "a table");
        Names.require(newName, "the new table name");
        TableName.parse(table).renamed(newName);
    }

    /** The table's name after the rename: the new name in the table's schema ({@code app.things}). */
    public String renamedTable() {
        return TableName.parse(table).renamed(newName).toString();
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
