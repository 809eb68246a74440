package io.loquent.api.schema;

import io.loquent.api.DefinitionException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A portable column type. Each dialect maps a {@link Kind} (with its length, precision and scale) to its own SQL type;
 * the mapping tables are in the README.
 *
 * @param kind       the portable kind
 * @param length     the maximum length of a {@link Kind#STRING} (required); the exact length of a {@link Kind#CHAR}
 *                   (required); the exact length in bytes of a fixed-length {@link Kind#BINARY} ({@code binary(16)}),
 *                   or null for unbounded bytes ({@code binary()}); otherwise null
 * @param precision  the total digits of a {@link Kind#DECIMAL}, otherwise null
 * @param scale      the digits after the point of a {@link Kind#DECIMAL}, otherwise null
 * @param nativeName the database's own name of the type (PostgreSQL's {@code int4}, MySQL's {@code tinyint(1)}) for
 *                   a type read from a database, so that comparisons can use each database's equivalences; null
 *                   for a type a script or a model declares
 * @param detail     what a type holds beyond its kind and sizes ({@link Detail}), or null when it holds nothing more:
 *                   null rather than an empty detail, so that the checksum of a revision written before these types
 *                   existed (taken over the records' non-null components) does not change
 */
public record ColumnType(Kind kind, Integer length, Integer precision, Integer scale, String nativeName,
                         Detail detail) {

    /**
     * The rest of a type.
     *
     * @param unsigned  an integer kind without negative values (MySQL's {@code UNSIGNED})
     * @param timeZone  a {@link Kind#TIME} or {@link Kind#TIMESTAMP} with time zone
     * @param name      the name of an {@link Kind#ENUM}'s type (null where the database names none, as MySQL's),
     *                  or a {@link Kind#CUSTOM} type's default spelling (null when it has only per-dialect ones)
     * @param values    the values of an {@link Kind#ENUM}, in order; otherwise empty
     * @param element   the element type of an {@link Kind#ARRAY}, otherwise null
     * @param spellings a {@link Kind#CUSTOM} type's spelling per dialect name ({@code "mysql" -> "varchar(255)"});
     *                  otherwise empty
     */
    public record Detail(boolean unsigned, boolean timeZone, String name, List<String> values, ColumnType element,
                         Map<String, String> spellings) {
        public Detail {
            values = values == null ? List.of() : List.copyOf(values);
            spellings = spellings == null ? Map.of() : Map.copyOf(spellings);
        }

        boolean isEmpty() {
            return !unsigned && !timeZone && name == null && values.isEmpty() && element == null && spellings.isEmpty();
        }
    }

    /** The portable kinds of column. */
    public enum Kind {
        INTEGER, BIG_INTEGER, SMALL_INTEGER, STRING, TEXT, BOOLEAN, DECIMAL, DOUBLE, DATE, TIME, TIMESTAMP, BINARY, UUID, JSON,
        /** Single-precision floating point. */
        REAL,
        /** Fixed-length text, {@code CHAR(n)}. */
        CHAR,
        /** One of a list of values. */
        ENUM,
        /** An array of an element type (PostgreSQL). */
        ARRAY,
        /** A database type spelt by the script, per dialect. */
        CUSTOM;

        /** Whether a sole primary-key column of this kind auto-increments unless told otherwise. */
        public boolean isInteger() {
            return this == INTEGER || this == BIG_INTEGER || this == SMALL_INTEGER;
        }
    }

    public ColumnType {
        if (kind == null) {
            throw new DefinitionException("a column type needs a kind");
        }
        if (detail != null && detail.isEmpty()) {
            detail = null;
        }
        boolean unsigned = detail != null && detail.unsigned();
        boolean timeZone = detail != null && detail.timeZone();
        if (nativeName != null && nativeName.isBlank()) {
            throw new DefinitionException("a native type name must not be blank; leave it null for none");
        }
        if ((kind == Kind.STRING || kind == Kind.CHAR) && (length == null || length <= 0)) {
            throw new DefinitionException((kind == Kind.STRING ? "string" : "character")
                    + "(n) needs a positive length, got " + length);
        }
        if (kind == Kind.BINARY && length != null && length <= 0) {
            throw new DefinitionException("binary(n) needs a positive length, got " + length
                    + ". Use binary() for bytes of any length");
        }
        if (kind != Kind.STRING && kind != Kind.CHAR && kind != Kind.BINARY && length != null) {
            throw new DefinitionException(kind + " takes no length");
        }
        if (kind == Kind.DECIMAL) {
            if (precision == null || precision <= 0 || scale == null || scale < 0 || scale > precision) {
                throw new DefinitionException("decimal(p, s) needs 0 < p and 0 <= s <= p, got (" + precision + ", " + scale + ")");
            }
        } else if (precision != null || scale != null) {
            throw new DefinitionException(kind + " takes no precision or scale");
        }
        if (unsigned && !kind.isInteger()) {
            throw new DefinitionException("unsigned() applies to integer(), smallInteger() and bigInteger(), not " + kind);
        }
        if (timeZone && kind != Kind.TIME && kind != Kind.TIMESTAMP) {
            throw new DefinitionException("withTimeZone() applies to time() and timestamp(), not " + kind);
        }
        validateParts(kind, detail == null ? null : detail.name(), detail == null ? List.of() : detail.values(),
                detail == null ? null : detail.element(), detail == null ? Map.of() : detail.spellings());
    }

    /**
     * A type with every part given.
     *
     * @see Detail
     */
    public ColumnType(Kind kind, Integer length, Integer precision, Integer scale, String nativeName,
                      boolean unsigned, boolean timeZone, String name, List<String> values, ColumnType element,
                      Map<String, String> spellings) {
        this(kind, length, precision, scale, nativeName, new Detail(unsigned, timeZone, name, values, element,
                spellings));
    }

    /** Whether this integer type has no negative values. */
    public boolean unsigned() {
        return detail != null && detail.unsigned();
    }

    /** Whether this time or timestamp has a time zone. */
    public boolean timeZone() {
        return detail != null && detail.timeZone();
    }

    /** An enumeration's type name or a custom type's default spelling, or null. */
    public String name() {
        return detail == null ? null : detail.name();
    }

    /** An enumeration's values in order; otherwise empty. */
    public List<String> values() {
        return detail == null ? List.of() : detail.values();
    }

    /** An array's element type, or null. */
    public ColumnType element() {
        return detail == null ? null : detail.element();
    }

    /** A custom type's spellings per dialect; otherwise empty. */
    public Map<String, String> spellings() {
        return detail == null ? Map.of() : detail.spellings();
    }

    private static void validateParts(Kind kind, String name, List<String> values, ColumnType element,
                                      Map<String, String> spellings) {
        if (kind == Kind.ENUM) {
            if (values.isEmpty() || values.stream().anyMatch(v -> v == null || v.isEmpty())) {
                throw new DefinitionException("enumeration '" + name + "' needs at least one value, none empty");
            }
            if (new HashSet<>(values).size() != values.size()) {
                throw new DefinitionException("enumeration '" + name + "' lists a value twice: " + values);
            }
        } else if (!values.isEmpty()) {
            throw new DefinitionException(kind + " takes no values");
        }
        if (kind == Kind.ARRAY) {
            if (element == null || element.kind() == Kind.ARRAY) {
                throw new DefinitionException("array(type) needs an element type that is not itself an array");
            }
        } else if (element != null) {
            throw new DefinitionException(kind + " takes no element type");
        }
        if (kind == Kind.CUSTOM) {
            if ((name == null || name.isBlank()) && spellings.isEmpty()) {
                throw new DefinitionException("custom(type) needs a type name");
            }
            if (spellings.values().stream().anyMatch(String::isBlank)) {
                throw new DefinitionException("custom(type).on(dialect, type) needs a type name for each dialect");
            }
        } else if (!spellings.isEmpty()) {
            throw new DefinitionException(kind + " takes no per-dialect spelling; use custom(type).on(dialect, type)");
        }
        if (name != null && name.isBlank()) {
            throw new DefinitionException("a type name must not be blank");
        }
        if (name != null && kind != Kind.ENUM && kind != Kind.CUSTOM) {
            throw new DefinitionException(kind + " takes no type name");
        }
    }

    /** A type as a database reads it back or a script declares it, with no modifiers. */
    public ColumnType(Kind kind, Integer length, Integer precision, Integer scale, String nativeName) {
        this(kind, length, precision, scale, nativeName, (Detail) null);
    }

    /** A type as a script or a model declares it: no native name. */
    public ColumnType(Kind kind, Integer length, Integer precision, Integer scale) {
        this(kind, length, precision, scale, null);
    }

    /** This type as the database names it. */
    public ColumnType withNativeName(String name) {
        return new ColumnType(kind, length, precision, scale, name, detail);
    }

    /** This integer type without negative values. */
    public ColumnType withUnsigned(boolean on) {
        return new ColumnType(kind, length, precision, scale, nativeName, on, timeZone(), name(), values(), element(),
                spellings());
    }

    /** This time or timestamp with (or without) a time zone. */
    public ColumnType withTimeZone(boolean on) {
        return new ColumnType(kind, length, precision, scale, nativeName, unsigned(), on, name(), values(), element(),
                spellings());
    }

    /** This enumeration under another type name (null for none). */
    public ColumnType withName(String typeName) {
        return new ColumnType(kind, length, precision, scale, nativeName, unsigned(), timeZone(), typeName, values(),
                element(), spellings());
    }

    /** This custom type spelt {@code spelling} on the dialect named {@code dialect}. */
    public ColumnType withSpelling(String dialect, String spelling) {
        if (kind != Kind.CUSTOM) {
            throw new DefinitionException("on(dialect, type) applies to custom(type), not " + kind);
        }
        if (dialect == null || dialect.isBlank() || spelling == null) {
            throw new DefinitionException("on(dialect, type) needs a dialect name and a type");
        }
        Map<String, String> more = new TreeMap<>(spellings());
        more.put(dialect.toLowerCase(Locale.ROOT), spelling.strip());
        return new ColumnType(kind, length, precision, scale, nativeName, unsigned(), timeZone(), name(), values(),
                element(), more);
    }

    /**
     * A custom type's spelling on the dialect named {@code dialect} (MariaDB takes MySQL's), else its default
     * spelling, else null.
     */
    public String spelling(String dialect) {
        String own = spellings().get(dialect);
        if (own == null && dialect.equals("mariadb")) {
            own = spellings().get("mysql");
        }
        return own != null ? own : name();
    }

    /** A type without parameters. */
    public static ColumnType of(Kind kind) {
        return new ColumnType(kind, null, null, null);
    }

    /** An enumeration of {@code values}, its type named {@code name} where the database names it. */
    public static ColumnType enumeration(String name, List<String> values) {
        return new ColumnType(Kind.ENUM, null, null, null, null, false, false, name, values, null, Map.of());
    }

    /** An array of {@code element}. */
    public static ColumnType array(ColumnType element) {
        return new ColumnType(Kind.ARRAY, null, null, null, null, false, false, null, List.of(), element, Map.of());
    }

    /** A type the database spells {@code name} (surrounding blanks left out). */
    public static ColumnType custom(String name) {
        if (name == null || name.isBlank()) {
            throw new DefinitionException("custom(type) needs a type name");
        }
        return new ColumnType(Kind.CUSTOM, null, null, null, null, false, false, name.strip(), List.of(), null,
                Map.of());
    }

    /** A type spelt {@code spelling} on the dialect named {@code dialect} only, refused by the others. */
    public static ColumnType custom(String dialect, String spelling) {
        if (dialect == null || dialect.isBlank() || spelling == null || spelling.isBlank()) {
            throw new DefinitionException("custom(dialect, type) needs a dialect name and a type");
        }
        return new ColumnType(Kind.CUSTOM, null, null, null, null, false, false, null, List.of(), null,
                Map.of(dialect.toLowerCase(Locale.ROOT), spelling.strip()));
    }

    @Override
    public String toString() {
        String base = switch (kind) {
            case STRING -> "string(" + length + ")";
            case CHAR -> "char(" + length + ")";
            case BINARY -> length == null ? "binary" : "binary(" + length + ")";
            case DECIMAL -> "decimal(" + precision + ", " + scale + ")";
            case ENUM -> "enum" + (name() == null ? "" : " " + name()) + values();
            case ARRAY -> element() + "[]";
            case CUSTOM -> {
                String each = String.join(", ", new TreeMap<>(spellings()).entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue()).toList());
                yield name() == null ? "custom(" + each + ")" : spellings().isEmpty() ? name() : name() + " (" + each + ")";
            }
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
        return base + (unsigned() ? " unsigned" : "") + (timeZone() ? " with time zone" : "");
    }
}
