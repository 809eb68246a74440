package io.loquent.api.operation;

import io.loquent.api.DefinitionException;
import io.loquent.api.schema.Names;
import io.loquent.api.schema.TableConstraint;
/** Adds a named primary-key, unique, foreign-key or check constraint to a table. */
public record AddConstraint(String table, TableConstraint constraint) implements Operation {
    public AddConstraint {
        Names.requireTable(table, "a table");
        if (constraint == null) {
            throw new DefinitionException("addConstraint on '" + table + "' needs a constraint");
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.addConstraint(this);
    }

    @Override
    public String describe() {
        return "add constraint " + constraint.name() + " on " + table;
    }
}
