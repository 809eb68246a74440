package io.loquent.core.internal.diff;

import io.loquent.api.schema.DefaultValue;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Whether two column defaults mean the same. Databases read defaults back in their own spelling (PostgreSQL's
 * {@code 'a'::character varying}, MySQL's {@code current_timestamp()}, a boolean as {@code 1}), so the comparison
 * is by meaning: numbers by value, booleans as 1 and 0, quoted SQL text as the string it quotes, and the current
 * timestamp in any of its spellings.
 */
final class Defaults {
    private Defaults() {
    }

    static boolean same(DefaultValue a, DefaultValue b) {
        if (a == null || b == null) {
            return a == b;
        }
        return canonical(a).equals(canonical(b));
    }

    /** A form in which equal defaults are equal strings. */
    static String canonical(DefaultValue value) {
        if (value instanceof DefaultValue.CurrentTimestamp) {
            return "now";
        }
        if (value instanceof DefaultValue.Literal literal) {
            return literal(literal.value());
        }
        String sql = ((DefaultValue.Sql) value).expression().strip();
        while (sql.startsWith("(") && sql.endsWith(")")) {
            sql = sql.substring(1, sql.length() - 1).strip();
        }
        String cast = sql.replaceFirst("::[a-z ]+(\\(\\d+(,\\s*\\d+)?\\))?$", "");
        String lower = cast.toLowerCase(Locale.ROOT);
        if (lower.matches("current_timestamp(\\(\\d*\\))?|now\\(\\)|localtimestamp(\\(\\d*\\))?")) {
            return "now";
        }
        if (cast.length() >= 2 && cast.startsWith("'") && cast.endsWith("'")) {
            return "s:" + cast.substring(1, cast.length() - 1).replace("''", "'");
        }
        if (lower.equals("true") || lower.equals("false")) {
            return "n:" + (lower.equals("true") ? "1" : "0");
        }
        try {
            return "n:" + new BigDecimal(cast).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return "sql:" + expression(lower);
        }
    }

    /**
     * An expression in a form that survives the rewriting databases do when they store one: PostgreSQL adds casts
     * ({@code lower('X'::text)}), MariaDB spells functions its own way ({@code lcase('X')}), and both change spaces
     * and case. What else a server rewrites still shows as a difference, named in the line it gives.
     */
    private static String expression(String lower) {
        return lower.replaceAll("::[a-z_ ]+(\\(\\d+(,\\s*\\d+)?\\))?", "")
                .replaceAll("\\blcase\\(", "lower(").replaceAll("\\bucase\\(", "upper(")
                .replaceAll("\\s+", "");
    }

    private static String literal(Object value) {
        if (value instanceof Boolean b) {
            return "n:" + (b ? "1" : "0");
        }
        if (value instanceof Number n) {
            try {
                return "n:" + new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return "s:" + n;
            }
        }
        return "s:" + (value instanceof Enum<?> e ? e.name() : value.toString());
    }
}
