package io.loquent.dialect.postgres.internal;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column default as {@code pg_get_expr} writes it, read back into a {@link DefaultValue}. PostgreSQL keeps a
 * literal as a string constant cast to the column's type ({@code 'abc'::character varying},
 * {@code '-1'::integer}), a non-negative number bare ({@code 42}, {@code 1.50}) and a boolean as {@code true} or
 * {@code false}; these become a {@link DefaultValue.Literal} of the column kind's Java value (Integer for INTEGER
 * and SMALL_INTEGER, Long, BigDecimal, Double, Boolean, LocalDate, LocalTime, LocalDateTime, UUID, and String
 * otherwise). {@code CURRENT_TIMESTAMP} and {@code now()} are the current timestamp; a bare {@code NULL} cast is no
 * default at all; anything else (functions, {@code bytea} literals, operators) stays SQL as the catalogue writes it.
 *
 * <p>{@code pg_get_expr} writes string constants for the session that asks: with {@code standard_conforming_strings}
 * off it doubles backslashes in a plain {@code '…'} literal, so the reader must know the setting to read the value.
 */
final class CatalogDefaults {
    /** {@code 'text'::type} or {@code E'text'::type}, quotes doubled inside, the cast possibly with a modifier. */
    private static final Pattern CAST_STRING = Pattern.compile("(E?)'((?:[^']|'')*)'::[a-z][a-z0-9_ ]*(?:\\(\\d+(?:,\\d+)?\\))?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final Pattern NULL_CAST = Pattern.compile("NULL(?:::[a-z][a-z0-9_ ]*(?:\\(\\d+(?:,\\d+)?\\))?)?");

    private CatalogDefaults() {
    }

    /**
     * The default of a column of {@code type} whose expression is {@code expression} (null for none), as written by a
     * session whose {@code standard_conforming_strings} is {@code standardStrings}.
     */
    static DefaultValue of(String expression, ColumnType type, boolean standardStrings) {
        if (expression == null || NULL_CAST.matcher(expression).matches()) {
            return null;
        }
        if (expression.equals("CURRENT_TIMESTAMP") || expression.equals("now()")) {
            return new DefaultValue.CurrentTimestamp();
        }
        Object value = null;
        Matcher cast = CAST_STRING.matcher(expression);
        if (cast.matches()) {
            String text = cast.group(2).replace("''", "'");
            boolean escapes = !cast.group(1).isEmpty() || !standardStrings;
            value = valueOf(escapes ? text.replace("\\\\", "\\") : text, type);
        } else if (NUMBER.matcher(expression).matches() || expression.equals("true") || expression.equals("false")) {
            value = valueOf(expression, type);
        }
        return value == null ? new DefaultValue.Sql(expression) : new DefaultValue.Literal(value);
    }

    /** {@code text} as the Java value of {@code type}'s kind, or null where it does not read as one. */
    private static Object valueOf(String text, ColumnType type) {
        try {
            return switch (type.kind()) {
                case INTEGER, SMALL_INTEGER -> Integer.valueOf(text);
                case BIG_INTEGER -> Long.valueOf(text);
                case DECIMAL -> new BigDecimal(text);
                case DOUBLE, REAL -> Double.valueOf(text);
                case BOOLEAN -> text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null;
                case DATE -> LocalDate.parse(text);
                case TIME -> LocalTime.parse(text);
                case TIMESTAMP -> LocalDateTime.parse(text.replace(' ', 'T'));
                case UUID -> UUID.fromString(text);
                case BINARY, ARRAY, CUSTOM -> null;
                case STRING, CHAR, TEXT, JSON, ENUM -> text;
            };
        } catch (IllegalArgumentException | DateTimeParseException e) { // a malformed number or UUID, or a date
            return null;
        }
    }
}
