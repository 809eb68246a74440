package io.loquent.core.internal.diff;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.schema.DefaultValue;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Whether two column defaults mean the same. Databases read defaults back in their own spelling (PostgreSQL's
 * {@code 'a'::character varying}, MySQL's {@code current_timestamp()}, a boolean as {@code 1}), so the comparison
 * is by meaning: numbers by value, booleans as 1 and 0, quoted SQL text as the string it quotes, the current
 * timestamp in any of its spellings, and other expressions in the form the dialect says its server stores.
 */
final class Defaults {
    private final Dialect dialect;

    Defaults(Dialect dialect) {
        this.dialect = dialect;
    }

    boolean same(DefaultValue a, DefaultValue b) {
        if (a == null || b == null) {
            return a == b;
        }
        return canonical(a).equals(canonical(b));
    }

    /** A form in which equal defaults are equal strings. */
    String canonical(DefaultValue value) {
        if (value instanceof DefaultValue.CurrentTimestamp) {
            return "now";
        }
        if (value instanceof DefaultValue.Literal literal) {
            return literal(literal.value());
        }
        String expression = ((DefaultValue.Sql) value).expression();
        String sql = unwrapped(expression.strip());
        String lower = sql.toLowerCase(Locale.ROOT);
        if (lower.matches("current_timestamp(\\(\\d*\\))?|localtimestamp(\\(\\d*\\))?")) {
            return "now";
        }
        if (lower.equals("true") || lower.equals("false")) {
            return "n:" + (lower.equals("true") ? "1" : "0");
        }
        try {
            return "n:" + new BigDecimal(sql).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            // Text or an expression: the database knows how it rewrites what it stores.
            return "sql:" + dialect.comparableExpression(expression);
        }
    }

    /** {@code sql} without parentheses around a plain value ({@code (5)}, {@code ('a')}), as servers store one. */
    private static String unwrapped(String sql) {
        String text = sql;
        while (text.startsWith("(") && text.endsWith(")") && text.indexOf(')') == text.length() - 1) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    private String literal(Object value) {
        if (value instanceof Boolean b) {
            return "n:" + (b ? "1" : "0");
        }
        if (value instanceof Number n) {
            try {
                return "n:" + new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return "n:" + n; // NaN or infinity
            }
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        return "sql:" + dialect.comparableExpression("'" + text.replace("'", "''") + "'");
    }
}
