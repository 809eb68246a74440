package io.loquent.dialect.sqlite.internal;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;

/**
 * The dialect's vocabulary as the rebuild needs it, so that every identifier and value goes through the dialect's one
 * quoting and literal path.
 */
public interface SqlWords {
    /** The identifier quoted, as {@link io.loquent.api.dialect.Dialect#quote} does. */
    String quote(String identifier);

    /** A value as a literal, as {@link io.loquent.api.dialect.Dialect#literal} does. */
    String literal(Object value);

    /** The declared SQLite type of a portable type. */
    String type(ColumnType type);

    /** The expression after {@code DEFAULT}. */
    String defaultValue(DefaultValue value);

    /**
     * The declared type of a portable type in a {@code STRICT} table, which accepts only INT, INTEGER, REAL, TEXT,
     * BLOB and ANY. DECIMAL becomes ANY: STRICT has no NUMERIC affinity, and ANY keeps a value as given where REAL
     * would round it.
     */
    static String strictType(ColumnType type) {
        return switch (type.kind()) {
            case INTEGER, BIG_INTEGER, SMALL_INTEGER, BOOLEAN -> "INTEGER";
            case STRING, CHAR, TEXT, JSON, UUID, DATE, TIME, TIMESTAMP, ENUM -> "TEXT";
            case DOUBLE, REAL -> "REAL";
            case DECIMAL, CUSTOM, ARRAY -> "ANY";
            case BINARY -> "BLOB";
        };
    }
}
