package io.loquent.api.schema;

import io.loquent.api.DefinitionException;

/**
 * One key of an index: a column, or an expression where the database has expression indexes (PostgreSQL, SQLite,
 * MySQL 8). Exactly one of the two is set.
 *
 * @param column     the column's name, or null for an expression key
 * @param expression the expression as the database writes it ({@code lower(email)}), or null for a column key
 */
public record IndexKey(String column, String expression) {
    public IndexKey {
        if ((column == null) == (expression == null)) {
            throw new DefinitionException("an index key is a column or an expression, exactly one of the two; got column "
                    + column + " and expression " + expression);
        }
        if (column != null) {
            Names.require(column, "an index column");
        } else if (expression.isBlank()) {
            throw new DefinitionException("an index expression must not be blank");
        }
    }

    /** A key on a column. */
    public static IndexKey of(String column) {
        return new IndexKey(column, null);
    }

    /** A key on an expression. */
    public static IndexKey expression(String expression) {
        return new IndexKey(null, expression);
    }

    @Override
    public String toString() {
        return column != null ? column : "(" + expression + ")";
    }
}
