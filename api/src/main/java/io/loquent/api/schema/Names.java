package io.loquent.api.schema;

import io.loquent.api.DefinitionException;
import java.util.List;

/** Checks shared by the records of the model: names are present and lists are copied and non-empty. */
public final class Names {
    private Names() {
    }

    /** Returns {@code name}, or fails when it is null or blank; {@code what} names the role in the message. */
    public static String require(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new DefinitionException(what + " must be a non-blank name, got " + (name == null ? "null" : "'" + name + "'"));
        }
        return name;
    }

    /**
     * Returns {@code table}, or fails when it is blank or not {@code table} or {@code schema.table}
     * ({@link TableName#parse}).
     */
    public static String requireTable(String table, String what) {
        require(table, what);
        TableName.parse(table);
        return table;
    }

    /**
     * Returns {@code name}, a sequence's or a view's, or fails when it is blank or has a dot: such a name would name a
     * schema, which Loquent reads for tables only, and is never taken as one identifier either.
     */
    public static String requireUnqualified(String name, String what) {
        require(name, what);
        if (name.indexOf('.') >= 0) {
            throw new DefinitionException(what + " '" + name + "' has a dot, which would name a schema; only tables"
                    + " take one. Name it without a dot, or create it in its schema with op.execute(...)");
        }
        return name;
    }

    /** An immutable copy of {@code names}, each checked with {@link #require}, that must not be empty. */
    public static List<String> requireList(List<String> names, String what) {
        if (names == null || names.isEmpty()) {
            throw new DefinitionException(what + " needs at least one column");
        }
        for (String n : names) {
            require(n, what + " column");
        }
        return List.copyOf(names);
    }
}
