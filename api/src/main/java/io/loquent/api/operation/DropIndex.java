package io.loquent.api.operation;

import io.loquent.api.schema.Names;

/**
 * Drops an index; the table is needed by databases whose index names are per table (MySQL).
 *
 * @param concurrently drop it without blocking the table: PostgreSQL's {@code DROP INDEX CONCURRENTLY}, outside the
 *                     revision's transaction; MySQL's {@code ALGORITHM=INPLACE, LOCK=NONE}; nothing on SQLite
 */
public record DropIndex(String name, String table, boolean concurrently) implements Operation {
    public DropIndex {
        Names.require(name, "an index");
        Names.require(table, "a table");
    }

    /** Drops the index the ordinary way. */
    public DropIndex(String name, String table) {
        this(name, table, false);
    }

    /** Drops the index without blocking the table ({@code op.dropIndexConcurrently}). */
    public static DropIndex concurrently(String name, String table) {
        return new DropIndex(name, table, true);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }

    @Override
    public String describe() {
        return "drop index " + name + " on " + table;
    }
}
