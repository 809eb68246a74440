package io.loquent.jpa.internal;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Calendar;
import java.util.Set;
import java.util.UUID;

/**
 * How {@link io.loquent.jpa.SqlitePlatform} stores values SQLite has no type for: dates, times and timestamps as the
 * text SQLite's own functions write ({@code 2026-03-01}, {@code 09:30:15}, {@code 2026-03-01 09:30:15.250}), so that
 * a row the application writes compares and sorts with one a {@code DEFAULT CURRENT_TIMESTAMP} or a script wrote;
 * UUIDs as their text. A timestamp with a zone (an {@code Instant}, a {@code java.sql.Timestamp}, ...) is written in
 * UTC, as {@code CURRENT_TIMESTAMP} is; a {@code LocalDateTime} as it stands. Reading accepts that text, ISO's
 * {@code T} separator and offsets, and the epoch milliseconds sqlite-jdbc writes by default.
 */
public final class SqliteValues {
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder().appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().toFormatter();
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().optionalStart().appendLiteral(' ').optionalEnd().optionalStart().appendLiteral('T')
            .optionalEnd().append(TIME).optionalStart().appendOffset("+HH:MM", "Z").optionalEnd().optionalEnd()
            .toFormatter();
    private static final Set<Class<?>> ZONED = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class,
            Timestamp.class, java.util.Date.class, Calendar.class);
    private static final Set<Class<?>> TEMPORAL = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class,
            Timestamp.class, java.util.Date.class, Calendar.class, LocalDateTime.class, LocalDate.class,
            java.sql.Date.class, LocalTime.class, Time.class, OffsetTime.class);

    private SqliteValues() {
    }

    /** The text {@code parameter} is bound as, or null when it is bound as it stands. */
    public static String text(Object parameter) {
        if (parameter instanceof UUID uuid) {
            return uuid.toString();
        }
        if (parameter instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (parameter instanceof Time time) {
            return time(time.toLocalTime());
        }
        if (parameter instanceof LocalDate date) {
            return date.toString();
        }
        if (parameter instanceof LocalTime time) {
            return time(time);
        }
        if (parameter instanceof OffsetTime time) {
            return time(time.withOffsetSameInstant(ZoneOffset.UTC).toLocalTime());
        }
        if (parameter instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate() + " " + time(dateTime.toLocalTime());
        }
        Instant instant = instant(parameter);
        return instant == null ? null : text(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** Whether {@code type} is a date, time or timestamp type EclipseLink maps. */
    public static boolean isTemporal(Class<?> type) {
        return type != null && TEMPORAL.contains(type);
    }

    /** {@code text} as a value of {@code target}, or null when {@code target} is not a date or time type. */
    public static Object parse(String text, Class<?> target) {
        TemporalAccessor value = READ.parseBest(text.trim(), OffsetDateTime::from, LocalDateTime::from,
                LocalDate::from);
        LocalDateTime local = value instanceof LocalDate date ? date.atStartOfDay()
                : value instanceof OffsetDateTime offset ? offset.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                : (LocalDateTime) value;
        if (target == LocalDateTime.class) {
            return local;
        }
        if (target == LocalDate.class || target == java.sql.Date.class) {
            return target == LocalDate.class ? local.toLocalDate() : java.sql.Date.valueOf(local.toLocalDate());
        }
        if (ZONED.contains(target)) {
            return Timestamp.from(local.toInstant(ZoneOffset.UTC));
        }
        return null;
    }

    /** {@code text} as a time of day of {@code target}, or null when {@code target} is not a time type. */
    public static Object parseTime(String text, Class<?> target) {
        LocalTime time = LocalTime.from(TIME.parse(text.trim()));
        if (target == LocalTime.class) {
            return time;
        }
        return target == Time.class ? Time.valueOf(time) : null;
    }

    private static Instant instant(Object parameter) {
        if (parameter instanceof Instant instant) {
            return instant;
        }
        if (parameter instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (parameter instanceof ZonedDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (parameter instanceof java.util.Date date) {
            return date.toInstant(); // java.sql.Timestamp keeps its nanoseconds here
        }
        return parameter instanceof Calendar calendar ? calendar.toInstant() : null;
    }

    private static String time(LocalTime time) {
        String whole = String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
        int millis = time.getNano() / 1_000_000;
        return millis == 0 ? whole : whole + String.format(".%03d", millis);
    }
}
