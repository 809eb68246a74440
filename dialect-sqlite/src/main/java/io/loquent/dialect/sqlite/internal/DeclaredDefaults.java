package io.loquent.dialect.sqlite.internal;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * A column's default from the text SQLite reports for it ({@code dflt_value} of {@code PRAGMA table_xinfo}, which
 * drops the parentheses of {@code DEFAULT (expr)}), read back into the value Loquent would have written:
 * {@code CURRENT_TIMESTAMP} is the current-timestamp default; a quoted string is a literal string (a date, time or
 * timestamp for columns of those kinds, as the dialect writes them as ISO-8601 text); a number is a literal number
 * (a boolean for a BOOLEAN column, which the dialect writes as 1 or 0); {@code NULL} is no default; anything else is
 * SQL, used as it stands.
 */
final class DeclaredDefaults {
    private DeclaredDefaults() {
    }

    /** The default {@code text} stands for in a column of {@code type}; null for none. */
    static DefaultValue of(String text, ColumnType type) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("NULL")) {
            return null;
        }
        String sql = text.trim();
        if (sql.equalsIgnoreCase("CURRENT_TIMESTAMP")) {
            return new DefaultValue.CurrentTimestamp();
        }
        List<SqlToken> tokens = SqlLexer.tokenize(sql);
        if (tokens.size() == 1 && tokens.get(0).type() == SqlToken.Type.STRING) {
            return new DefaultValue.Literal(temporal(tokens.get(0).value(), type.kind()));
        }
        Object number = number(sql, tokens, type.kind());
        return number != null ? new DefaultValue.Literal(number) : new DefaultValue.Sql(sql);
    }

    private static Object temporal(String value, Kind kind) {
        try {
            return switch (kind) {
                case DATE -> LocalDate.parse(value);
                case TIME -> LocalTime.parse(value);
                case TIMESTAMP -> LocalDateTime.parse(value.replace(' ', 'T'));
                default -> value;
            };
        } catch (DateTimeParseException e) {
            return value; // not ISO-8601: the text itself is the literal
        }
    }

    /** A signed numeric literal in a numeric or boolean column as its Java value; null for anything else. */
    private static Object number(String sql, List<SqlToken> tokens, Kind kind) {
        boolean signed = tokens.size() == 2 && (tokens.get(0).is("-") || tokens.get(0).is("+"));
        if (!(tokens.size() == 1 || signed) || tokens.get(tokens.size() - 1).type() != SqlToken.Type.NUMBER) {
            return kind == Kind.BOOLEAN && tokens.size() == 1 ? bool(sql) : null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(sql.replace(" ", "").replaceFirst("^\\+", ""));
        } catch (NumberFormatException e) {
            return null; // hexadecimal and the like: SQL as written
        }
        return switch (kind) {
            case BOOLEAN -> value.signum() == 0 ? Boolean.FALSE : value.compareTo(BigDecimal.ONE) == 0 ? Boolean.TRUE : null;
            case INTEGER, SMALL_INTEGER -> integer(value, false);
            case BIG_INTEGER -> integer(value, true);
            case DECIMAL -> value;
            case DOUBLE -> value.doubleValue();
            default -> null;
        };
    }

    private static Object bool(String word) {
        return switch (word.toUpperCase(Locale.ROOT)) {
            case "TRUE" -> Boolean.TRUE;
            case "FALSE" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Object integer(BigDecimal value, boolean big) {
        try {
            long n = value.longValueExact();
            if (!big && n == (int) n) {
                return Integer.valueOf((int) n); // a conditional expression would widen it to a Long
            }
            return Long.valueOf(n);
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
