package io.loquent.api.schema;

import io.loquent.api.DefinitionException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An index of a table: its keys in order, whether it is unique, the condition of a partial index, its access method
 * and the columns it carries without sorting on them. Unique constraints are {@link TableConstraint.Unique}, not
 * indexes, even where the database keeps one for them.
 *
 * <p>The method is null for a B-tree, the default of every supported database, so that an index declared with
 * {@code using("btree")} and one declared without it are one index, as the catalogue shows them.
 *
 * @param name    the index name
 * @param keys    its keys, in order
 * @param unique  whether it is a unique index
 * @param where   the condition of a partial index (PostgreSQL, SQLite) as the database writes it, or null
 * @param method  the access method in lower case ({@code gin}, {@code gist}, {@code brin}, {@code hash}), or null for
 *                a B-tree
 * @param include the columns stored in the index without being keys (PostgreSQL's {@code INCLUDE}), in order
 */
public record Index(String name, List<IndexKey> keys, boolean unique, String where, String method,
                    List<String> include) {
    public Index {
        Names.require(name, "an index");
        if (keys == null || keys.isEmpty()) {
            throw new DefinitionException("index '" + name + "' needs at least one key");
        }
        keys = List.copyOf(keys);
        if (where != null && where.isBlank()) {
            throw new DefinitionException("index '" + name + "' has a blank condition; leave it null for a full index");
        }
        if (method != null) {
            if (!method.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new DefinitionException("index '" + name + "' has method '" + method + "', which is not a name;"
                        + " give an access method such as gin, gist, brin or hash");
            }
            method = method.equalsIgnoreCase("btree") ? null : method.toLowerCase(Locale.ROOT);
        }
        include = include == null ? List.of() : List.copyOf(include);
        include.forEach(c -> Names.require(c, "an included column of index '" + name + "'"));
    }

    /** An index over keys, with a condition or none, a B-tree without included columns. */
    public Index(String name, List<IndexKey> keys, boolean unique, String where) {
        this(name, keys, unique, where, null, List.of());
    }

    /** A full index over plain columns. */
    public static Index on(String name, boolean unique, String... columns) {
        return new Index(name, Arrays.stream(columns).map(IndexKey::of).toList(), unique, null);
    }

    /** The columns this index names as keys, in key order; an expression key names none. */
    public List<String> columns() {
        return keys.stream().filter(k -> k.column() != null).map(IndexKey::column).toList();
    }

    /** Whether this is a full B-tree index over whole columns, without included ones: what every database builds. */
    public boolean plain() {
        return where == null && method == null && include.isEmpty()
                && keys.stream().allMatch(k -> k.column() != null && k.length() == null);
    }

    /** This index with another name. */
    public Index withName(String newName) {
        return new Index(newName, keys, unique, where, method, include);
    }
}
