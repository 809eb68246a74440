package io.loquent.api;

/**
 * The body of {@link Op#createTable}: columns, then table-level keys, constraints and indexes. Unnamed constraints
 * and indexes are named by the naming convention.
 */
public interface TableBuilder {
    /** Adds a column. */
    TableBuilder column(String name, ColumnSpec spec);

    /** Adds {@code created_at} and {@code updated_at}: NOT NULL timestamps defaulting to the time of insertion. */
    TableBuilder timestamps();

    /** A primary key over several columns (for one column, {@code primaryKey()} on its spec is shorter). */
    TableBuilder primaryKey(String... columns);

    /** A unique constraint over several columns, named by the convention. */
    TableBuilder unique(String... columns);

    /** A unique constraint with the given name. */
    TableBuilder uniqueNamed(String name, String... columns);

    /** A CHECK constraint; the condition is SQL. */
    TableBuilder check(String name, String condition);

    /** An index over the columns, created right after the table and named by the convention. */
    TableBuilder index(String... columns);

    /** A comment on the table. */
    TableBuilder comment(String text);
}
