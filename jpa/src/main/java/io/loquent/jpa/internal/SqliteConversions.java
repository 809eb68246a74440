package io.loquent.jpa.internal;

import java.nio.ByteBuffer;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.exceptions.ConversionException;
import org.eclipse.persistence.internal.helper.ConversionManager;

/**
 * EclipseLink's conversions, reading SQLite's text and numbers as dates and times, and a UUID's text as the bytes
 * EclipseLink reads a UUID from: SQLite returns a column's value as the text or number stored in it, whatever the
 * column's declared type (sqlite-jdbc even reports {@code TIME} columns as {@code VARCHAR}), so the conversion goes by
 * the attribute's type. See {@link SqliteValues}.
 */
public final class SqliteConversions extends ConversionManager {
    private static final long serialVersionUID = 1L;
    private static final Set<Class<?>> TIMES = Set.of(LocalTime.class, Time.class, OffsetTime.class);

    @Override
    public <T> T convertObject(Object source, Class<T> target) throws ConversionException {
        if (source instanceof String text && target != null && target != String.class && !text.isBlank()) {
            Object value = convertText(text, target);
            if (value != null) {
                return super.convertObject(value, target);
            }
        } else if (source instanceof Long millis && SqliteValues.isTemporal(target)) {
            // Epoch milliseconds, as sqlite-jdbc writes a date or time when nothing else converts it to text.
            return super.convertObject(new Timestamp(millis), target);
        }
        return super.convertObject(source, target);
    }

    private static Object convertText(String text, Class<?> target) {
        try {
            if (target == byte[].class) {
                // EclipseLink reads a UUID column as the 16 bytes it binds elsewhere; SQLite holds its text here.
                UUID uuid = UUID.fromString(text.trim());
                return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                        .putLong(uuid.getLeastSignificantBits()).array();
            }
            if (TIMES.contains(target)) {
                Object time = SqliteValues.parseTime(text, target == OffsetTime.class ? Time.class : target);
                return time;
            }
            return SqliteValues.parse(text, target);
        } catch (RuntimeException notADate) {
            return null; // not SQLite's date text: EclipseLink's own conversion reports it
        }
    }
}
