package io.loquent.api;

/**
 * The body of {@link Op#alterColumn}: {@code c -> c.type(string(100)).nullable(false)}. Only what is called changes.
 * Where the database needs the current definition (MySQL's MODIFY, a SQLite rebuild) it is read from the catalogue;
 * {@code existingType} and {@code existingNullable} are only needed offline.
 */
public interface ColumnChange {
    /** Changes the type (the length, precision and scale of the spec's type; its constraints are ignored). */
    ColumnChange type(ColumnSpec spec);

    /** Allows or forbids NULL. */
    ColumnChange nullable(boolean allowed);

    /** Sets a SQL default, or removes it with {@code null}. */
    ColumnChange serverDefault(String sql);

    /** Sets a literal default, rendered safely. */
    ColumnChange defaultValue(Object value);

    /** Sets the default to the moment of insertion, spelt the database's way. */
    ColumnChange defaultCurrentTimestamp();

    /** Renames the column. */
    ColumnChange newName(String name);

    /** Sets the column comment. */
    ColumnChange comment(String text);

    /**
     * The current type. Unnecessary: databases that restate a column (MySQL's {@code MODIFY}) read it from the
     * catalogue online and from the replayed revision history in offline scripts. When given it overrides both, which
     * only matters offline for a table that raw SQL earlier in the history has made unknowable.
     */
    ColumnChange existingType(ColumnSpec spec);

    /** The current nullability. Unnecessary, as {@link #existingType} is; when given it overrides what is known. */
    ColumnChange existingNullable(boolean allowed);
}
