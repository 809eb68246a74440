package io.loquent.api.operation;

import io.loquent.api.OmittedAtDefault;
import io.loquent.api.schema.Names;

/** Drops a table; with {@code ifExists}, a table that is not there is no error. */
public record DropTable(String table, @OmittedAtDefault boolean ifExists) implements Operation {
    public DropTable {
        Names.requireTable(table, "a table");
    }

    /** Drops a table that must exist. */
    public DropTable(String table) {
        this(table, false);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropTable(this);
    }

    @Override
    public String describe() {
        return "drop table " + (ifExists ? "if exists " : "") + table;
    }
}
