package io.loquent.api.operation;

import io.loquent.api.schema.Names;
import io.loquent.api.schema.TableConstraint;
/** Drops a constraint by name; {@code kind} may be null, and dialects that need it read it from the catalogue. */
public record DropConstraint(String table, String name, TableConstraint.Kind kind) implements Operation {
    public DropConstraint {
        Names.requireTable(table, "a table");
        Names.require(name, "a constraint");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropConstraint(this);
    }

    @Override
    public String describe() {
        return "drop constraint " + name + " on " + table;
    }
}
