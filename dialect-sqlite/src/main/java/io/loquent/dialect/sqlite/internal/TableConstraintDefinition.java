package io.loquent.dialect.sqlite.internal;

import io.loquent.api.schema.TableConstraint;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A table constraint of a {@code CREATE TABLE} statement, as written.
 *
 * @param kind    primary key, unique, foreign key or check
 * @param name    the name given with {@code CONSTRAINT name}, or null for an unnamed constraint
 * @param columns the constrained columns of a primary key, unique or foreign key (empty for a check)
 * @param body    the constraint's text after its name, exactly as written or as Loquent renders it
 */
public record TableConstraintDefinition(TableConstraint.Kind kind, String name, List<String> columns, String body) {
    public TableConstraintDefinition {
        columns = List.copyOf(columns);
    }

    /** The constraint as SQL, its name quoted by {@code quote}. */
    public String sql(UnaryOperator<String> quote) {
        return name == null ? body : "CONSTRAINT " + quote.apply(name) + " " + body;
    }

    /** How the constraint is named in messages: its name, or its text when it has none. */
    public String describe() {
        return name != null ? "constraint '" + name + "'" : "unnamed constraint " + body;
    }
}
