package io.loquent.api.operation;

import io.loquent.api.OmittedAtDefault;
import io.loquent.api.schema.Names;

/**
 * Drops an index; the table is needed by databases whose index names are per table (MySQL).
 *
 * @param ifExists     an index that is not there is no error ({@code DROP INDEX IF EXISTS})
 * @param concurrently drop it without blocking the table: PostgreSQL's {@code DROP INDEX CONCURRENTLY}, outside the
 *                     revision's transaction; MySQL's {@code ALGORITHM=INPLACE, LOCK=NONE}; nothing on SQLite
 */
public record DropIndex(String name, String table, @OmittedAtDefault boolean ifExists,
                        @OmittedAtDefault boolean concurrently) implements Operation {
    public DropIndex {
        Names.require(name, "an index");
        Names.requireTable(table, "a table");
    }

    /** Drops an index that must exist, the ordinary way. */
    public DropIndex(String name, String table) {
        this(name, table, false, false);
    }

    /** Drops an index, the ordinary way; with {@code ifExists}, only if it exists. */
    public DropIndex(String name, String table, boolean ifExists) {
        this(name, table, ifExists, false);
    }

    /** Drops the index without blocking the table ({@code op.dropIndexConcurrently}). */
    public static DropIndex concurrently(String name, String table) {
        return new DropIndex(name, table, false, true);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.dropIndex(this);
    }

    @Override
    public String describe() {
        return "drop index " + (ifExists ? "if exists " : "") + name + " on " + table;
    }
}
