package io.loquent.api.operation;

import io.loquent.api.schema.Index;
import io.loquent.api.schema.Names;
import java.util.List;

/**
 * Creates an index on a table: plain columns, or the whole spec of an {@link Index} (expression and prefix keys, a
 * condition, a method, included columns).
 *
 * @param table        the indexed table
 * @param index        the index
 * @param concurrently build it without blocking writes: PostgreSQL's {@code CREATE INDEX CONCURRENTLY}, which runs
 *                     outside the revision's transaction; MySQL's {@code ALGORITHM=INPLACE, LOCK=NONE}; nothing on
 *                     SQLite
 */
public record CreateIndex(String table, Index index, boolean concurrently) implements Operation {
    public CreateIndex {
        Names.requireTable(table, "a table");
        if (index == null) {
            throw new io.loquent.api.DefinitionException("creating an index on table '" + table + "' needs the index");
        }
    }

    /** A full B-tree index over plain columns, built the ordinary way. */
    public CreateIndex(String name, String table, List<String> columns, boolean unique) {
        this(table, Index.on(name, unique, Names.requireList(columns, "index '" + name + "'").toArray(String[]::new)),
                false);
    }

    /** The index's name. */
    public String name() {
        return index.name();
    }

    /** The columns the index's keys name, in key order (none for an expression key). */
    public List<String> columns() {
        return index.columns();
    }

    /** Whether the index is unique. */
    public boolean unique() {
        return index.unique();
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.createIndex(this);
    }

    @Override
    public String describe() {
        return (unique() ? "create unique index " : "create index ") + name() + " on " + table;
    }
}
