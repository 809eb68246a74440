package io.loquent.api;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;

/**
 * The column types a script declares, each the start of a {@link ColumnSpec}:
 * {@code import static io.loquent.api.Types.*;} then {@code string(100).nullable(false)}.
 */
public final class Types {
    private Types() {
    }

    /** A 32-bit integer. */
    public static ColumnSpec integer() {
        return simple(Kind.INTEGER);
    }

    /** A 64-bit integer. */
    public static ColumnSpec bigInteger() {
        return simple(Kind.BIG_INTEGER);
    }

    /** A 16-bit integer. */
    public static ColumnSpec smallInteger() {
        return simple(Kind.SMALL_INTEGER);
    }

    /** Text of at most {@code length} characters (VARCHAR). */
    public static ColumnSpec string(int length) {
        return ColumnSpec.of(new ColumnType(Kind.STRING, length, null, null));
    }

    /** Text without a declared limit. */
    public static ColumnSpec text() {
        return simple(Kind.TEXT);
    }

    /** A boolean. */
    public static ColumnSpec bool() {
        return simple(Kind.BOOLEAN);
    }

    /** An exact decimal with {@code precision} digits, {@code scale} of them after the point. */
    public static ColumnSpec decimal(int precision, int scale) {
        return ColumnSpec.of(new ColumnType(Kind.DECIMAL, null, precision, scale));
    }

    /** A double-precision floating-point number. */
    public static ColumnSpec doublePrecision() {
        return simple(Kind.DOUBLE);
    }

    /** A calendar date. */
    public static ColumnSpec date() {
        return simple(Kind.DATE);
    }

    /** A time of day. */
    public static ColumnSpec time() {
        return simple(Kind.TIME);
    }

    /** A date and time without a time zone. */
    public static ColumnSpec timestamp() {
        return simple(Kind.TIMESTAMP);
    }

    /** Bytes of any length (BLOB, BYTEA, LONGBLOB). */
    public static ColumnSpec binary() {
        return simple(Kind.BINARY);
    }

    /**
     * Exactly {@code length} bytes, such as a UUID's 16: MySQL's {@code BINARY(n)}, which pads a shorter value with
     * zero bytes; where the database has no fixed-length bytes (PostgreSQL's {@code BYTEA}, SQLite's {@code BLOB})
     * the same type as {@link #binary()}.
     */
    public static ColumnSpec binary(int length) {
        return ColumnSpec.of(new ColumnType(Kind.BINARY, length, null, null));
    }

    /** A UUID: native where the database has the type, text of 36 characters elsewhere. */
    public static ColumnSpec uuid() {
        return simple(Kind.UUID);
    }

    /**
     * A ULID: its 26 characters of Crockford base 32 as {@code string(26)}, which sort in the order the values were
     * made.
     */
    public static ColumnSpec ulid() {
        return string(26);
    }

    /** A JSON document: native where the database has the type, text elsewhere. */
    public static ColumnSpec json() {
        return simple(Kind.JSON);
    }

    private static ColumnSpec simple(Kind kind) {
        return ColumnSpec.of(ColumnType.of(kind));
    }
}
