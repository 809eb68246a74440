package io.loquent.api;

import java.util.List;

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

    /** A primary key with the given name rather than the convention's. */
    TableBuilder primaryKeyNamed(String name, String... columns);

    /** A unique constraint over several columns, named by the convention. */
    TableBuilder unique(String... columns);

    /** A unique constraint with the given name. */
    TableBuilder uniqueNamed(String name, String... columns);

    /** A CHECK constraint named by the convention from {@code name} ({@code ck_%table_%name}); the condition is SQL. */
    TableBuilder check(String name, String condition);

    /** A CHECK constraint called exactly {@code name}, outside the naming convention; the condition is SQL. */
    TableBuilder checkNamed(String name, String condition);

    /**
     * A foreign key from {@code columns} to {@code referencedColumns} of {@code referencedTable}, for keys that
     * {@code foreignKey("table.column")} on a column spec cannot declare: over several columns, or with a name of
     * its own. {@code name} may be null for the convention's.
     */
    default TableBuilder foreignKey(String name, String referencedTable, List<String> columns,
                                    List<String> referencedColumns) {
        return foreignKey(name, referencedTable, columns, referencedColumns, null, null);
    }

    /**
     * As {@link #foreignKey(String, String, List, List)}, with what it does when the referenced row is deleted and
     * when its key changes ({@code "CASCADE"}, {@code "SET NULL"}, ...); either action may be null for the
     * database's default.
     */
    TableBuilder foreignKey(String name, String referencedTable, List<String> columns, List<String> referencedColumns,
                            String onDelete, String onUpdate);

    /** An index over the columns, created right after the table and named by the convention. */
    TableBuilder index(String... columns);

    /** A comment on the table. */
    TableBuilder comment(String text);
}
