package io.loquent.api.schema;

import io.loquent.api.DefinitionException;
import java.util.Arrays;
import java.util.List;

/**
 * An index of a table: its keys in order, whether it is unique, and the condition of a partial index. Unique
 * constraints are {@link TableConstraint.Unique}, not indexes, even where the database keeps one for them.
 *
 * @param name   the index name
 * @param keys   its keys, in order
 * @param unique whether it is a unique index
 * @param where  the condition of a partial index (PostgreSQL, SQLite) as the database writes it, or null
 */
public record Index(String name, List<IndexKey> keys, boolean unique, String where) {
    public Index {
        Names.require(name, "an index");
        if (keys == null || keys.isEmpty()) {
            throw new DefinitionException("index '" + name + "' needs at least one key");
        }
        keys = List.copyOf(keys);
        if (where != null && where.isBlank()) {
            throw new DefinitionException("index '" + name + "' has a blank condition; leave it null for a full index");
        }
    }

    /** A full index over plain columns. */
    public static Index on(String name, boolean unique, String... columns) {
        return new Index(name, Arrays.stream(columns).map(IndexKey::of).toList(), unique, null);
    }

    /** The columns this index names, in key order; an expression key names none. */
    public List<String> columns() {
        return keys.stream().filter(k -> k.column() != null).map(IndexKey::column).toList();
    }
}
