package io.loquent.api.schema;

import io.loquent.api.DefinitionException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

/** A column default: a literal value (rendered safely by the dialect), raw SQL, or the current timestamp. */
public sealed interface DefaultValue {

    /**
     * A literal value. Strings, booleans, numbers, {@code java.time} dates and times, UUIDs and enums are accepted;
     * the dialect renders them as quoted literals, so no value can inject SQL.
     */
    record Literal(Object value) implements DefaultValue {
        public Literal {
            if (value == null) {
                throw new DefinitionException("a literal default cannot be null; leave the default out instead");
            }
            if (!isSupported(value)) {
                throw new DefinitionException("cannot use a " + value.getClass().getName() + " as a column default;"
                        + " use a String, Boolean, Number, LocalDate, LocalTime, LocalDateTime, UUID or enum, or serverDefault(sql)");
            }
        }

        static boolean isSupported(Object v) {
            return v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long
                    || v instanceof Short || v instanceof Byte || v instanceof BigDecimal || v instanceof BigInteger
                    || v instanceof Double || v instanceof Float || v instanceof LocalDate || v instanceof LocalTime
                    || v instanceof LocalDateTime || v instanceof UUID || v instanceof Enum<?>;
        }
    }

    /** A SQL expression written by the user, used as it stands (for example {@code "now()"} or {@code "'a'"}). */
    record Sql(String expression) implements DefaultValue {
        public Sql {
            if (expression == null || expression.isBlank()) {
                throw new DefinitionException("serverDefault needs a SQL expression");
            }
        }
    }

    /** The moment a row is inserted; each dialect renders its own spelling. */
    record CurrentTimestamp() implements DefaultValue {
    }
}
