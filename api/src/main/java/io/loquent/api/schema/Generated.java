package io.loquent.api.schema;

import io.loquent.api.DefinitionException;

/**
 * How a generated (computed) column computes its value: an SQL expression over the row's other columns, used as it
 * stands, stored when the row is written or computed when it is read.
 *
 * @param expression the SQL expression, without enclosing parentheses, such as {@code price * qty}
 * @param stored     whether the value is stored with the row ({@code STORED}, MariaDB's {@code PERSISTENT}); else
 *                   computed on read ({@code VIRTUAL})
 */
public record Generated(String expression, boolean stored) {
    public Generated {
        if (expression == null || expression.isBlank()) {
            throw new DefinitionException("a generated column needs an expression, got '" + expression + "'");
        }
    }

    @Override
    public String toString() {
        return (stored ? "stored as " : "virtual as ") + expression;
    }
}
