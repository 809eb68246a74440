package io.loquent.api.operation;

import io.loquent.api.schema.Names;
/** Drops a table. */
public record DropTable(String table) implements Operation {
    public DropTable {
        Names.requireTable(table, "a table");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTable(this);
    }

    @Override
    public String describe() {
        return "drop table " + table;
    }
}
