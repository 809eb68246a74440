package io.loquent.api.schema;

import io.loquent.api.DefinitionException;

/**
 * One key of an index: a column, or an expression where the database has expression indexes (PostgreSQL, SQLite,
 * MySQL 8.0.13+). Exactly one of the two is set. A column key may index only a prefix of its values (MySQL).
 *
 * @param column     the column's name, or null for an expression key
 * @param expression the expression as the database writes it ({@code lower(email)}), or null for a column key
 * @param length     for a column key, the number of leading characters (or bytes) indexed, as MySQL's
 *                   {@code name(10)}; null for the whole value
 */
public record IndexKey(String column, String expression, Integer length) {
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
        if (length != null && (column == null || length < 1)) {
            throw new DefinitionException("an index prefix length is a positive number of characters of a column; got "
                    + length + (column == null ? " on expression " + expression : " on column " + column));
        }
    }

    /** A key on a column or an expression, over whole values. */
    public IndexKey(String column, String expression) {
        this(column, expression, null);
    }

    /** A key on a column. */
    public static IndexKey of(String column) {
        return new IndexKey(column, null, null);
    }

    /** A key on the first {@code length} characters of a column (MySQL's prefix index). */
    public static IndexKey prefix(String column, int length) {
        return new IndexKey(column, null, length);
    }

    /** A key on an expression. */
    public static IndexKey expression(String expression) {
        return new IndexKey(null, expression, null);
    }

    @Override
    public String toString() {
        return column != null ? column + (length == null ? "" : "(" + length + ")") : "(" + expression + ")";
    }
}
