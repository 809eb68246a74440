package io.loquent.core.internal.diff;

import io.loquent.api.DefinitionException;
import io.loquent.core.internal.script.RevisionWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Java expressions that evaluate to a given value, of the same class and equal to it: {@code 5L},
 * {@code (short) 5}, {@code new BigDecimal("1.50")} (the scale kept), {@code LocalDate.of(2024, 1, 31)}.
 */
final class Literals {
    private Literals() {
    }

    /** {@code "text"}, escaped so that it compiles to {@code text} exactly. */
    static String string(String text) {
        return RevisionWriter.javaString(text);
    }

    /** {@code "a", "b"}: the arguments of a varargs call. */
    static String strings(List<String> texts) {
        return texts.stream().map(Literals::string).collect(Collectors.joining(", "));
    }

    /** {@code List.of("a", "b")}. */
    static String list(List<String> texts, Body body) {
        return body.use("java.util.List") + ".of(" + strings(texts) + ")";
    }

    /** {@code TableConstraint.Deferral.DEFERRED}, with the import it needs. */
    static String deferral(io.loquent.api.schema.TableConstraint.Deferral deferral, Body body) {
        return body.use("io.loquent.api.schema.TableConstraint") + ".Deferral." + deferral.name();
    }

    /** An expression for {@code value}; null is {@code null}. */
    static String of(Object value, Body body) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof Boolean || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof Long l) {
            return l + "L";
        }
        if (value instanceof Short || value instanceof Byte) {
            return "(" + value.getClass().getSimpleName().toLowerCase(Locale.ROOT) + ") " + value;
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? special(d.toString(), "Double") : d.toString();
        }
        if (value instanceof Float f) {
            return f.isNaN() || f.isInfinite() ? special(f.toString(), "Float") : f + "f";
        }
        if (value instanceof BigDecimal || value instanceof BigInteger) {
            return "new " + body.use(value.getClass().getName()) + "(" + string(value.toString()) + ")";
        }
        return time(value, body);
    }

    private static String special(String text, String type) {
        return type + (text.equals("NaN") ? ".NaN" : text.startsWith("-") ? ".NEGATIVE_INFINITY" : ".POSITIVE_INFINITY");
    }

    private static String time(Object value, Body body) {
        if (value instanceof LocalDate d) {
            return body.use("java.time.LocalDate") + ".of(" + d.getYear() + ", " + d.getMonthValue() + ", "
                    + d.getDayOfMonth() + ")";
        }
        if (value instanceof LocalTime t) {
            return body.use("java.time.LocalTime") + ".of(" + clock(t) + ")";
        }
        if (value instanceof LocalDateTime t) {
            return body.use("java.time.LocalDateTime") + ".of(" + t.getYear() + ", " + t.getMonthValue() + ", "
                    + t.getDayOfMonth() + ", " + clock(t.toLocalTime()) + ")";
        }
        if (value instanceof OffsetDateTime || value instanceof Instant) {
            return body.use(value.getClass().getName()) + ".parse(" + string(value.toString()) + ")";
        }
        if (value instanceof UUID u) {
            return body.use("java.util.UUID") + ".fromString(" + string(u.toString()) + ")";
        }
        throw new DefinitionException("a value of " + value.getClass().getName() + " (" + value + ") cannot be"
                + " written in a revision. Use a String, a number, a Boolean, BigDecimal, BigInteger, LocalDate,"
                + " LocalTime, LocalDateTime, OffsetDateTime, Instant or UUID");
    }

    /** The hour and minute, then the second and nanosecond only where they are not zero. */
    private static String clock(LocalTime t) {
        String text = t.getHour() + ", " + t.getMinute();
        if (t.getSecond() != 0 || t.getNano() != 0) {
            text += ", " + t.getSecond();
        }
        return t.getNano() != 0 ? text + ", " + t.getNano() : text;
    }
}
