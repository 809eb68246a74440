package io.loquent.api.operation;

import io.loquent.api.OmittedAtDefault;
import io.loquent.api.schema.Names;
/** Drops an index; the table is needed by databases whose index names are per table (MySQL). */
public record DropIndex(String name, String table, @OmittedAtDefault boolean ifExists) implements Operation {
    public DropIndex {
        Names.require(name, "an index");
        Names.requireTable(table, "a table");
    }

    /** Drops an index that must exist. */
    public DropIndex(String name, String table) {
        this(name, table, false);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }

    @Override
    public String describe() {
        return "drop index " + (ifExists ? "if exists " : "") + name + " on " + table;
    }
}
