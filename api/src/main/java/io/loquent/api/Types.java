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

    /** A single-precision floating-point number (REAL; MySQL's FLOAT). */
    public static ColumnSpec real() {
        return simple(Kind.REAL);
    }

    /**
     * SQL's {@code FLOAT(p)}, a floating-point number of at least {@code p} binary digits: {@link #real()} for
     * {@code p <= 24}, {@link #doublePrecision()} up to 53, as PostgreSQL reads it.
     */
    public static ColumnSpec floatType(int precision) {
        if (precision < 1 || precision > 53) {
            throw new DefinitionException("floatType(p) needs 1 <= p <= 53 binary digits, got " + precision);
        }
        return precision <= 24 ? real() : doublePrecision();
    }

    /** Text of exactly {@code length} characters, padded with spaces (CHAR(n)). */
    public static ColumnSpec character(int length) {
        return ColumnSpec.of(new ColumnType(Kind.CHAR, length, null, null));
    }

    /**
     * One of {@code values}: a PostgreSQL enum type named {@code name} (created before its first column, dropped
     * after its last), MySQL's {@code ENUM(...)}, SQLite text with a {@code CHECK}.
     */
    public static ColumnSpec enumeration(String name, String... values) {
        if (name == null || name.isBlank()) {
            throw new DefinitionException("enumeration(name, values...) needs a type name");
        }
        return ColumnSpec.of(ColumnType.enumeration(name, java.util.Arrays.asList(values)));
    }

    /** An array of {@code element} (PostgreSQL's {@code integer[]}); elsewhere refused in favour of {@link #json()}. */
    public static ColumnSpec array(ColumnSpec element) {
        return ColumnSpec.of(ColumnType.array(element.type()));
    }

    /**
     * A database type as the database spells it, {@code custom("citext")}, with other spellings per dialect through
     * {@link ColumnSpec#on}. A dialect with no spelling of its own uses this one.
     */
    public static ColumnSpec custom(String type) {
        if (type == null || type.isBlank()) {
            throw new DefinitionException("custom(type) needs a type name");
        }
        return ColumnSpec.of(ColumnType.custom(type.strip()));
    }

    /**
     * A database type spelt {@code type} on the dialect named {@code dialect} only ({@code "postgresql"},
     * {@code "mysql"}, {@code "sqlite"}), with more through {@link ColumnSpec#on}; a dialect without a spelling
     * refuses it: {@code custom("postgresql", "citext").on("mysql", "varchar(255)")}.
     */
    public static ColumnSpec custom(String dialect, String type) {
        return ColumnSpec.of(ColumnType.custom(dialect, type));
    }

    private static ColumnSpec simple(Kind kind) {
        return ColumnSpec.of(ColumnType.of(kind));
    }
}
