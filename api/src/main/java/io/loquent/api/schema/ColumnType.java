package io.loquent.api.schema;

import io.loquent.api.DefinitionException;

/**
 * A portable column type. Each dialect maps a {@link Kind} (with its length, precision and scale) to its own SQL type;
 * the mapping tables are in the README.
 *
 * @param kind       the portable kind
 * @param length     the maximum length of a {@link Kind#STRING} (required); the exact length in bytes of a fixed-length
 *                   {@link Kind#BINARY} ({@code binary(16)}), or null for unbounded bytes ({@code binary()});
 *                   otherwise null
 * @param precision  the total digits of a {@link Kind#DECIMAL}, otherwise null
 * @param scale      the digits after the point of a {@link Kind#DECIMAL}, otherwise null
 * @param nativeName the database's own name of the type (PostgreSQL's {@code int4}, MySQL's {@code tinyint(1)}) for
 *                   a type read from a database, so that comparisons can use each database's equivalences; null
 *                   for a type a script or a model declares
 */
public record ColumnType(Kind kind, Integer length, Integer precision, Integer scale, String nativeName) {

    /** The portable kinds of column. */
    public enum Kind {
        INTEGER, BIG_INTEGER, SMALL_INTEGER, STRING, TEXT, BOOLEAN, DECIMAL, DOUBLE, DATE, TIME, TIMESTAMP, BINARY, UUID, JSON;

        /** Whether a sole primary-key column of this kind auto-increments unless told otherwise. */
        public boolean isInteger() {
            return this == INTEGER || this == BIG_INTEGER || this == SMALL_INTEGER;
        }
    }

    public ColumnType {
        if (kind == null) {
            throw new DefinitionException("a column type needs a kind");
        }
        if (nativeName != null && nativeName.isBlank()) {
            throw new DefinitionException("a native type name must not be blank; leave it null for none");
        }
        if (kind == Kind.STRING && (length == null || length <= 0)) {
            throw new DefinitionException("string(n) needs a positive length, got " + length);
        }
        if (kind == Kind.BINARY && length != null && length <= 0) {
            throw new DefinitionException("binary(n) needs a positive length, got " + length
                    + ". Use binary() for bytes of any length");
        }
        if (kind != Kind.STRING && kind != Kind.BINARY && length != null) {
            throw new DefinitionException(kind + " takes no length");
        }
        if (kind == Kind.DECIMAL) {
            if (precision == null || precision <= 0 || scale == null || scale < 0 || scale > precision) {
                throw new DefinitionException("decimal(p, s) needs 0 < p and 0 <= s <= p, got (" + precision + ", " + scale + ")");
            }
        } else if (precision != null || scale != null) {
            throw new DefinitionException(kind + " takes no precision or scale");
        }
    }

    /** A type as a script or a model declares it: no native name. */
    public ColumnType(Kind kind, Integer length, Integer precision, Integer scale) {
        this(kind, length, precision, scale, null);
    }

    /** This type as the database names it. */
    public ColumnType withNativeName(String name) {
        return new ColumnType(kind, length, precision, scale, name);
    }

    /** A type without parameters. */
    public static ColumnType of(Kind kind) {
        return new ColumnType(kind, null, null, null);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STRING -> "string(" + length + ")";
            case BINARY -> length == null ? "binary" : "binary(" + length + ")";
            case DECIMAL -> "decimal(" + precision + ", " + scale + ")";
            default -> kind.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
