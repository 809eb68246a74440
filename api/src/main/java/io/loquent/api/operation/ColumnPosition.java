package io.loquent.api.operation;

import io.loquent.api.DefinitionException;
import io.loquent.api.schema.Names;

/**
 * Where {@code addColumn} puts the new column, with Laravel's meaning: first, or after a named column. MySQL and
 * MariaDB place it there ({@code FIRST}, {@code AFTER c}); the other databases cannot and append it, as Laravel does
 * there (see {@link io.loquent.api.dialect.Dialect#placesColumns()}). No position (null) means at the end.
 *
 * @param after the column the new one follows, or null for first
 */
public record ColumnPosition(String after) {
    /** The first column of the table. */
    public static final ColumnPosition FIRST = new ColumnPosition(null);

    public ColumnPosition {
        if (after != null) {
            Names.require(after, "a column");
        }
    }

    /** Right after {@code column}. */
    public static ColumnPosition after(String column) {
        if (column == null) {
            throw new DefinitionException("after(column) needs a column name");
        }
        return new ColumnPosition(column);
    }

    /** Whether the column goes first. */
    public boolean first() {
        return after == null;
    }

    @Override
    public String toString() {
        return first() ? "first" : "after " + after;
    }
}
